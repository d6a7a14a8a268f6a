#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags the month "May" that the tagger read as the modal: "May heating oil was up 0.45 cent"
// and "May soybeans traded 7,200 contracts", the commodity desks' name for a contract month, came
// out with "May" AUX MD, so the parse made the relation "May was up" and the subject "oil". A
// capitalised "May" tagged MD and followed by a noun, an adjective or a number (a modal takes a
// verb's base form, an adverb, "not" or, in a question, a subject pronoun: "May I ...") is the
// month: PROPN NNP, which the parser reads as a modifier of the noun after it. So is one with a
// contract's word (futures, contract, delivery, shipment, position, options, loading) within the
// next three words ("May gasoil futures rose" with the unknown "gasoil" tagged VB), the verb tags
// (VB, VBP) before that word then nouns (NOUN NN). Runs after tagging and before parsing. Never
// throws.
void RetagMonthMay(std::vector<Token>& tokens);

}  // namespace kg::nlp
