#include "extract/clauses/out_of_counts.h"

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int count = 0; count + 2 < s.size(); ++count) {
    const std::string_view rel = BaseRel(s.At(count));
    if (s.At(count).upos != "NUM" || (rel != "obj" && rel != "nsubj")) continue;
    if (nlp::Lower(s.At(count + 1).form) != "out" || nlp::Lower(s.At(count + 2).form) != "of")
      continue;
    const int whole = s.Head(count + 1);
    if (whole < 0 || s.Head(whole) != s.Head(count) || BaseRel(s.At(whole)) != "obl" ||
        s.Head(count + 2) != whole)
      continue;
    s.Attach(whole, count, "nmod");
  }
}

}  // namespace

void RepairOutOfCounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
