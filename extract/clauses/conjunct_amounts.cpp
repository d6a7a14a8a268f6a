#include "extract/clauses/conjunct_amounts.h"

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

// Whether the phrase of token t, before t, holds an amount ("1.5 mln dlrs" of "loss"), or t is
// one.
bool HasAmountBefore(const TokenTree& s, int t) {
  for (int c = 0; c < t; ++c)
    if (IsAmountToken(s.At(c)) && s.Dominates(t, c)) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int amount = 1; amount < s.size(); ++amount) {
    if (BaseRel(s.At(amount)) != "nmod" || !IsAmountToken(s.At(amount))) continue;
    const int of = s.Child(amount, "case");
    if (of < 0 || nlp::Lower(s.At(of).form) != "of") continue;
    const int first = s.Head(amount);
    if (first < 0 || first > amount || !IsNominal(s.At(first)) || !HasAmountBefore(s, first))
      continue;
    int last = -1;  // the conjunct of `first` right before the amount
    for (int c = first + 1; c < amount; ++c)
      if (s.Head(c) == first && BaseRel(s.At(c)) == "conj" && IsNominal(s.At(c))) last = c;
    if (last < 0 || HasAmountBefore(s, last)) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(amount, last, s.At(amount).deprel);
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairConjunctAmounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
