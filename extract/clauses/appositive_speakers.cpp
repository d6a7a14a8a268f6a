#include "extract/clauses/appositive_speakers.h"

#include <cctype>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool IsPersonTag(const nlp::Token& t) { return t.entity.ends_with("-PERSON"); }

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 1; x < s.size(); ++x) {
    const int verb = s.Head(x);
    if (verb <= x || s.At(x).deprel != "nsubj" || IsPersonTag(s.At(x)) || s.HasChild(x, "det"))
      continue;
    int appos = -1;
    for (int c = x + 1; c < verb; ++c)
      if (s.Head(c) == x && s.At(c).deprel == "appos") appos = c;
    if (appos < 0 || s.Rightmost(appos) != verb - 1) continue;
    // The comma before the apposition, its own punct or the word before its words.
    int start = s.Leftmost(appos);
    if (s.At(start).form == ",") ++start;
    if (start < 1 || start >= verb || s.At(start - 1).form != ",") continue;
    // A name, or a title before one, with no determiner ("a Florida Democrat" after a name is
    // its description).
    bool person = true;
    bool named = false;
    for (int t = start; t < verb && person; ++t) {
      named = named || IsPersonTag(s.At(t));
      person = BaseRel(s.At(t)) != "det";
    }
    if (!person || !named) continue;
    // The subject's own words, without the apposition: glued to the phrase before them.
    int first = x;
    for (int t = 0; t < x; ++t)
      if (s.Dominates(x, t)) {
        first = t;
        break;
      }
    // Glued to a phrase: the word before is a word of one, not a coordinator or an adverb.
    if (first < 1) continue;
    const int before = first - 1;
    const std::string& pos = s.At(before).upos;
    if (pos != "NOUN" && pos != "PROPN" && pos != "VERB" && pos != "ADJ" && pos != "NUM") continue;
    const bool capitalised =
        std::isupper(static_cast<unsigned char>(s.At(before).form[0])) != 0 && before > 0;
    s.Attach(appos, verb, "nsubj");
    s.Attach(start - 1, appos, "punct");
    s.Attach(x, before, capitalised ? "flat" : "nmod");
  }
}

}  // namespace

void RepairAppositiveSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
