#include "extract/clauses/partitive_phrases.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 15> kQuantities{
      "much", "many", "most", "some",    "part", "half",   "all",    "none",
      "each", "any",  "few",  "several", "both", "either", "neither"};
  static constexpr std::array<std::string_view, 6> kNominal{"nmod",  "obj",   "obl",
                                                            "nsubj", "appos", "conj"};
  for (int t = 0; t < s.size(); ++t) {
    const int quantity = s.Head(t);
    if (quantity < 0 || quantity > t || s.At(t).deprel != "obl" ||
        !FormIsOneOf(s.At(quantity), kQuantities))
      continue;
    const int of = s.Child(t, "case");
    if (of < 0 || nlp::Lower(s.At(of).form) != "of") continue;
    const std::string_view rel = BaseRel(s.At(quantity));
    if (std::find(kNominal.begin(), kNominal.end(), rel) == kNominal.end()) continue;
    s.At(t).deprel = "nmod";
  }
}

}  // namespace

void RepairPartitivePhrases(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
