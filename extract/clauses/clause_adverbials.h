#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one attachment error: a concessive or circumstantial phrase ("despite a leadership
// crisis", "amid signs of weaker demand", "notwithstanding the ruling") hung on a noun of the
// clause, so the noun's phrase swallows it ("decided against an early election despite a
// leadership crisis" gave the object "early election despite a leadership crisis"). Such a
// phrase modifies a clause, never a thing (Quirk et al. 1985, 8.88 and 15.43 on concessive
// adjuncts); it becomes an obl of the verb whose argument the noun is (walked up through nominal
// heads), or of the nominal predicate of a copula clause on the way. Never throws.
void RepairClauseAdverbials(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
