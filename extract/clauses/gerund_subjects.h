#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one parse error of gerund subjects: "Reducing the firm's financial leverage will be
// needed to maintain credit quality" parsed with "Reducing" an adverbial of "needed" and
// "leverage" its subject, so the rules read "firm's financial leverage -maintain-> credit
// quality", the opposite of what was said. A sentence that opens with a gerund (VBG) hung as an
// adverbial, with no marker, subject or object of its own and no comma after it, whose governor's
// subject is the noun phrase right after it, is that governor's clausal subject (csubj, or
// csubj:pass for a passive subject) and the phrase its object, when the gerund is no name (no
// entity tag: "Boeing said"), no adjective WordNet knows ("Leading Japanese scientist Naoki
// Yamamoto told") and of a verb that takes an object (nlp::Lexicon::TakesObject). Lemmas must be
// filled. The same gerund read as the sentence's root, with the finite verb after it its
// adverbial ("Ending the accord with the Cayman Islands may lead banks to move funds" with "may
// lead" an adverbial marked by "with" and "Cayman Islands" its subject), is that verb's clausal
// subject: the verb becomes the root, a preposition read as its marker becomes the case of the
// noun after it, which then modifies the gerund's object (or the gerund). Never throws.
void RepairGerundSubjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
