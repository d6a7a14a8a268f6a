#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs two parse errors of "call on X to do Y": "Chirac called on leading Western nations to
// set up a mechanism" parsed with the infinitive an xcomp of "nations" (the node read "leading
// Western nations set up a mechanism", and the mechanism was set up by that node), and "The
// minister called on OPEC to cut output" parsed with it an adverbial of purpose of "called" (so
// the minister cut output "in order to"). After a verb whose oblique with "on", "upon" or "with"
// names who is to act (call, prevail, rely, count, depend or press on; plead with), an
// infinitive ("to" and a base form) right after that oblique's phrase, hung
// on the oblique's noun (xcomp) or on the verb as an adverbial (advcl), is the verb's open
// complement (xcomp), which the clause rules give that oblique as its subject (clause.cpp,
// InheritXcomp: "called on Iran to free"). Never throws.
void RepairObliqueControls(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
