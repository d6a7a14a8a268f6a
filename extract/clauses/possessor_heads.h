#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a possessor made the head of what it possesses: "Barton Brown, General
// Motors' vice president in charge of Asian operations, will ..." parsed with "Motors" the head,
// "'" its case marker and "vice president" its apposition, so the triples read "General Motors
// -be-> vice president" (judged wrong: Brown is the vice president). When a possessive marker
// ("'s" or a lone "'" tagged PART) hangs on a noun that is not itself a possessor (nmod:poss),
// and the noun phrase that starts right after the marker climbs, through heads to its right, to
// a noun that hangs on that possessor, that noun takes the possessor's place and relation, the
// possessor's dependents after the marker hang on it, and the possessor (with its own words and
// marker) becomes its nmod:poss, as the treebanks write "GM's vice president" (UD English
// guidelines, "Possessives"). And a possessor that carries the clause of the noun it possesses:
// "Mexico and Peru are the world's two largest silver producers" parsed with the subject and
// the copula on "world" read "Mexico -be-> world" (judged wrong): a possessor (nmod:poss) of a
// noun to its right with a copula of its own hands its clause's dependents (subjects, copula,
// auxiliaries, markers, adverbs, obliques, punctuation) to that noun, the predicate. A repair
// that would leave no tree is undone. Never throws.
void RepairPossessorHeads(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
