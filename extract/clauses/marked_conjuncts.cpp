#include "extract/clauses/marked_conjuncts.h"

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 1; c < s.size(); ++c) {
    const int head = s.Head(c);
    if (BaseRel(s.At(c)) != "conj" || head < 0 || head > c || !IsNominal(s.At(c)) ||
        BaseRel(s.At(head)) != "obl" || s.HasChild(c, "cc"))
      continue;
    const int own = s.Child(c, "case");
    const int heads = s.Child(head, "case");
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
