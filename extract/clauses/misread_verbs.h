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
// sentence that has a verb the noun reading ("its plans to expand") is the likely one; but a
// bare plural right after "and", the conjunct of a finite verb's object, followed by the "to" of
// an infinitive, that WordNet knows as an inflected verb, is that verb's conjunct ("Cudahy
// denies the allegation and plans to contest the matter" had denied the plan), the infinitive
// its xcomp. And a
// price verb read as a plural noun: "Motorola said the MVSB2400 lists for 300 dlrs each and will
// be available in July" tagged with "lists" the object of "said" (and "will be available" a
// conjunct of "said": "Motorola -will be available->", judged wrong). "lists", "sells",
// "retails" or "costs" tagged NNS, directly followed by "for" and an amount of money hung on it,
// directly preceded by a noun or name compound, the root or the object of a verb of saying, is
// that verb: the compound its nsubj (with the determiner and compounds before it), the amount
// its oblique; as a verb of saying's object it becomes its ccomp and takes the verb's later
// conjuncts that have no subject of their own.
void RepairMisreadVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
