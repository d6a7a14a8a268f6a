#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags numbers that the tagger read as names or nouns: "was put at 91.2 in January" came out
// with "91.2" a proper noun (NNP), so the level was no value and the clause kept only its date.
// A token of digits with single inner "," or "." separators ("91.2", "4,340", "1987"), tagged
// PROPN or NOUN, becomes NUM CD. The newswire's scale words "mln" and "bln" right after a
// number, read as a preposition ("paid 96 mln Swiss francs" parsed "mln" the case of "francs"
// and "96" the object), become NOUN NN, their usual tag in the newswire where the parse is
// right ("20 mln dlrs"); so does its singular "dlr" after an amount when it is tagged neither
// noun nor adjective ("a 30 mln dlr provision" had "dlr" a conjunction). An ordinal day keeps its
// tag ("29th" of "March 29th" is NOUN in UD English; retagged NUM it cost EWT dev 0.02 UPOS).
// Runs after tagging and before parsing. Never throws.
void RetagNumbers(std::vector<Token>& tokens);

}  // namespace kg::nlp
