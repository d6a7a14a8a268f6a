#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the head of a person named with a nationality before the name: "Dominican Alfredo
// Ricart will take over as executive director" parsed with the name the flat parts of
// "Dominican", so "Dominican" took over. A word tagged NORP (one word, B-NORP) right before a
// PERSON span (entity tags, after RepairNameSpans), the two one phrase whose only head is the
// nationality: the person's first word takes the nationality's place in the tree, the person's
// other words are its flat parts, the nationality its amod, and the nationality's other
// dependents the person's. Never throws.
void RepairNationalNameHeads(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
