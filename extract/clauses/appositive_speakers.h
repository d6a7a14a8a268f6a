#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of an opening phrase: "In a speech before the National Grains and Feed
// Association, USDA Secretary Richard Lyng said ..." parsed with "Association" the subject of
// "said" and the secretary its apposition, so the association spoke. A subject that is no
// person's name (entity tags), glued to the phrase before it (the word before its own words is a
// noun, name, verb, adjective or number, and it has no determiner), with an apposition after a
// comma that holds a person's name and no determiner ("a Florida Democrat" describes) and ends
// right before the subject's verb, gives the verb that apposition as its subject; the old subject
// goes back to the phrase before it, as a flat part of a capitalised word there ("Feed
// Association") or else its nmod. Never throws.
void RepairAppositiveSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
