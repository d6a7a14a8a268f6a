#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a relative or subordinating adverb hung inside the subject of its clause:
// "after yesterday's strong close when new contract highs were set in new crop" parsed with
// "when" an adverb of "new" had given the node "when new contract highs" (judged junk). "when",
// "where", "whereby" or "while" that opens a clause, hung as an adverb on a word of the clause's
// subject (an adjective or noun, not a verb), goes to the clause's verb, the head its subject's
// phrase hangs on. And a preposition before a question word ("could make no prediction on when
// Rogaine might be approved", the node "prediction on") hung as an adverb on the word the
// question's clause hangs on is that clause's marker. Never throws.
void RepairRelativeAdverbs(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
