#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported clauses: "Iomega said it lowered its revenue plan and also
// expects to record a loss" parsed with "expects" a conjunct of "said", so the expecting was the
// writer's fact about Iomega, not part of what Iomega said (a held-out sheet judged its
// attribution missing). A verb conjunct of a past verb of saying (VBD; nlp::IsVerbOfSaying) that
// has a clausal complement before the conjunct, with no subject of its own and a present or modal
// finite word (itself VBZ/VBP, or its first auxiliary or copula VBZ, VBP or MD: "and expects",
// "but has a team", "and would create", "and will be issued"), is the complement's conjunct: the
// writer's past narrative does not go on in the present, reported speech does. A past conjunct
// is the complement's too when the complement has a subject of its own and is itself past or
// modal ("Woodside said it should have received a tax credit but instead made a tax provision"),
// unless the conjunct is an act of the speaker's in giving the statement or a call, welcome,
// warning or judgement of theirs ("said he expected declines but did not give figures", "and
// urged Japan to open its markets", "and called on", "and declined to elaborate"). And
// "Hawkeye said the new shares, which are convertible ..., represent 25 pct of its equity" parsed
// with "shares" the object of "said" and "represent" its conjunct: a verb conjunct of "say"
// without subject or coordinator, after the verb's nominal object and with no clausal complement
// beside it, is the report, and the object its subject. And a conjunct of the verb of saying
// with a subject of its own, after its complement, joined by a coordinator with no comma before
// it ("said the machines would lead to piracy and legislation was needed"), is the report's
// second half, unless it is another saying or has the speaker's own subject word ("... but they
// ruled out any role"). Lemmas must already be filled. Never throws.
void RepairSpeechConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
