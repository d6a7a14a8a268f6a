#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of amounts before and after a change: "raised its stake to 237,000
// shares, or 7.8 pct, from 164,000 shares, or 5.4 pct" parsed with "from 164,000 shares" (and
// "or 5.4 pct" after it) conjuncts of "to 237,000 shares", so the stake was raised "to" 164,000
// shares too (a sheet judged it wrong). A nominal conjunct with no coordinator of its own but a
// preposition (case) other than its head's, whose head is an oblique, is an oblique of the same
// verb; the head's later conjuncts after it become its conjuncts. Never throws.
void RepairMarkedConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
