#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "\"I have doubts,\" said analyst Ana Ruiz of
// Corvex." parsed with "analyst" the object of "said" and the name its apposition, so the verb
// has no speaker and the quotation is credited to nobody. A finite verb of saying
// (rules/attribution.h: IsSpeechVerb; not "tell" or "ask", whose object is the one told or
// asked) with no subject, right after a closing quotation mark or a comma, that governs a report
// before it (ccomp or parataxis) or hangs on one (parataxis, ccomp or conj of an earlier verb:
// "Noble is raising 100 mln dlrs, said lead underwriter Morgan Stanley"), and an object after it,
// takes the object as its subject (nsubj) when the object is a noun phrase with no verb of its own
// outside a clause modifying it ("said analyst Ana Ruiz", "said one banker who attended the
// symposium", "said a trade source"); a common noun the parse made the object's conjunct with no
// coordinator ("added John Michael, analyst at First Options") is its apposition. A subject the
// parse gave the verb before the comma ("notes yielding 8.13 pct, said sole manager Salomon
// Brothers" with "8.13" the subject) is no speaker: it becomes the object of a verb right before
// it that has none ("yielding 8.13 pct"), or a dep of the speech verb's head. Lemmas must
// already be filled. Never throws.
void RepairInvertedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
