#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a partitive: "slowed by wet field conditions over much of the region"
// parsed with "of the region" an oblique of "much" (as of an adjective's clause) had cut the node
// to "wet field conditions over much" (judged partly right and junk). An "of" phrase hung as an
// oblique (obl) on a word of quantity (much, many, most, some, part, half, all, none, each, any,
// few, several, both, either, neither) that is itself a nominal dependent (nmod, obj, obl,
// nsubj, appos, conj) is that word's nominal modifier (nmod), as UD annotates "much of the
// region". Never throws.
void RepairPartitivePhrases(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
