#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags "Fed", the wire's short name of the Federal Reserve, that the tagger read as the past
// of "feed" or an adjective: of 15 sentences of the shared newswire with "the Fed", 7 came out
// VERB or ADJ ("the Australian Reserve Bank, using the Fed as agent, sold Australian dollars"
// was parsed with "Fed" an adjective of "dollars" and the bank lost as the selling's subject). A
// capitalised "Fed" right after "the" (a past participle takes no article) becomes PROPN NNP,
// as "Treasury" of "the Treasury" is tagged. Runs after tagging and before parsing. Never
// throws.
void RetagShortNames(std::vector<Token>& tokens);

}  // namespace kg::nlp
