#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of appositions: "Guinness Plc, the brewing group, has challenged the
// payment" parsed with two subjects of "challenged", so the description reads as a second doer
// and the name's role is lost. When a verb has two subjects (nsubj or nsubj:pass) and the later
// one is a common noun (NOUN) whose phrase sits between commas right after the earlier one's
// phrase, the later one becomes an apposition (appos) of the earlier (UD: "an appositional
// modifier ... set off by commas"). Never throws.
void RepairSubjectAppositions(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
