#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of coordinated predicates: "Orders gained four pct after a five pct
// fall and were up one pct from a year earlier" parsed with "were up one pct" a conjunct of
// "fall", so the clause read "orders gained after one pct". A conjunct with a coordinator and a
// copula or auxiliary of its own ("and were up one pct", "and will rise") but no subject, hung on
// a noun or number after the verb whose clause that noun is in, is that verb's conjunct: it
// shares the verb's subject. Not when the noun heads a clause of its own (a copula or subject:
// "sows are not good delivery and cannot be placed on warrant") or is itself a verb's conjunct.
// Never throws.
void RepairCoordinatedPredicates(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
