#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "\"I have doubts,\" said analyst Ana Ruiz of
// Corvex." parsed with "analyst" the object of "said" and the name its apposition, so the verb
// has no speaker and the quotation is credited to nobody. A verb of saying (rules/attribution.h:
// IsSpeechVerb; not "tell" or "ask", whose object is the one told or asked) with no subject,
// right after a closing quotation mark or a comma, whose object follows it and is a noun phrase
// holding a name (a proper noun, or a noun with a name as its apposition or flat part:
// "analyst Ana Ruiz", "Corvex senior economist Ana Ruiz"), takes that object as its subject
// (nsubj); a common noun the parse made its conjunct with no coordinator ("added John Michael,
// analyst at First Options") is its apposition. Lemmas must already be filled. Never throws.
void RepairInvertedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
