#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags "close" in "sources close to the central bank", "officials close to the talks" that the
// tagger read as a verb (VBP), so the parse made "sources close" a clause and "comment" of
// "declined all comment but sources close to the bank said ..." the subject of "said". After a
// plural noun (NNS, NNPS) and before "to", "close" is the adjective after the noun it describes (a
// postnominal adjective phrase: Huddleston & Pullum 2002, 7.13): it becomes ADJ JJ. Runs after
// tagging and before parsing. Never throws.
void RetagPostnominalAdjectives(std::vector<Token>& tokens);

}  // namespace kg::nlp
