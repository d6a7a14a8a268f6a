#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reports: "BZW said in a statement the new company had been built on
// its Dutch subsidiary" and "Oracle said after the offering it will have 28.5 mln shares" parsed
// with the report a relative clause (acl:relcl) of the oblique's noun ("statement", "offering"),
// so no report was stored and the report's facts were the article's. A verb of saying
// (nlp::IsVerbOfSaying; lemmas filled) with no clausal complement or object whose oblique (obl,
// after the verb) has such a clause after it, the clause with a subject of its own that is no
// relative word (that, which, who, whom) or day ("Tuesday"), no marker, and an argument that leaves
// no gap for the noun (an object, a clausal complement, an open complement, a copula or a passive
// subject: "the filing it made with the SEC" has one and stays), has that clause as its report
// (ccomp). So does the one told, the object of tell, inform, assure, remind, notify or warn,
// with the report hung on it ("told politicians they should defend human rights"). Not for a noun
// of time, where a reduced relative is the rule ("said on the day it announced the merger").
// And "said in a statement that its fleet was sold" parsed with the "that" clause the content
// clause (acl) of the medium the verb of saying speaks in (statement, letter, filing, report,
// release, interview, speech, ...): the clause, with a subject of its own, is the verb's report.
// Never throws.
void RepairReportRelatives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
