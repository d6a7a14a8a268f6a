#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a bound: "will cut at least 500 jobs", "would set aside at least 16 pct
// of the budget" parsed with "at" the case of "least" and "least" a modifier (nmod) of the number,
// so the object read as an oblique with "at" ("company -will cut at-> at least 500 jobs", "plan
// -would set aside at-> 16 pct": sheet 1243, partly right; 48 sentences of the 1,000 stories
// have "at least"). "at" right before "least" or "most" becomes a modifier (advmod) of what
// "least" hung on, with "least" its fixed word, as UD writes the bound ("at least" in EWT).
// Never throws.
void RepairLeastBounds(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
