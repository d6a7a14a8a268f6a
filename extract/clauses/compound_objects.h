#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one tagging error of an object: "it did not include general tax increases", "He raised
// fiscal 1988 earnings estimates to 2.15 dlrs", "the central bank lowered its special advances
// rate to 5.1 pct", "will manufacture polyphenylene sulfide compounds using resins" tagged the
// object's last noun a verb in the present ("increases", "estimates", "compounds" VBZ) and parsed
// the object as a clause (ccomp) with the noun before it its subject, so the graph had "fiscal
// 1988 earnings -estimates to-> 2.15 dlrs" and "polyphenylene sulfide -using-> resins" (sheet
// 1259) and lost what was raised or included (12 sentences of the 1,000 stories). A ccomp without
// a subordinator, tagged VBZ or VBP, ending in "s", that WordNet knows as a noun, whose subject is
// the common noun right before it and which has no object, complement, copula or auxiliary of its
// own, under a verb that takes an object (nlp::Lexicon::TakesObject), has none, and takes no
// clause (no verb of saying or thinking, nlp::IsVerbOfSaying; nor expect, know, see, mean, ensure
// and the like), is that verb's object: NOUN NNS with its noun lemma, the subject its compound
// (the subject's determiners, possessors, adjectives and numbers its own), its obliques and
// adverbs the verb's. Lemmas must already be filled (lemmas.h). Never throws.
void RepairCompoundObjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
