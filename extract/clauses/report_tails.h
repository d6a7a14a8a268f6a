#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error at the end of a report: "U.S. West said it introduced its first
// product for managing data networks, called the NETCENTER graphic network monitor." and "Kim
// said a rise would lead to friction with major trading partners, particularly the United
// States." parsed with the last phrase a parataxis of "said", so the statement stopped before it
// (judged incomplete). After a verb of saying (nlp::IsVerbOfSaying) whose ccomp follows it, a
// parataxis of that verb right after the report and a comma, with no subject of its own, that is
// a past participle ("called", "based", "valued"; VBN) or a noun phrase, becomes a modifier of
// the report's last noun: the participle its acl, the noun its apposition. Not a participle of
// saying, not a present participle ("..., citing weak demand" is the speaker's act), nor a
// clause of its own. And such a tail (parataxis or advcl) opened by "though" or "although"
// ("..., though less so than when he gave his budget speech") goes on with the report: it hangs
// on the report's verb. Never throws.
void RepairReportTails(std::vector<nlp::AnalyzedSentence>& sentences);

// Repairs one parse error inside a report: "Tomlin said privatisation programmes, both in
// Singapore and abroad, would encourage ..." parsed with the phrase between commas an oblique of
// "said" ("Tomlin -said in-> Singapore", the statement without it). An oblique of a verb of
// saying set off by commas between the subject of its report (ccomp) and the report's verb
// modifies that subject (nmod). Run after the repairs of reports. Never throws.
void RepairReportObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
