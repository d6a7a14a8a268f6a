#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of an amount called a record: "the trade deficit was a record 5.45 billion
// dlrs", "stocks were forecast to rise to a record 452 mln tonnes" parsed with "record" the
// head and the amount its object, conjunct or flat part, so the triples read "deficit -was->
// record" and "stocks -rise to-> record" (judged junk: a record of what?), the amount lost. When
// the noun "record" is followed right away by a number whose phrase (the number, its scale words
// and its unit noun, all after "record") hangs on "record", the amount's head takes the place and
// relation of "record", "record" becomes its compound, and the words that hung on "record" (the
// article, the preposition, "new", "in 1986") hang on the amount. Not a year ("a record 1986
// harvest"), nor a split year ("1985/86"). A repair that would leave no tree is undone. Never
// throws.
void RepairRecordAmounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
