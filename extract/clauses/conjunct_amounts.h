#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of an amount after coordinated nouns: "Jefferson reported a 1.5 mln dlrs
// loss and assets of 360 mln dlrs" parsed with "of 360 mln dlrs" on "loss", the first conjunct,
// as UD attaches a modifier the conjuncts share, so the graph read "Jefferson -reported loss
// of-> 360 mln dlrs" (judged wrong: 360 mln is the assets). A noun has one amount: an "of"
// modifier that is an amount, after the last conjunct of a noun that already has an amount
// before it, is that conjunct's, and moves to it (the conjunct right before it). Never throws.
void RepairConjunctAmounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
