#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of a subject with a participle: "A shareholder group led by Far Hills,
// N.J., investor Natalie Koether said ..." parsed with two subjects of "said", "group" and the
// prepositional "by Far Hills ...", so the speaker was the place. Of two subjects of one verb,
// a later one whose phrase opens with a preposition and starts right after a participle (acl)
// of the earlier one is that participle's oblique (obl:agent for "by" after a past participle),
// the preposition its case. Never throws.
void RepairStrandedObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
