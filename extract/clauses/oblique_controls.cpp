#include "extract/clauses/oblique_controls.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool TakesObliqueController(std::string_view lemma, std::string_view preposition) {
  static constexpr std::array<std::string_view, 6> kOn{"call",  "prevail", "rely",
                                                       "count", "depend",  "press"};
  if (preposition == "with") return lemma == "plead";
  return (preposition == "on" || preposition == "upon") &&
         std::find(kOn.begin(), kOn.end(), lemma) != kOn.end();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 0; verb + 3 < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB") continue;
    for (int oblique = verb + 1; oblique < s.size(); ++oblique) {
      if (s.Head(oblique) != verb || BaseRel(s.At(oblique)) != "obl") continue;
      const int c = s.Child(oblique, "case");
      if (c < 0 || !TakesObliqueController(nlp::Lower(s.At(verb).lemma), nlp::Lower(s.At(c).form)))
        continue;
      // The infinitive right after the oblique's own words: "to" and a base form hung on the
      // oblique's noun or on the verb.
      int infinitive = -1;
      for (int t = oblique + 2; t < s.size() && infinitive < 0; ++t) {
        const std::string_view rel = BaseRel(s.At(t));
        if (s.At(t).xpos == "VB" && (rel == "xcomp" || rel == "advcl") &&
            (s.Head(t) == verb || s.Head(t) == oblique) && s.Child(t, "mark") == t - 1 &&
            nlp::Lower(s.At(t - 1).form) == "to")
          infinitive = t;
      }
      if (infinitive < 0) continue;
      bool own = true;
      for (int t = oblique + 1; t < infinitive - 1 && own; ++t) own = s.Dominates(oblique, t);
      if (!own) continue;
      s.Attach(infinitive, verb, "xcomp");
    }
  }
}

}  // namespace

void RepairObliqueControls(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
