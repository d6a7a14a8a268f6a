#include "extract/clauses/stranded_conjuncts.h"

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 2; c < s.size(); ++c) {
    const int subject = s.Head(c);
    if (BaseRel(s.At(c)) != "conj" || !IsNominal(s.At(c)) || subject < 0 || subject > c ||
        BaseRel(s.At(subject)) != "nsubj")
      continue;
    const int verb = s.Head(subject);
    if (verb < subject || verb > c) continue;
    const int object = s.Child(verb, "obj");
    if (object < verb || object > c) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(c, object, "conj");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairStrandedConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
