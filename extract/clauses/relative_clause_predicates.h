#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of a subject followed by a relative clause between commas: "That price
// increase, which President Kaunda later revoked, followed pressure by the IMF" parsed with the
// noun the root and "followed" an advcl (or conj, parataxis) of "revoked", so the rules read
// Kaunda as the one who followed. When a nominal root has an acl:relcl after a comma and that
// clause has a finite verb (VBD, VBZ, VBP, a base form with a modal, or a VBN
// with an object and no auxiliary, the past tense misread) after a later comma,
// without a subject or marker of its own, the verb is the sentence's predicate: it becomes the
// root, the noun its nsubj, the relative clause stays the noun's, and the final punctuation moves
// to the verb. So does a past tense right after the clause's closing comma that the parse made an
// adjective (amod) of the noun after it ("Saudi American Bank, which is 40 pct owned by Citibank,
// raised profits" with "raised profits" an oblique of "owned"): that noun is its object. And a
// second subject of a verb, after a coordinator that follows its first subject's
// relative clause ("The Hunt group, which includes Cypress Partners L.P and Driftwood Ltd, said
// ..." with "Driftwood" a subject of "said"), is the next conjunct of that clause's object. Never
// throws.
void RepairRelativeClausePredicates(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
