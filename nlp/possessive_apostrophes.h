#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags the possessive apostrophe of a plural or a name ending in "s" that the tagger read as a
// closing quotation mark: "is General Motors' vice president", "Dixons' shareholders approved",
// "the commercial banks' 1.2 billion dlr fund" came out with "'" PUNCT '', so the parse hung the
// name and its noun apart ("General Motors -be-> vice president" for Waters, GM's officer). An
// apostrophe written against a word ending in "s" or "S" (no space between, by the tokens'
// offsets), followed after a space by a word (a letter or digit), that closes no quotation opened
// earlier in the sentence with a lone "'" (one written before a word: "the spirit of 'give' and
// 'take'"), becomes PART POS, as the treebanks tag "'s" (UD English guidelines, "Possessives");
// the owner, if tagged a verb ("Rolls' 1986 research expenditure"), becomes PROPN NNP when
// capitalised and NOUN NNS otherwise.
// Tokens whose offsets do not say where spaces were (forms joined by spaces) are left as they
// are. Runs after tagging and before parsing. Never throws.
void RetagPossessiveApostrophes(std::vector<Token>& tokens);

}  // namespace kg::nlp
