#include "extract/clauses/reporting_times.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 0; verb + 1 < s.size(); ++verb) {
    if (!nlp::IsVerbOfSaying(s.At(verb).lemma)) continue;
    const int time = verb + 1;
    const int clause = s.Head(time);
    if (clause < 0 || s.Head(clause) != verb || BaseRel(s.At(clause)) != "ccomp" ||
        BaseRel(s.At(time)) != "nsubj" || !nlp::IsCalendarWord(nlp::Lower(s.At(time).lemma)) ||
        s.Leftmost(time) != time || s.Rightmost(time) != time)
      continue;
    bool later_subject = false;
    for (int t = time + 1; t < clause && !later_subject; ++t)
      later_subject = s.Head(t) == clause && BaseRel(s.At(t)) == "nsubj";
    if (later_subject) s.Attach(time, verb, "obl:tmod");
  }
}

}  // namespace

void RepairReportingTimes(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
