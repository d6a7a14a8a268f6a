#include "extract/clauses/intent_infinitives.h"

#include <string>

#include "extract/clauses/token_tree.h"
#include "extract/rules/modality.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int v = 1; v < s.size(); ++v) {
    if (s.At(v).xpos != "VB") continue;
    int for_mark = -1;
    int to_mark = -1;
    int subject = -1;
    for (int c = 0; c < v; ++c) {
      if (s.Head(c) != v) continue;
      const std::string word = nlp::Lower(s.At(c).form);
      if (BaseRel(s.At(c)) == "mark" && word == "for") for_mark = c;
      if (BaseRel(s.At(c)) == "mark" && word == "to") to_mark = c;
      if (s.At(c).deprel == "nsubj") subject = c;
    }
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
