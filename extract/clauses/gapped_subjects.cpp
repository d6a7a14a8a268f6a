#include "extract/clauses/gapped_subjects.h"

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb < s.size(); ++verb) {
    const nlp::Token& v = s.At(verb);
    if (v.deprel != "ccomp" || !IsFiniteTag(v.xpos) || s.HasChild(verb, "mark") ||
        !s.HasChild(verb, "obj") || IsSpeechVerb(nlp::Lower(v.lemma)))
      continue;
    const int first = s.Head(verb);
    if (first < 0 || first > verb || s.At(first).upos != "VERB" || s.HasChild(first, "obj") ||
        IsSpeechVerb(nlp::Lower(s.At(first).lemma)))
      continue;
    const int subject = s.Child(verb, "nsubj");
    if (subject < 0 || subject < first || !IsNominal(s.At(subject))) continue;
    // The conjunct inside the subject's phrase whose own phrase ends right before the verb.
    int conjunct = -1;
    for (int c = subject + 1; c < verb && conjunct < 0; ++c) {
      if (BaseRel(s.At(c)) != "conj" || !IsNominal(s.At(c)) || !s.Dominates(subject, c)) continue;
      const int cc = s.Child(c, "cc");
      if (cc < 0) continue;
      const std::string word = nlp::Lower(s.At(cc).form);
      if ((word == "and" || word == "but") && s.Rightmost(c) == verb - 1) conjunct = c;
    }
    if (conjunct < 0) continue;
    const std::vector<nlp::Token> kept = tokens;
    const int cc = s.Child(conjunct, "cc");
    s.Attach(subject, first, "obj");
    s.Attach(conjunct, verb, "nsubj");
    s.Attach(cc, verb, "cc");
    s.Attach(verb, first, "conj");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairGappedSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
