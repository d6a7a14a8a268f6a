#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of nouns of intent: "set a deadline for its offer to acquire Japan
// Fund Inc" parsed as "for X to do" (the offer the infinitive's subject, "for" its marker), so
// "offer -acquire-> Japan Fund Inc" was stored, a deed of the offer. An infinitive (VB) marked by
// both "for" and "to" whose subject is a noun of intent (rules/modality.h: InfinitiveStance,
// "offer", "plan", "bid", ...) is that noun's clause (acl): the noun takes the infinitive's place
// in the tree as an oblique with "for" its case. Lemmas must be filled. Never throws.
void RepairIntentInfinitives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
