#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of an amount called a record, a net, a total or the like: "the trade deficit
// was a record 5.45 billion dlrs", "stocks were forecast to rise to a record 452 mln tonnes",
// "Foreign investors sold a net 427 mln dlrs of Japanese bonds" parsed with "record" or "net" the
// head and the amount its object, conjunct, flat part or apposition, so the triples read "deficit
// -was-> record" and "investors -sold-> net" (judged junk and wrong: a record of what?), the
// amount lost. When the noun or adjective (record, net, total, further, additional, combined,
// gross, extra) is followed right away by a number whose phrase (the number, its scale words and
// its unit noun, all after the word) hangs on it, or on the word's head as a bare oblique or
// indirect object ("raise a net 71.7 mln stg" with "71.7 mln stg" a bare oblique of "raise":
// "Turner -planned to raise-> net", judged wrong), the amount's head (the unit noun ending that
// run, else the number's head inside it) takes the place and relation of the word, the word
// becomes its compound (amod if an adjective), the run's other words its nummod or compound, and
// the words that hung on the word (the article, the preposition, "new", "in 1986") hang on the
// amount. Not a year ("a record 1986 harvest"), nor a split year ("1985/86"). A repair that would
// leave no tree is undone. Never throws.
void RepairRecordAmounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
