#include "extract/clauses/unmarked_appositions.h"

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    if (s.At(n).deprel != "nmod" || s.Child(n, "case") >= 0) continue;
    if (s.At(n).upos != "PROPN" && s.At(n).upos != "NOUN") continue;
    const int head = s.Head(n);
    const int first = s.Leftmost(n);  // the comma before it may be its own punct
    if (head < 0 || head >= first) continue;
    const bool comma = s.At(first).form == "," || (first > 0 && s.At(first - 1).form == ",");
    if (!comma) continue;
    s.Attach(n, head, "appos");
  }
}

}  // namespace

void RepairUnmarkedAppositions(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
