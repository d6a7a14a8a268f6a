#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one attachment error: a concessive or circumstantial phrase ("despite a leadership
// crisis", "amid signs of weaker demand", "notwithstanding the ruling") hung on a noun of the
// clause, so the noun's phrase swallows it ("decided against an early election despite a
// leadership crisis" gave the object "early election despite a leadership crisis"). Such a
// phrase modifies a clause, never a thing (Quirk et al. 1985, 8.88 and 15.43 on concessive
// adjuncts); it becomes an obl of the verb whose argument the noun is (walked up through nominal
// heads), or of the nominal predicate of a copula clause on the way. Never throws.
void RepairClauseAdverbials(std::vector<nlp::AnalyzedSentence>& sentences);

// Repairs the attachment of a verb's "of" complement to its object: "deprive Iranian rulers of
// oil revenue" parsed with the "of" phrase inside the object's phrase, so the object node reads
// "Iranian rulers of oil revenue".
// After a verb that takes "X of Y" (Levin 1993, 10.6 "cheat" verbs and 33 "judgement" verbs:
// deprive, rob, strip, rid, relieve, clear, cure, accuse, convict, acquit, suspect, absolve,
// inform, notify, remind, warn, assure, convince), an "of" nmod of its direct object becomes the
// verb's obl. A gerund ("accused donors of failing") stays: its subject is the object; so does a
// proper name, what the object belongs to ("warned members of the Association of Southeast Asian
// Nations": a member of ASEAN, not a warning of it). Lemmas must be filled. Never throws.
void RepairOfComplements(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
