#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a relative clause opened by "whose" between commas after its noun, which
// the parser rarely sees and reads as the main clause: "The bank, whose loans rose, said profits
// fell" parsed with "rose" the root (subjects "bank" and "loans") and "said" its conj, so the
// loans said it; "Conrac Corp, whose board has rejected the offer, said ..." parsed with the name
// a vocative and the relative clause a ccomp of "said". When a "whose" right after "NOUN ," is
// the possessor of a verb's subject or object, and that verb has either a later verb conjunct
// with no subject of its own or a governing verb after it with no subject, the later verb is the
// main one: the noun phrase before the comma becomes its nsubj, the "whose" clause an acl:relcl
// of that noun, and what followed the clause (with what came before the noun) goes with the main
// verb. Without such a main verb, a "whose" clause hung on another verb ("plan to form a
// committee, whose members will be drawn from ...") becomes the noun's acl:relcl; so does one
// on a speaker after the verb ("..., said Cornelissen, whose company administers ..." with the
// clause a parataxis of "said"): the noun phrase before the comma stops below any verb, so the
// clause is the writer's, not the report. Never throws.
void RepairWhoseRelatives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
