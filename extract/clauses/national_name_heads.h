#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the head of a person named with a nationality before the name: "Dominican Alfredo
// Ricart will take over as executive director" parsed with the name the flat parts of
// "Dominican", so "Dominican" took over; likewise a compound modifier before a name
// ("Earthquake-stricken Ecuador is negotiating" gave the node "Earthquake-stricken Ecuador"). A
// word tagged NORP (one word, B-NORP) right before a PERSON span (entity tags, after
// RepairNameSpans), or a hyphenated word whose last part is a participle in lower case ("-ed",
// "-en", "-ing", or an irregular one: "held", "run", "led", "built", "made", "hit", "grown"; not
// "vice-president", "pct-owner") right before any tagged span, the two one phrase whose only
// head is that word: the name's first word takes the word's place in the tree, the name's other
// words are its flat parts, the word its amod, and the word's other dependents the name's. Such a
// modifier the recogniser tagged as the span's first word ("Privately-held Piper Aircraft Corp",
// "State-owned Qantas Airways Ltd" one organisation) is first cut from the span: the name starts
// on the next word. Never throws.
void RepairNationalNameHeads(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
