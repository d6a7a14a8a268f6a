#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of two coordinated clauses read as one clause with a complement: "First City
// National Bank of Houston had a primary capital ratio of 5.34 pct and First City Bank of Dallas
// had a 4.75 pct ratio" parsed with "ratio" the subject of the second "had", a ccomp of the
// first, and "First City Bank of Dallas" a conjunct inside the first's object, so the Dallas
// bank's ratio became "primary capital ratio of 5.34 pct and First City Bank of Dallas -had->
// 4.75 pct ratio" (judged wrong). When a finite verb with an object, itself no verb of saying,
// is the ccomp of a verb that is no verb of saying or thinking (rules/attribution.h
// IsSpeechVerb) and has no object, its subject lies between the two verbs, and a conjunct marked
// "and" or "but" inside that subject's phrase ends right before the second verb, the subject is
// the first verb's object, the conjunct the second verb's subject, and the second verb a
// conjunct of the first (its "and" moved to it). And "Liquid assets fell 244 mln dlrs to 35.12
// billion dlrs and total major assets of the banks rose 257 mln dlrs" parsed with the second
// subject a conjunct of the first clause's amount and "rose", with no subject, hung on "fell": a
// finite verb with no subject hung (parataxis or conj) on an earlier finite verb, neither a verb
// of saying, right after a noun conjunct marked "and" or "but" inside the earlier verb's clause
// (not inside a name, no comma before the verb), takes that noun as its subject and becomes the
// earlier verb's conjunct. A repair that would leave no tree is undone. Never throws.
void RepairGappedSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
