#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a change and its new level: "Revenue fell $1.2 million to $23.5 million"
// parsed with "to $23.5 million" a modifier of "$1.2 million", so the graph had the fall and no
// level. An amount (a token the recogniser tagged MONEY, PERCENT or QUANTITY, or a number) hung
// as a nominal modifier with "to" or "from" on an earlier amount that is the object of a verb is
// that verb's oblique, as "rose to X from Y" is: an amount does not modify an amount. So is such
// an amount hung on the object of a verb of changing an amount (cut, raise, increase, reduce,
// lower, lift, boost, trim, slash, hike, expand, double, halve, decrease), with a further "from"
// or "to" amount hung on it: "cut output to 420,000 bpd from 459,000" (the node had been "output
// to 420,000 bpd"); and so is the extent of such a change with "by" ("increased lending by 42.1
// pct", "boost its offer by several dlrs"), also on the oblique of a verb of moving (rise, fall,
// gain, drop, decline, climb, grow, slide, weaken, strengthen, depreciate, appreciate: "has
// depreciated against the dollar by 62 pct"). An amount counted in a unit the recogniser left
// untagged ("gained 20.8 points to 2,639.3") is an amount here too. And a level a thing is moved
// to ("to" a high, low, record, peak, level, trough, ceiling or floor) hung on a verb's object
// is the verb's oblique ("pushed the market to all-time highs"). First of all, a range split
// between a verb and its object ("to total between 10 and 10.2 mln tonnes" with "10" an oblique of
// the verb and "mln tonnes" its object) is the object's: the first number becomes the unit's
// nummod. And an adverb of change (up, down, off, higher, lower) hung on the number of a copula's
// amount ("sales were off 1.3 pct") is the amount's. And a comparison (above, below, over,
// under, than) hung on a copula's amount restated with "or" ("was 10.2 billion dlrs, or 2.7 pct,
// above the year-earlier level") is the first amount's too. And a change opened by an adverb of
// change and hung as an apposition on a verb's amount ("rose to a record 19 mln tonnes, up 4.2
// pct on the year", which had read "rose to 4.2 pct") is the verb's (obl:npmod). Lemmas must be
// filled. Never throws.
void RepairAmountChanges(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
