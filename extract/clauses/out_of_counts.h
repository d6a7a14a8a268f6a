#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of counts out of a whole: "The MDP won six out of the 14 places"
// parsed with "out of the 14 places" an oblique of the verb, so the rules stored "MDP -won out
// of-> 14 places" (judged partly right: it reads as winning the 14 places) and the bare count
// "six" no edge. A number that is a verb's object or subject, right before an oblique of the
// same verb opened by "out of", takes that oblique as its own modifier (nmod): the object reads
// "six out of the 14 places". Never throws.
void RepairOutOfCounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
