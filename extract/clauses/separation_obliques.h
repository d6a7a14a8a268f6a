#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of verbs that keep or take something from something: "protects
// independent shareholders from the coercive aspects of tender offers", "will shield small firms
// from foreign competition" parsed with the "from" phrase an nmod of the object, so the node read
// "independent shareholders from the coercive aspects of tender" (judged junk). After a verb of
// separation (protect, shield, insulate, exempt, free, release, spare, isolate, separate,
// distinguish, remove, withdraw, divert, and rules/control.h's verbs of prevention but
// "exclude": "excludes gains from discontinued operations"), a "from" nmod of its object, after
// the object, is the verb's oblique. Lemmas must already be filled. Never throws.
void RepairSeparationObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
