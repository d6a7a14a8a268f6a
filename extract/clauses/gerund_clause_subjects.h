#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of a gerund clause with a subject of its own after an adjective's
// preposition: "is conditional on no person acquiring 20 pct of Gencorp" parsed with the gerund
// an acl of the noun before it, so "person -NOT acquiring-> ..." was stored as a fact (judged
// wrong, sheet 1289). A gerund (VBG) with no subject, marker or case of its own right after a
// common noun's phrase, that noun an oblique of an adjective marked "on", "upon", "about" or "of",
// is the clause the preposition marks: it takes the noun's place (advcl, the preposition its
// marker) and the noun is its subject (Huddleston & Pullum 2002, 14.5: gerund-participial clauses
// with a subject). The adjective's stance then reaches the clause (clause.h: a condition, a
// feeling or a hope is no fact). Never throws.
void RepairGerundClauseSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
