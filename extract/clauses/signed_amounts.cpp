#include "extract/clauses/signed_amounts.h"

#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int sign = 0; sign + 1 < s.size(); ++sign) {
    const std::string word = nlp::Lower(s.At(sign).form);
    const int number = sign + 1;
    if ((word != "minus" && word != "negative") || s.At(number).upos != "NUM") continue;
    int amount = number;
    if (const int h = s.Head(number); h > number && IsNominal(s.At(h))) amount = h;
    // Hung on the amount already (as a coordinator, "to minus 876 mln dlrs"): the number's.
    if (s.Head(sign) == amount || s.Head(sign) == number) {
      if (!s.HasChild(sign, "case")) s.Attach(sign, number, "advmod");
      continue;
    }
    if (s.Dominates(sign, amount) || s.Dominates(amount, sign) || s.Head(sign) < 0) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(amount, s.Head(sign), s.At(sign).deprel);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == sign) s.Attach(c, amount, s.At(c).deprel);
    s.Attach(sign, number, "advmod");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairSignedAmounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
