#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "Reed said he was pleased with the schedule because
// it gives holders more time." parsed with the "because" clause an adverbial of "said", so the
// statement was cut before its reason and the reason's own triples were nobody's report. A clause
// with a subject of its own, marked "because", "although", "though", "unless", "if" or "since",
// hung as an advcl on a verb of saying (rules/attribution.h: IsSpeechVerb) after the verb's ccomp
// (the whole ccomp between the verb and the clause) is the reported clause's adverbial: it is hung
// on the ccomp's head. A clause before the report ("Because ..., he said ...") or before the verb
// stays the verb's. So is a second report marked "that" hung on the verb as its conjunct after
// the first ("told politicians they should defend human rights and that democracy needs a moral
// basis"): a conjunct of the first report. Lemmas must already be filled. Never throws.
void RepairReportedReasons(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
