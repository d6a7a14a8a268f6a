#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of an owner's share: "Orvia is 51 pct owned by Telvik" and "Union Texas,
// which is 49.7 pct owned by Allied-Signal, ..." parsed with "pct" the predicate (its subject and
// copula its own) and "owned" an acl of it, so the rules read "Orvia is 51 pct" and "Telvik
// owns 51 pct". When a percentage noun (pct, percent, %) with a number, a copula and a subject
// has a past participle right after it as its acl, with a by-agent (obl:agent), the participle is
// the predicate: it takes the noun's place, the subject becomes its nsubj:pass, the copula its
// aux:pass and the percentage its obl:unmarked (the share, read by the passive rule as "Telvik
// -own 51 pct of-> Orvia"). So is one set off by a comma after a name it hangs on, with neither
// ("Texaco Canada Inc, 78 pct owned by Texaco Inc, ..." had given "Texaco Inc -own-> 78 pct",
// sheet 1249, wrong): the participle becomes the name's acl, the percentage its obl:unmarked.
// Never throws.
void RepairOwnedShares(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
