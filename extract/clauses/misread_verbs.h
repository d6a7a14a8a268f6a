#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one tagging error of a sentence's main verb: "Brussels plans to sanction Iran" tagged
// with "plans" a plural noun, so the parse is a verbless noun phrase (root "plans", "Brussels" its
// compound, "sanction" an acl, or an xcomp as the beam parser reads it). A root tagged NNS, ending
// in "s", that WordNet knows as an inflected verb ("plans" -> plan, "vows" -> vow, "aims" -> aim),
// directly followed by the "to" of an infinitive acl or xcomp, and directly preceded by a noun or
// name compound, is the verb: it becomes VERB VBZ with its verb lemma, the compound before it its
// nsubj (earlier compounds of the root become that subject's own compounds), the infinitive its
// xcomp. Lemmas must already be filled (lemmas.h). Never throws. Only a root is repaired: inside a
// sentence that has a verb the noun reading ("its plans to expand") is the likely one.
void RepairMisreadVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
