#pragma once

#include <string_view>
#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs three parse errors of object complements, after a verb that takes an object and a
// complement saying what the object is made, named or judged (make, name, elect, appoint, call,
// consider, declare, deem, dub, label, render, designate, nominate, term: the "complex-transitive"
// verbs of Huddleston & Pullum 2002, ch. 4, with a predicative complement; UD annotates that
// complement xcomp: "elected him president").
// - "Byrd and Wright have made trade legislation a priority", "Congress is making Japan the
//   symbol of the trade crisis" parsed with the complement a second object (obj) of the verb, or
//   the object an indirect one (iobj) before it, so the rules stored "Byrd -have made->
//   priority" and "Congress -is making to-> Japan": an adjective, or a noun with an article of
//   its own or a person's title, that follows another object (obj or iobj) becomes the verb's
//   xcomp and the one before it its obj ("makes military-specification power supplies" stays).
// - "The board named John Smith chairman" parsed with the name a compound of the title, and the
//   recogniser's name running on into the title: a proper name right after the verb, compound of
//   a title (gazetteer person title, or a noun with a rank word such as "chief") that is the
//   verb's obj or xcomp, becomes the obj and the title the xcomp; the name's span ends before it.
// - "Ramon Diaz was named chairman of the commission" parsed with "named" an adjective (amod) of
//   "chairman" and "was" its copula: the participle becomes the passive verb ("was" its aux:pass,
//   the subject its nsubj:pass) and the noun its xcomp; and "Smith was elected president" with
//   the title the passive's obj: the title becomes its xcomp.
// Lemmas must already be filled. Never throws.
void RepairObjectComplements(std::vector<nlp::AnalyzedSentence>& sentences);

// Whether `lemma` is one of the complex-transitive verbs above ("make", "name", ...).
[[nodiscard]] bool TakesObjectComplement(std::string_view lemma);

}  // namespace kg::extract
