#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of an infinitive with its own subject after "for": "a merger agreement
// calling for Dixie to acquire all TI-CARO's stock", "a provision for CGCT to produce the
// switches", "would be for Congress to allow ..." parsed with "for" the case of the name and the
// infinitive a clause without a subject, so the clause took its governor's doer ("merger
// agreement -calling to acquire-> TI-CARO's stock", "Oil -be able to meet-> commitments" of "oil
// would have to be at 25 dlrs for Ecuador to be able to meet its commitments": sheet 1259).
// UD (EWT) writes the name as the infinitive's nsubj and "for" as its mark. A name (a proper noun,
// or a word the recogniser tagged a person, organisation or place; no date, amount or common
// noun: "for 12 days to try", "room for manoeuvre to reflate" keep their parse) whose phrase, after
// "for", ends right before the "to" of an infinitive (a verb, or an adjective or noun with a
// copula) without a subject becomes that infinitive's nsubj, and "for" its mark, and the
// infinitive takes the name's place: an advcl of the verb the name was an oblique of ("calling
// for"), an acl of the noun it modified ("provision for"); after a predicate nominal ("would
// have to be the price for Peru to repay") it keeps its own. Never throws.
void RepairForSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
