#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of coordinated infinitives: "The acquisition is not likely to lessen
// competition or to be inconsistent with the public interest" parsed with "to be inconsistent" a
// conjunct of "likely", not of "to lessen", so the second infinitive lost "not likely" (sheet
// 1239 judged "acquisition -NOT be inconsistent with-> public interest" partly right: a hedge
// read as a plain denial). A conjunct marked "to" (an infinitive) whose head is no infinitive
// itself but governs an earlier infinitive complement (xcomp marked "to") is that complement's
// conjunct, as in "plans to sell bonds and to cut rates"; a conjunct with a subject of its own is
// a clause of its own and stays. Never throws.
void RepairInfinitiveConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
