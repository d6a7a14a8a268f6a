#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one attachment of rates: "a special tax of eight Ecus per tonne imposed on exports"
// parsed with "per tonne" a modifier of the tax, so the amount read "eight Ecus", a price with no
// unit (rates cut from their "per" were judged partly right). A "per" phrase right after an
// amount, its marker the word after the amount's last word, whose noun the parse hung elsewhere,
// hangs on the amount's head as an nmod (where extract/clauses/argument.h reads a rate): the
// amount's head is a noun or number with a number of its own (nummod) or in a MONEY or QUANTITY
// mention. A repair that would leave no tree is undone. Never throws.
void RepairRateUnits(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
