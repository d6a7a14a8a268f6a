#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of relative clauses set off by a comma: "..., said Snow, who predicts
// another 10 to 15 pct depreciation", "came from central bank president Wim Duisenberg, who said
// the bank favoured a cut", "the compromise, which would limit new spending" parsed with the
// relative clause a complement or a side clause (ccomp, parataxis, advcl, conj, dep) of the
// sentence's verb, so a verb of saying reported it as part of what was said, or the clause stood
// as the sentence's (sheet 1243 judged "Diplomats -said-> which would limit new spending ..."
// partly right; 27 such clauses in the 1,000 stories). A verb whose subject is "which" or "who"
// right after a comma that follows a noun or proper noun is that noun's relative clause
// (acl:relcl), the noun taken at the head of its name (a flat or compound word goes up to the
// word it hangs on), when the clause hangs on a word before the comma (one hung on a later verb
// of saying is a report whose subject the relative word is: reported_relative_subjects.h), the
// noun lies outside the clause, and "which" follows neither a person's name nor a common noun
// inside another noun's phrase ("IDB's share in the portfolio, which will finance exports").
// UD's sentential relatives (advcl:relcl: "..., which is not only impossible") keep their
// attachment. Never throws.
void RepairStrandedRelatives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
