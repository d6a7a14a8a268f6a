#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags acronyms that the tagger read as the function words they spell: "The WHO declared a
// global emergency" came out with "WHO" a wh-pronoun, so the parse made "The" the root and
// "declared" a relative clause, and the sentence had no subject. An all-capital word of two to
// five letters right after a determiner ("the WHO", "the US", "an IT firm"), tagged a pronoun,
// determiner, adposition, conjunction, adverb, auxiliary or particle, becomes PROPN NNP: a
// determiner is never followed by such a word in running text. Runs after tagging and before
// parsing. Never throws.
void RetagAcronyms(std::vector<Token>& tokens);

}  // namespace kg::nlp
