#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs appositions the parser drew inside one name: "the current Finance Ministry State
// Secretary" parsed with "Finance" the head and "Secretary" its apposition (the node "Ministry
// State Secretary" was judged junk, and the title said "Finance Ministry State Secretary is
// Ministry State Secretary"); "the 1984 Wheat Marketing Act", "<Cap Gemini Sogeti>" likewise. An
// apposition is set off (a comma, a dash, brackets); one that follows its head with nothing between
// them but its own compound, flat or adjectival modifiers, both capitalised (or the words between
// them all capitalised), is the name's last word: it takes its head's place and the head becomes
// its compound (TokenTree::TakePlace). Not a number ("Assets 13.95 billion vs 12.34 billion", "Ford
// one to 91-1/8"), nor a lower-case word after a name ("offering the Soviets subsidized wheat"),
// nor among a person's titles and name or right before a name ("USDA General Sales Manager Melvin
// Sims": the title repairs read those), nor a title's apposition ("Israeli U.N. Spokesman Eyal
// Arad": its holder). Never throws.
void RepairAdjacentAppositions(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
