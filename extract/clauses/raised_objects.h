#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of verbs whose object is the subject of their infinitive: "Hess
// expected the FCC to respond in a few months", "expects 1987 capital expenditures to be between
// 250 mln and 300 mln dlrs" parsed with the infinitive a clause of the object noun (acl), so the
// rules read "she -expected-> FCC", a thing expected, and lost what was expected of it. After a
// verb of raising to object or enabling (rules/control.h: expect, want, believe, allow,
// require, ...), or of asking or telling with an object that can act (urge, ask, press; a name
// or a noun for people or bodies), an infinitive (marked "to", a bare verb or a copula's predicate)
// hung on the verb's object right after it is the verb's xcomp, as UD writes "expects the deal to
// close": the rules then read "deal -is expected to close-> ..." credited to the one who expects
// it. Not after a noun that takes an infinitive of its own (rules/modality.h NounTakesInfinitive:
// "wanted a plan to cut costs", "the right to vote"); the other way round, such a noun's
// infinitive the parse hung on the verb of raising as its xcomp ("The Commission wants powers to
// cut guaranteed prices") goes back to the noun (acl) when the noun names no one who could act.
// Lemmas must be filled. Never throws.
void RepairRaisedObjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
