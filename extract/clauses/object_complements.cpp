#include "extract/clauses/object_complements.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/gazetteer.h"

namespace kg::extract {

bool TakesObjectComplement(std::string_view lemma) {
  static constexpr std::array<std::string_view, 14> kVerbs{
      "make", "name", "elect", "appoint", "call",      "consider", "declare",
      "deem", "dub",  "label", "render",  "designate", "nominate", "term"};
  return std::find(kVerbs.begin(), kVerbs.end(), lemma) != kVerbs.end();
}

namespace {

// A person's title: "chairman", or a noun with a rank before it ("chief executive officer").
bool IsTitle(const TokenTree& s, int noun) {
  if (nlp::Gazetteer::IsPersonTitle(nlp::Lower(s.At(noun).form))) return true;
  for (int t = 0; t < noun; ++t)
    if (s.Head(t) == noun && nlp::Gazetteer::IsTitleRank(nlp::Lower(s.At(t).form))) return true;
  return false;
}

// "Ramon Diaz was named chairman of the commission" parsed with "named" an adjective (amod) of
// "chairman" and "was" its copula: the participle is the passive verb, "was" its auxiliary, the
// subject its passive subject and the noun its complement.
void RepairPassive(const TokenTree& s, int verb) {
  const int noun = s.Head(verb);
  if (BaseRel(s.At(verb)) != "amod" || s.At(verb).xpos != "VBN" || noun <= verb ||
      !IsNominal(s.At(noun)))
    return;
  const int copula = s.Child(noun, "cop");
  if (copula < 0 || copula > verb) return;
  for (int t = copula + 1; t < verb; ++t)
    if (s.At(t).upos != "ADV") return;
  s.At(verb).head = s.At(noun).head;
  s.At(verb).deprel = s.At(noun).deprel;
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != noun || c == verb || c > verb) continue;
    const std::string_view rel = BaseRel(s.At(c));
    if (c == copula)
      s.Attach(c, verb, "aux:pass");
    else if (rel == "nsubj")
      s.Attach(c, verb, "nsubj:pass");
    else
      s.Attach(c, verb, s.At(c).deprel);
  }
  for (int c = verb + 1; c < s.size(); ++c)
    if (s.Head(c) == noun && (BaseRel(s.At(c)) == "punct" || BaseRel(s.At(c)) == "parataxis" ||
                              (BaseRel(s.At(c)) == "conj" && s.At(c).upos == "VERB")))
      s.Attach(c, verb, s.At(c).deprel);
  s.Attach(noun, verb, "xcomp");
}

// "The board named John Smith chairman of the company", "elected John Brown president" parsed
// with the name a compound of the title: the name, right after the verb, is the object and the
// title the complement.
void SplitNamedTitle(const TokenTree& s, int verb) {
  for (int title = verb + 2; title < s.size(); ++title) {
    if (s.Head(title) != verb || !IsNominal(s.At(title)) ||
        (BaseRel(s.At(title)) != "obj" && BaseRel(s.At(title)) != "xcomp") || !IsTitle(s, title))
      continue;
    const int name = verb + 1;
    if (s.Head(name) != title || BaseRel(s.At(name)) != "compound" || s.At(name).upos != "PROPN")
      return;
    // The name's words run on from it; the title's own modifiers ("chief executive") follow.
    int last = name;
    while (last + 1 < title && s.Head(last + 1) == name && BaseRel(s.At(last + 1)) == "flat")
      ++last;
    for (int t = last + 1; t < title; ++t)
      if (s.Head(t) != title || (BaseRel(s.At(t)) == "compound" && s.At(t).upos == "PROPN")) return;
    s.Attach(name, verb, "obj");
    s.Attach(title, verb, "xcomp");
    // A name the recogniser ran on into the title ("Smith chairman") ends before it.
    for (int t = last + 1; t < s.size() && s.At(t).entity.starts_with("I-"); ++t)
      s.At(t).entity = "O";
    return;
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 0; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" || !TakesObjectComplement(nlp::Lower(s.At(verb).lemma))) continue;
    RepairPassive(s, verb);
    SplitNamedTitle(s, verb);
    // "Smith was elected president of the company" parsed with the title the passive's object.
    if (s.HasChildRel(verb, "aux:pass") || s.HasChildRel(verb, "nsubj:pass"))
      if (const int title = s.Child(verb, "obj");
          title > verb && IsNominal(s.At(title)) && IsTitle(s, title))
        s.Attach(title, verb, "xcomp");
    int object = -1;
    for (int c = verb + 1; c < s.size(); ++c) {
      if (s.Head(c) != verb) continue;
      const std::string_view rel = s.At(c).deprel;
      if (rel != "obj" && rel != "iobj") continue;
      if (object < 0) {
        object = c;
        continue;
      }
      // A complement noun has its own article ("a priority", "the symbol") or is a title
      // ("elected him president"); "makes military-specification power supplies" is one object
      // the parse cut in two.
      if (s.At(c).upos != "ADJ" &&
          (!IsNominal(s.At(c)) || (!s.HasChild(c, "det") && !IsTitle(s, c))))
        break;
      s.Attach(object, verb, "obj");
      s.Attach(c, verb, "xcomp");
      break;
    }
  }
}

}  // namespace

void RepairObjectComplements(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
