#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of quotations: "he had not seen “any signs from Russia ...”" parsed
// with the opening quotation mark the object of "seen" and "signs" its apposition, so the verb's
// object was a punctuation mark and the clause lost it. An opening quotation mark or bracket
// that the parser gave a relation other than punct, and that has a word hung on it as an
// apposition or dep, gives that word its head and relation, takes punct to that word, and hands
// its other dependents to it. Never throws.
void RepairPunctuationArguments(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
