#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one tagging error of noun compounds: "dominate the world electronics market",
// "announce a securities repurchase tender", "did not give a specific earnings projection"
// tagged a noun of the compound a verb ("electronics" VBZ, "repurchase" VBP) and parsed the
// compound as a clause, so the graph stored "world -electronics-> market" and "securities
// -repurchase-> tender" (judged wrong) and the verb lost its object. A finite verb (VBZ, VBP,
// VBD) hung as a clausal complement (ccomp) on a verb that has no object, whose only dependents
// are a subject right before it with a determiner of its own and an object right after it with
// none (a bare time noun, "today", may hang on it too), is a noun of one noun phrase with them:
// the object's head becomes the governor's object, the verb and the subject its compounds (the
// verb a NOUN), the determiner its, and the time the governor's. Not under a verb of saying or
// thinking (nlp::IsVerbOfSaying: "said the unit sells cars" is a report), unless the determiner
// is "a" or "an" before a plural subject, which no clause's subject can be ("a securities").
// Lemmas must be filled. Never throws.
void RepairCompoundClauses(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
