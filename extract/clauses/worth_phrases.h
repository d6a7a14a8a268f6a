#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of values: "producing 3,350 missiles for Ukraine, worth $825 million"
// parsed with "worth" a conjunct (or adverbial clause, or parataxis) of the verb, so the value
// described the producing, not the missiles. "worth" (an adjective that takes an object: the
// value) hung on a verb after a comma, with no coordinator of its own, while the verb has an
// object before the comma, describes that object: it becomes the object's acl. Never throws.
void RepairWorthPhrases(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
