#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of a report that opens with its condition: "Salemme said that if the FCC
// eased restrictions, Congress would consider legislation" parsed with the condition the verb of
// saying's complement (ccomp) and the main clause hung beside it (parataxis, conj) or under it,
// so the statement was the condition alone and "FCC -eased-> restrictions" stood as a reported
// fact. When a verb of saying (nlp::IsVerbOfSaying) has a ccomp marked "if" or "unless" and,
// after a comma that follows it, a clause with a subject of its own hung on the verb of saying or
// on the condition (parataxis, conj, ccomp or an unmarked advcl), that clause becomes the ccomp
// (taking the condition's "that", if any) and the condition its advcl, so the report is the main
// clause under its condition ("would if"). Never throws.
void RepairConditionalReports(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
