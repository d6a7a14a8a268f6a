#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of an amount the parser split: "Other income rose to 251 mln dlrs from 220
// mln dlrs" parsed with "251" an oblique of "rose", "mln" the case of "dlrs" and "dlrs" a second
// oblique, so the relation read "rose mln" and one amount had no preposition. The words of one
// value the recogniser tagged (a MONEY, PERCENT or QUANTITY span of nlp::Token::entity, at least
// two words, one ending in a noun or symbol: the unit) that the parse hung from more than one
// place outside the span are one phrase headed by its last word: numbers become its nummod,
// other words its compounds; it takes the first outside attachment's place and relation (the
// one the reading puts first: "to" of "to 251"), and every dependent the span's words had outside
// it (a case, a modifier) hangs on it. So is a span hung from one place by its number with the
// unit below it ("paid 50 mln Hong Kong dlrs" with "50" the object, "mln" read as a preposition
// and "dlrs" the number's nmod: the payment had no amount). A span whose words lie in two
// conjuncts ("22.50 and 21.85 dlrs" is two values) is left alone. Never throws.
void RepairValuePhrases(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
