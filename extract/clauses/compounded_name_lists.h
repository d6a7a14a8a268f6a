#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of coordinated names: "Harlow Corp and Trevan Natural Gas Corp settled"
// parsed with "Harlow Corp" a compound of the second name's head and "Trevan" a conj of the
// first, so the clause's subject is one name and the other is lost. When a proper noun hangs as
// compound or flat on a later proper noun, ends a name span of the recogniser (BIO tags in
// nlp::Token::entity), and has a conj child that begins the next name span and stands between
// them after a cc, the two names are conjuncts: the first name's head takes the second's place in
// the tree (with the second's dependents left of the first), the second's head becomes its conj
// (with the cc), and the second span's first word a compound of that head again. Never throws.
void RepairCompoundedNameLists(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
