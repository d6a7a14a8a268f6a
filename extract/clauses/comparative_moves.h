#pragma once

#include <string_view>
#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of market reports: "Platinum ended 50 cents higher at 560 dlrs",
// "coffee futures settled 2.29 cents lower at 104.68 cents a lb" parsed with the comparative an
// open complement (xcomp) of the verb, or the amount hung on it, and the closing price on the
// comparative, so the triple read "Platinum -ended-> 50 cents" (judged: missing "higher") and the
// price was lost. A comparative of direction (higher, lower, firmer, weaker, easier, stronger)
// right after an amount (a number, or a noun with a number of its own) of a verb of a close or
// move (end, close, settle, finish, open, trade, stand, rise, fall, move, edge, start, quote)
// becomes that verb's advmod, the amount its object when it has none, and the comparative's
// obliques ("at 560 dlrs"; not "than ...") the verb's: the rules then read "Platinum -ended
// higher-> 50 cents" and "Platinum -ended higher at-> 560 dlrs" (clause.cpp AddRelationWords takes
// such an adverb into the relation). Never throws.
void RepairComparativeMoves(std::vector<nlp::AnalyzedSentence>& sentences);

// Whether `word` (lower case) is a comparative of a market's direction: higher, lower, firmer,
// weaker, easier or stronger.
[[nodiscard]] bool IsMoveDirection(std::string_view word);

}  // namespace kg::extract
