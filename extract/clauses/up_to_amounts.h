#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of an amount given as a ceiling: "will buy up to 10 mln of its common
// shares", "Iraq will supply up to 140,000 barrels a day" parsed with "up" a particle of the verb
// and "to 10 mln" an oblique, so the clause had no object and the graph no edge to what is bought.
// When a verb without an object has the particle "up" followed right away by "to" and an amount
// (a number, or a noun with a number) that hangs on the verb as an oblique, the amount is the
// verb's object and "up to" its modifier (advmod, "to" fixed), as UD writes "up to 10 mln". Not
// after a verb of motion or change, whose "up" is a direction and "to" the level ("prices went
// up to 5 dlrs", "moved up to", "add up to"). Lemmas must already be filled. Never throws.
void RepairUpToAmounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
