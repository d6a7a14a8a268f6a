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
// filled. Never throws.
void RepairGerundSubjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
