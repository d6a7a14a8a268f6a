#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one tagging error of speakers: "Its chief executive said the company would cut jobs"
// and "United said it will fly" tagged the speaker's noun an adjective ("executive" JJ, "United"
// JJ) and parsed it as an amod of the verb of saying, so the report had no speaker (or "chief"
// became one) and its facts were nobody's. A verb of saying in the past (VBD; a present form may
// be a plural noun: "promissory notes"; nlp::IsVerbOfSaying; lemmas filled) with no subject (nsubj,
// csubj, expl) whose amod ends right before it: that word is the subject, a noun (PROPN, NNP when
// capitalised; else NOUN, NN), and the determiners, possessors, adjectives, compounds and numbers
// the verb held before it are its. Never throws.
void RepairAdjectiveSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
