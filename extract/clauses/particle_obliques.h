#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of phrasal verbs: "British Airways is looking forward to
// deregulation" parsed with "to deregulation" an oblique of the adverb "forward", so the verb
// had no argument and nothing was stored. An oblique (obl) of an adverb particle (forward, ahead,
// back, away, out, off; lower case) that is an advmod right after its verb, and not the front of
// a preposition ("ahead of", "out of"), is the verb's; the
// relation then reads "is looking forward to" (clause.h takes such a particle into the
// relation). And "break even": an "even" right after a form of "break" is the verb's particle
// (compound:prt) wherever the parse hung it ("broke even in 1986" had read "broke in 1986").
// Never throws.
void RepairParticleObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
