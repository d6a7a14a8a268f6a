#include "extract/clauses/marked_conjuncts.h"

#include <cstddef>
#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // Each word's first preposition and whether it has a coordinator, found in one pass.
  const auto n = static_cast<std::size_t>(s.size());
  std::vector<int> cases(n, -1);
  std::vector<bool> coordinated(n, false);
  for (int t = 0; t < s.size(); ++t) {
    const int h = s.Head(t);
    if (h < 0) continue;
    const auto at = static_cast<std::size_t>(h);
    if (BaseRel(s.At(t)) == "case" && cases[at] < 0) cases[at] = t;
    if (BaseRel(s.At(t)) == "cc") coordinated[at] = true;
  }
  for (int c = 1; c < s.size(); ++c) {
    const int head = s.Head(c);
    if (BaseRel(s.At(c)) != "conj" || head < 0 || head > c || !IsNominal(s.At(c)) ||
        BaseRel(s.At(head)) != "obl" || coordinated[static_cast<std::size_t>(c)])
      continue;
    const int own = cases[static_cast<std::size_t>(c)];
    const int heads = cases[static_cast<std::size_t>(head)];
    if (own < 0 || heads < 0 || nlp::Lower(s.At(own).form) == nlp::Lower(s.At(heads).form))
      continue;
    const int verb = s.Head(head);
    if (verb < 0) continue;
    s.Attach(c, verb, s.At(head).deprel);
    for (int later = c + 1; later < s.size(); ++later)
      if (s.Head(later) == head && BaseRel(s.At(later)) == "conj") s.Attach(later, c, "conj");
  }
}

}  // namespace

void RepairMarkedConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
