#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs a sentence parsed with no main verb: "The OECD called for efforts to liberalize farm
// markets.", "Physical yields eased to 15.40 pct from 15.50.", "Texaco yesterday filed Chapter
// 11 bankruptcy ..." came out with the subject's noun the root and the verb a reduced relative
// clause on it (acl), as if "the OECD (that was) called for efforts" were all the sentence said;
// the triples then borrowed their subject from the noun and were dropped as guesses
// (graph_edges.h), and the fact was lost. When the root is a noun or proper noun with no copula
// and no subject of its own, and a verb in the past tense or past participle (VBD, VBN) hangs
// on it as acl after it, not right after a comma (", made on March 10,": a participle set off),
// with no auxiliary, marker or subject of its own and no agent ("by ...":
// "Toronto financial district hit by power outage" is a headline's passive), and no clause with
// a subject of its own hangs on the noun as parataxis (the sentence's own verb, misattached:
// "Like money market preferred stock, the new version allows ..."), that verb is the
// sentence's root and the noun its subject (nsubj); the noun's dependents that come after the
// verb, and its obliques and adverbials, go to the verb. A repair that would leave no tree is
// undone. Never throws.
void RepairVerblessRoots(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
