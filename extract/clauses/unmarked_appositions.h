#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of appositions: "most European countries, even Germany, Spain and
// Italy have not promised troops" parsed with "Germany" a plain nmod of "countries". A plain
// nmod (no subtype) with no case marker and no possessive of its own, right after a comma (or
// after a comma and an adverb such as "even", "notably"), that follows its head, is an
// apposition. So is a conjunct with no coordinator, its head's only one, set off by commas on
// both sides and opened by "a" or "an" ("Newt Gingrich, a Georgia Republican, has met ..."
// parsed with "Republican" a second subject). Never throws.
void RepairUnmarkedAppositions(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
