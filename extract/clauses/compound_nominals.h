#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one tagging error of two-noun phrases: "Mortgage lending to home buyers fell" and "the
// proposed tax cut for small firms" tagged with the second noun a verb that the parse hung on the
// first as a participle (acl), so the nodes were "Mortgage" and "proposed tax" and the rest a
// clause of their own ("proposed tax -cut for-> small firms"). A singular common noun (NN) and,
// right after it, its acl that WordNet knows as a noun by its form ("lending", "spending", "cut",
// "rise"; not "produced", which no noun spells), with no subject, object, clause, auxiliary,
// marker, particle or agent of its own, are one noun phrase headed by the second word when the
// second is a base form ("cut", "rise"), or an -ing word after a bare noun (no determiner,
// adjective or owner: "a senior banker working on the deal" keeps its participle): it becomes
// a NOUN (NN, its form its lemma) in the first's place in the tree, the first its compound; the
// first's other dependents and the second's obliques (now nmod) hang on the head. And a noun
// modifier tagged a verb: "demanding hefty pay raises" with "pay" a verb whose object is
// "raises" (the node "raises" was judged junk): a base form after an adjective or determiner,
// with no subject, auxiliary, marker, clause or other object, whose object is the common noun
// right after it, that WordNet knows as a noun, is that noun's compound, and the adjective before
// it the noun's modifier. Lemmas must already be filled. Never throws.
void RepairCompoundNominals(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
