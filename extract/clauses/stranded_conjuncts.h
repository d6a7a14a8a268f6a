#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of coordination: "the pact contained a cost of living increase, but no
// wage increase" parsed with "wage increase" a conjunct of the subject "pact", so the rules
// stored "wage increase -contained-> cost of living increase" (the 1,000 stories' sample). A
// subject's conjunct cannot follow its verb in a statement: a nominal conjunct of a verb's
// subject (nsubj, before the verb) that comes after the verb and after the verb's object (obj)
// is that object's conjunct. Never throws.
void RepairStrandedConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
