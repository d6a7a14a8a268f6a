#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a condition opened by "provided" or "providing": "The banks will offer a
// range of options, provided that the liquidity value equals the new money obligation" parsed
// with "provided" a verb conjoined to (or hung as parataxis or advcl on) the main verb and the
// condition its complement (ccomp), so both clauses were stored as facts (judged partly twice on
// one sheet: "stated as fact; the sentence gives it as a condition"). When "provided" or
// "providing", after a comma, hangs on a verb and has no subject or object of its own, and its
// complement is a clause with a subject of its own, that clause takes its place (an advcl of the
// verb) and the word becomes its subordinator (mark, SCONJ), as UD annotates "if"; the condition
// rules then mark both clauses (clause.h). Not the participle of providing something
// ("providing the information needed", "providing for a joint program") nor a sentence's first
// word. Never throws.
void RepairConditionParticiples(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
