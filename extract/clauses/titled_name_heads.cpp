#include "extract/clauses/titled_name_heads.h"

#include <cctype>
#include <string>

#include "extract/clauses/token_tree.h"
#include "extract/entities/name_types.h"
#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {
namespace {

// The first token of the span of `type` that ends at token e, or -1.
int SpanStart(const TokenTree& s, int e, const std::string& type) {
  if (e < 0 || s.At(e).entity.size() < 2 || s.At(e).entity.substr(2) != type) return -1;
  int b = e;
  while (b >= 0 && s.At(b).entity == "I-" + type) --b;
  return b >= 0 && s.At(b).entity == "B-" + type ? b : -1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int span = 1; span < s.size(); ++span) {
    if (s.At(span).entity != "B-PERSON") continue;
    int e = span;
    while (e + 1 < s.size() && s.At(e + 1).entity == "I-PERSON") ++e;
    // The recogniser may have taken the title into the name ("Chairman Dan Rostenkowski").
    int b = span;
    while (b < e && nlp::Gazetteer::IsPersonTitle(s.At(b).form)) ++b;
    const int title = b - 1;
    // A title, or a common noun of a person's calling ("Chicago physician LeRoy Pesch").
    const auto calling = [&](int t) {
      return nlp::Gazetteer::IsPersonTitle(s.At(t).form) ||
             (s.At(t).upos == "NOUN" && std::islower(static_cast<unsigned char>(s.At(t).form[0])) &&
              NamesAPerson(*nlp::Lexicon::Open(), s.At(t).form));
    };
    if (title < 1 || !calling(title)) continue;
    // The title's portfolio may stand between ("UAE Oil Minister Mana Said al-Oteiba"): up to
    // two capitalised words in no span, or two joined by "and" ("Energy and Mines Minister").
    const auto capital = [&](int t) {
      return std::isupper(static_cast<unsigned char>(s.At(t).form[0])) != 0;
    };
    int owner_end = title - 1;
    while (owner_end >= 0 && owner_end >= title - 3 && s.At(owner_end).entity == "O" &&
           (capital(owner_end) || (s.At(owner_end).form == "and" && owner_end < title - 1 &&
                                   owner_end > 0 && capital(owner_end - 1))))
      --owner_end;
    // Three words only with "and" between: else two, as before.
    if (owner_end == title - 4 && s.At(title - 2).form != "and") owner_end = title - 3;
    int org = SpanStart(s, owner_end, "ORGANIZATION");
    if (org < 0) org = SpanStart(s, owner_end, "COUNTRY");
    if (org < 0) org = SpanStart(s, owner_end, "CITY");
    // A portfolio alone, with nothing named before it ("Energy and Mines Minister Arturo
    // Hernandez Grisanti told ..." parsed with "Energy" the subject), is the title's front.
    if (org < 0 && owner_end < title - 1 && (owner_end < 0 || !capital(owner_end)))
      org = owner_end + 1;
    if (org < 0) continue;
    // A surname the recogniser left out of the person's span but the parse kept in the phrase
    // ("LeRoy" tagged, "Pesch" not) is the person's.
    while (e + 1 < s.size() && s.At(e + 1).entity == "O" && s.At(e + 1).upos == "PROPN" &&
           s.Head(e + 1) >= org && s.Head(e + 1) <= e) {
      ++e;
      s.At(e).entity = "I-PERSON";
    }
    // One phrase whose head is a word of the organisation ("chairman Dan Rostenkowski of
    // Illinois" with the title its head is read as it is).
    int head = -1;
    int outside = 0;
    for (int t = org; t <= e; ++t)
      if (const int h = s.Head(t); h < org || h > e) {
        head = t;
        ++outside;
      }
    if (outside != 1 || head >= title) continue;
    const int governor = s.Head(head);
    const std::string rel = s.At(head).deprel;
    // The organisation's words that hung on the title or the person's words, or outside, now
    // hang on the title; the rest of its structure stays.
    for (int t = org; t < title; ++t)
      if (const int h = s.Head(t); h < org || h >= title) s.Attach(t, title, "compound");
    s.Attach(title, b, "compound");
    for (int t = b + 1; t <= e; ++t) s.Attach(t, b, "flat");
    if (governor >= 0)
      s.Attach(b, governor, rel);
    else
      s.Attach(b, -1, "root");
    // Words outside the run that hung on the old head go to the person ("with" of "met with
    // ... Chairman Dan Rostenkowski"), but a determiner stays with the organisation.
    for (int t = 0; t < s.size(); ++t)
      if ((t < org || t > e) && s.Head(t) == head && s.At(t).deprel != "det")
        s.Attach(t, b, s.At(t).deprel);
  }
}

// "Analyst Rosemarie Morbelli of Ingalls and Snyder said" parsed with "Analyst" the head and the
// name its flat parts: the name takes the calling's place, the calling describes it (nmod:desc),
// and what hung on the calling after the name ("of Ingalls and Snyder") hangs on the name.
void CallingHeads(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const TokenTree s(tokens);
  // A capitalised title, or a word WordNet gives a person's sense (tagged a noun, or a proper noun
  // out of the recogniser's name: "Economist" of "Economist John Smith").
  const auto is_calling = [&](int c) {
    if (std::isupper(static_cast<unsigned char>(s.At(c).form[0])) == 0) return false;
    // It opens the phrase: after a noun or adjective it is a word of a longer title or name
    // ("chief executive Dieter Spethmann", "Oil Minister Sheikh Ali al-Khalifa").
    if (c > 0) {
      const std::string& before = s.At(c - 1).upos;
      if (before == "NOUN" || before == "PROPN" || before == "ADJ" || before == "NUM") return false;
    }
    if (nlp::Gazetteer::IsPersonTitle(s.At(c).form)) return true;
    if (s.At(c).upos == "NOUN") return NamesAPerson(*nlp::Lexicon::Open(), s.At(c).form);
    // A proper noun outside every name, only as a common noun's capital.
    return s.At(c).upos == "PROPN" && s.At(c).entity == "O" &&
           IsCapitalisedCalling(*nlp::Lexicon::Open(), gazetteer, s.At(c).form);
  };
  for (int b = 1; b < s.size(); ++b) {
    if (s.At(b).entity != "B-PERSON" || !is_calling(b - 1)) continue;
    const int calling = b - 1;
    // A calling is a common noun, capitalised or not (UD tags "Economist John Smith"'s first
    // word NOUN), and the role rules read it so.
    const auto common = [&] {
      if (s.At(calling).upos != "PROPN" || nlp::Gazetteer::IsPersonTitle(s.At(calling).form))
        return;
      s.At(calling).upos = "NOUN";
      s.At(calling).xpos = "NN";
    };
    // "Economist John Smith" with the calling the name's compound: it describes the person.
    if (s.Head(calling) == b && s.At(calling).deprel == "compound" &&
        !nlp::Gazetteer::IsPersonTitle(s.At(calling).form)) {
      s.At(calling).deprel = "nmod:desc";
      common();
      continue;
    }
    if (s.Head(b) != calling ||
        (s.At(b).deprel != "flat" && s.At(b).deprel != "compound" && s.At(b).deprel != "appos"))
      continue;
    int e = b;
    while (e + 1 < s.size() && s.At(e + 1).entity == "I-PERSON") ++e;
    const std::vector<nlp::Token> kept = tokens;
    const int governor = s.Head(calling);
    const std::string rel = s.At(calling).deprel;
    s.Attach(b, governor, governor >= 0 ? rel : "root");
    for (int t = b + 1; t <= e; ++t)
      if (const int h = s.Head(t); h >= calling && h <= e) s.Attach(t, b, "flat");
    // The case marker before the calling is the name's too ("signed by Rear-Admiral Augustus
    // Aikhomu": the agent is the person).
    for (int t = 0; t < s.size(); ++t)
      if (s.Head(t) == calling && (t > e || s.At(t).deprel == "case"))
        s.Attach(t, b, s.At(t).deprel);
    s.Attach(calling, b, "nmod:desc");
    common();
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairTitledNameHeads(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

void RepairCallingHeads(std::vector<nlp::AnalyzedSentence>& sentences,
                        const nlp::Gazetteer& gazetteer) {
  for (nlp::AnalyzedSentence& s : sentences) CallingHeads(s.tokens, gazetteer);
}

}  // namespace kg::extract
