#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of relative clauses: "The full political price which Sarney will have
// to pay is still not clear" parsed with "which" the object of "have", so the rules read "Sarney
// -will have-> full political price". A relative pronoun (which, that, whom) hung as the object
// of its relative clause's verb (acl:relcl) that has an infinitive complement (xcomp with "to")
// of its own with no object is that infinitive's object: the gap is where the object is missing
// ("have to pay", "plans to close", "agreed to buy"). Not after a verb of object control
// (rules/control.h: "the man whom he urged to leave" urged the man). The rules then read the
// pronoun as the noun the relative clause modifies (clause.cpp Antecedent: "Sarney -will have to
// pay-> full political price"). Lemmas must already be filled. Never throws.
void RepairRelativeInfinitiveObjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
