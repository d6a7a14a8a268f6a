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

// Repairs the same error in another shape, as the speaker repairs leave it: "..., weather and
// farming sources said" with "weather" the subject, "farming" its conjunct and "sources" its
// apposition, so "weather" and "farming" spoke (the node "farming" was judged junk), or "the
// plastics and chemicals company said", "Japanese currency and bond traders said". A common noun
// (NN, NNS) right after the second of two bare common nouns (the first may have a determiner or
// adjectives before it, which go to the head) joined by "and" or "or", hung on the first as its
// apposition, is what both
// modify: it takes the first one's place, the first becomes its compound with the second still
// its conjunct. Run after the speaker repairs. Never throws.
void RepairCoordinatedModifierAppositions(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
