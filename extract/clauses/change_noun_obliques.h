#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one attachment error of a change named by a noun: "Denmark was expected to see a slump
// in domestic demand", "forecast a drop in coffee production" parsed with the "in" phrase an
// oblique of the verb, so the object node was "slump" alone (judged partly: a slump in what?).
// When a verb's object is a noun of change (rise, increase, decline, fall, drop, slump, growth,
// jump, gain, surge, improvement, deterioration, recovery, rebound, reduction, cut, slowdown,
// upturn, downturn, change, shift) with no "in" phrase of its own, an "in" oblique of the verb
// that starts right after the object's phrase says where the change is: it becomes the noun's
// nmod. Not a time ("expected further declines in later months", "strong growth in 1986": a
// date the recogniser tagged, a number, or a calendar or period word). Lemmas must already be
// filled. Never throws.
void RepairChangeNounObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
