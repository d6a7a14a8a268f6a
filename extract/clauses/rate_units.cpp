#include "extract/clauses/rate_units.h"

#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsAmountHead(const TokenTree& s, int q) {
  const nlp::Token& t = s.At(q);
  if (t.entity.ends_with("MONEY") || t.entity.ends_with("QUANTITY")) return true;
  if (t.upos == "NUM") return true;
  return (t.upos == "NOUN" || t.upos == "PROPN") && s.HasChild(q, "nummod");
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int u = 2; u < s.size(); ++u) {
    const int per = u - 1;
    const int amount = u - 2;
    if (s.At(u).upos != "NOUN" || nlp::Lower(s.At(per).form) != "per" || s.Head(per) != u ||
        s.Head(u) == amount || !IsAmountHead(s, amount))
      continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(u, amount, "nmod");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairRateUnits(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& sentence : sentences) Repair(sentence.tokens);
}

}  // namespace kg::extract
