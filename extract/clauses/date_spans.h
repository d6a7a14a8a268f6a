#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs two parse errors around the recogniser's dates:
// - a date cut in two: "will prepay on July 9, 1987 and July 17, 1987" parsed with the second
//   "1987" a third conjunct of "9", so the triples gave the bare date "1987" (judged partly
//   right); "in the week ended Feb 27" with "27" a number of the barrels after it. The words of
//   one DATE mention (B-DATE, I-DATE ...) whose heads lie outside it, other than the first such
//   word, hang on that first word (a compound before it, nmod:unmarked after it), unless the
//   tree would loop. Only days and years move (a number of one or two digits, or of four): "June
//   90 day bank bills" tagged one date keeps its "90 day".
// - a noun phrase glued to a date: "will prepay on July 9, 1987 the total amount outstanding"
//   parsed with the amount an apposition of the date, so the node read "July 9, 1987 the total
//   amount outstanding" (judged partly right). An apposition of a date's word that opens with a
//   determiner, comes right after the date with no punctuation between, is the object of the
//   verb the date hangs on when that verb has none.
// Never throws.
void RepairDateSpans(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
