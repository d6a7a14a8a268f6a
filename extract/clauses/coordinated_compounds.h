#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of coordinated noun modifiers: "Penney's store and catalog sales
// declined 1.3 pct" parsed with "store" the subject and "sales" its conjunct, so the rules stored
// "Penney's store -declined-> 1.3 pct" (judged cut short) beside "catalog sales". A bare singular
// noun (NN: no determiner, adjective, compound or number of its own; an owner may go before it)
// right before "and"/"or", whose conjunct is a plural noun (NNS) with a singular compound right
// after the coordinator, modifies that plural noun as the compound does ("(store and catalog)
// sales", as UD attaches "car and truck sales"): the plural noun takes the singular one's place,
// the singular one becomes its compound, the compound after the coordinator that one's conjunct
// (with the coordinator), and the owner the plural noun's. A noun with modifiers of its own
// heads a phrase of its own ("tear gas and rubber pellets", "commercial paper and short-term
// deposits"). Never throws.
void RepairCoordinatedCompounds(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
