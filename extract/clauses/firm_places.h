#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a firm's place: "signed agreements with Sumitomo Bakelite Co Ltd, Tokyo,
// Japan, providing for ..." parsed with "Tokyo" and "Japan" conjuncts of the firm had given
// "Sheldahl -signed agreements with-> Japan" and "-> Tokyo" (judged wrong: they say where the
// firm is). A city, country or other place the recogniser tagged, hung as a conjunct on an
// organisation's name right after a comma, where no conjunct of that name has a coordinator
// ("and", "or": a list of parties has one), is the firm's apposition, and a place after it the
// first place's, as UD annotates "Sumitomo Bakelite Co Ltd, Tokyo, Japan". Never throws.
void RepairFirmPlaces(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
