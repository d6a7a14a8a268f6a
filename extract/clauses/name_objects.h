#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of objects: "Corvane has hired Mina Okafor." parsed with "Mina" an
// open clausal complement (xcomp) of "hired", so the clause had no object and the person no
// edge. A name the recogniser typed PERSON or ORGANIZATION, hung as the xcomp of an active verb
// that has no object, with no case marker, copula or mark of its own, right after the verb, is
// its object. Not after verbs that link a subject to what it is or becomes ("became Mina
// Okafor's deputy", "remained", "seemed"). Never throws.
void RepairNameObjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
