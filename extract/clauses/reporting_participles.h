#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs where the parse hangs a participle of saying that continues a report. In "The ministry
// said exports rose in March, adding that imports were flat." the parser hangs "adding" as an
// advcl of "rose", inside what the ministry said, so the clause borrows "exports" as the one who
// adds and the statement "exports rose ..." runs on over the second one. A participle (VBG) of a
// verb of saying (rules/attribution.h: IsSpeechVerb) other than those of asking, thinking or
// guessing (ask, believe, think, fear, find, predict, estimate, ...), right after a comma, with no
// subject of its own and with a clause of its own (ccomp or parataxis), hung (as advcl, conj or
// xcomp) on a verb that lies inside the ccomp of a verb of saying with a subject of its own before
// it, becomes that verb of saying's advcl: its doer is the speaker. The path up from the
// participle's head to the verb of saying passes only through ccomp, conj, advcl and xcomp.
// Likewise "The spokesman did not confirm the move, saying only that talks continued." with
// "saying" an acl of "move": such a participle hung as acl on the object or oblique of a verb with
// a subject of its own, after a comma, is that verb's advcl (a thing does not say; its doer does),
// unless that verb is itself one of saying (nlp/words.h: IsVerbOfSaying) ("..., said another
// trader, adding that ..." with the trader its object: the participle is already the speaker's).
// And "\"...,\" he said, adding, \"He talked himself into a corner.\"" with "adding" hung as a
// ccomp (or parataxis) on the report after it, as a speaker after a quote is, and that report a
// second clause of "said": the participle, right after a comma after the verb of saying, with no
// subject or clause of its own, becomes that verb's advcl and the report its ccomp (the
// statement had read "adding, He talked ..."). Tags, lemmas and other heads are kept. Never
// throws.
void RepairReportingParticiples(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
