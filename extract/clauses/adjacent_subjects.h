#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of long subject phrases: "Bell Atlantic Corp's Bell of Pennsylvania unit
// said ..." parsed with three subjects of "said" ("Bell", "Bell of Pennsylvania", "unit"), so the
// speaker was the bare "unit". Subjects of one verb that follow one another with nothing between
// them (each one's phrase ends right where the next begins, no punctuation or coordinator anywhere
// in the run), whose earlier ones are names (proper-noun heads) and whose last is a common noun
// right before the verb, are one phrase headed by that noun: each earlier one becomes its nmod:poss
// when it ends in a possessive "'s", else its compound. Never throws.
void RepairAdjacentSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
