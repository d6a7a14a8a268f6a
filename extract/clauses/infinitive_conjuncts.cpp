#include "extract/clauses/infinitive_conjuncts.h"

#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

// Whether token t is marked as an infinitive: a "to" (PART, TO) among its dependents.
bool IsInfinitive(const TokenTree& s, int t) {
  for (int k = 0; k < t; ++k)
    if (s.Head(k) == t && BaseRel(s.At(k)) == "mark" && s.At(k).xpos == "TO") return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 1; c < s.size(); ++c) {
    const int head = s.Head(c);
    if (BaseRel(s.At(c)) != "conj" || head < 0 || head > c || HasSubject(s, c) ||
        !IsInfinitive(s, c) || IsInfinitive(s, head))
      continue;
    // The head's last infinitive complement before the conjunct.
    int complement = -1;
    for (int k = head + 1; k < c; ++k)
      if (s.Head(k) == head && BaseRel(s.At(k)) == "xcomp" && IsInfinitive(s, k)) complement = k;
    if (complement < 0) continue;
    s.Attach(c, complement, "conj");
  }
}

}  // namespace

void RepairInfinitiveConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
