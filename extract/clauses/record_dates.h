#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of dividend notices: "The dividend will be paid May 20 to shareholders
// of record on April 20", "payable March 31 to holders of record March 17" parsed with the record
// date an oblique of the verb or an apposition of the holders, so the rules stored "dividend
// -will be paid on-> April 20" (sheet 1197 judged it wrong: the record date says who is paid,
// not when). A date (a DATE span of the recogniser) right after "of record", or after "of
// record on", is the record's: its head hangs on "record" as a modifier (nmod with "on",
// nmod:unmarked without, UD 2.14's name for a bare noun modifier of time). Never throws.
void RepairRecordDates(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
