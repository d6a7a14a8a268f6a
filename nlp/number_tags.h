#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags numbers that the tagger read as names or nouns: "was put at 91.2 in January" came out
// with "91.2" a proper noun (NNP), so the level was no value and the clause kept only its date.
// A token of digits with single inner "," or "." separators ("91.2", "4,340", "1987"), tagged
// PROPN or NOUN, becomes NUM CD. Runs after tagging and before parsing. Never throws.
void RetagNumbers(std::vector<Token>& tokens);

}  // namespace kg::nlp
