#include "extract/clauses/comma_compounds.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 0; c < s.size(); ++c) {
    const int noun = s.Head(c);
    const std::string_view rel = BaseRel(s.At(c));
    const bool time = rel == "compound" && nlp::IsCalendarWord(nlp::Lower(s.At(c).lemma));
    // "15,596 billion won, Economic Planning Board officials said" with "won" read as a
    // participle of "officials": a verb form before a comma modifies nothing after it.
    const bool participle = rel == "amod" && s.At(c).upos == "VERB";
    if (noun <= c || (!time && !participle)) continue;
    int comma = -1;
    for (int t = c + 1; t < noun && comma < 0; ++t)
      if (s.At(t).form == ",") comma = t;
    if (comma < 0) continue;
    if (participle) {
      const int before = s.Leftmost(c) - 1;
      if (before < 0 || s.Dominates(c, before) || s.Dominates(noun, before)) continue;
      for (int t = comma; t < noun; ++t)
        if (s.Head(t) == c) s.Attach(t, noun, t == comma ? "punct" : s.At(t).deprel);
      s.Attach(c, before, "dep");
      continue;
    }
    // The verb the words before the time hang from: "agreed" of "as agreed by Opec".
    int verb = -1;
    const int before = s.Leftmost(c) - 1;
    for (int t = before, steps = 0; t >= 0 && steps <= s.size() && verb < 0; t = s.Head(t), ++steps)
      if (s.At(t).upos == "VERB" && !s.Dominates(c, t)) verb = t;
    if (verb < 0) verb = s.Head(noun);
    if (verb < 0 || s.Dominates(c, verb)) continue;
    for (int t = comma; t < noun; ++t) {
      if (s.Head(t) != c) continue;
      const bool nominal = IsNominal(s.At(t));
      s.Attach(t, noun, t == comma ? "punct" : (nominal ? "compound" : s.At(t).deprel));
    }
    s.Attach(c, verb, "obl:unmarked");
  }
}

}  // namespace

void RepairCommaCompounds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
