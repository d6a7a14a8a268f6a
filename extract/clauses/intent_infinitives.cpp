#include "extract/clauses/intent_infinitives.h"

#include <cstddef>
#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/rules/modality.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // Each word's "for" and "to" markers and subject before it, found in one pass.
  const auto n = static_cast<std::size_t>(s.size());
  std::vector<int> for_marks(n, -1), to_marks(n, -1), subjects(n, -1);
  for (int c = 0; c < s.size(); ++c) {
    const int h = s.Head(c);
    if (h <= c) continue;
    const auto at = static_cast<std::size_t>(h);
    const std::string word = nlp::Lower(s.At(c).form);
    if (BaseRel(s.At(c)) == "mark" && word == "for") for_marks[at] = c;
    if (BaseRel(s.At(c)) == "mark" && word == "to") to_marks[at] = c;
    if (s.At(c).deprel == "nsubj") subjects[at] = c;
  }
  for (int v = 1; v < s.size(); ++v) {
    if (s.At(v).xpos != "VB") continue;
    const auto at = static_cast<std::size_t>(v);
    const int for_mark = for_marks[at];
    const int to_mark = to_marks[at];
    const int subject = subjects[at];
    if (for_mark < 0 || to_mark < 0 || subject < for_mark || subject > to_mark ||
        s.At(subject).upos != "NOUN" || !InfinitiveStance(nlp::Lower(s.At(subject).lemma)))
      continue;
    const int governor = s.Head(v);
    if (governor < 0) continue;
    s.Attach(subject, governor, BaseRel(s.At(v)) == "acl" ? "nmod" : "obl");
    s.Attach(for_mark, subject, "case");
    s.Attach(v, subject, "acl");
  }
}

}  // namespace

void RepairIntentInfinitives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
