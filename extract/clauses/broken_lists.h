#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of noun lists: "Funding came from Denmark, the Netherlands, Norway,
// and the United States" parsed with "Netherlands" a parataxis of "came" (and "Norway", "United
// States" its conjuncts), or with the last member a conj of the verb. A noun or proper noun
// hung on a verb as parataxis, conj, appos, dep, obj or a bare obl (the parser also gives
// "Netherlands" obl:agent), right after the comma that ends an earlier noun of
// the same kind (a common noun after a common noun, a name after a name), with no subject,
// copula or preposition of its own, and whose list closes with "and"/"or", is a conjunct of that
// earlier noun's list: it and its own conjuncts become conj of the list's first member, as UD
// attaches every conjunct; a chain of nominal conjuncts (each a conj of the one before) is
// flattened the same way. Never throws; a tree it cannot read is left as it is. Source: the
// parser's frequent attachment when a list member carries a determiner ("the Netherlands").
void RepairBrokenLists(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
