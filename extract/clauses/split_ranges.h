#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a range of amounts the parser split: "Prices should remain around 18 to
// 19 dlrs", "expects the industry to grow at 10 to 15 pct a year" parsed with the first number an
// oblique of the verb and "to 19 dlrs" a second one (or the unit the verb's object), so the
// triples read "Prices -should remain to-> 19 dlrs" and "industry -grow-> 15 pct", the range cut
// to its upper end. A number, "to", a second number, any scale words ("mln", "billion") and a
// unit noun right after, where neither the first number nor the unit is inside the other's
// phrase, are one phrase headed by the unit, as the parser reads a whole range ("rise by 10 to 15
// pct"): the unit takes the first number's place and relation and its case ("around", "at"),
// the first number becomes its nummod, the second number that number's nmod with "to" its case.
// Not a year ("in 1986 to 66.7 mln dlrs", "by the end of 1986/87 to 1.9 billion bushels"), nor
// after "from" (a change: "rose from 10 to 12 pct"). A repair that would leave no tree is undone.
// Never throws.
void RepairSplitRanges(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
