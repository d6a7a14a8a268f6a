#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one tagging error of finance's fixed terms: "buy notes and preferred stock" tagged with
// "preferred" a verb (a conjunct of "buy", "stock" its object), so the firm "preferred" stock.
// A "preferred" tagged VERB with no subject or auxiliary of its own, directly followed by its
// object "stock", "stocks", "share", "shares", "dividend", "dividends" or "equity", is that
// noun's adjective (ADJ JJ, amod): the noun takes the verb's place in the tree, with the verb's
// other dependents, or, when the verb was a conjunct right after "and" and a noun, becomes that
// noun's conjunct ("notes and preferred stock"). Never throws.
void RepairParticipleModifiers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
