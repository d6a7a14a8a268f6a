#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one parse error of coordinated noun modifiers: "shut down two of its truck and bus
// facilities" parsed with "truck" the head and "bus facilities" its conjunct, so the graph got a
// node "truck" and a node "bus facilities" (both judged junk). A bare singular noun right before
// "and" or "or" whose conjunct is a noun with a noun modifier right after the coordinator is a
// modifier coordinated with that one ("truck and bus" of "facilities") when WordNet puts the first
// senses of the two modifiers under one specific class ("truck" and "bus" under "motor vehicle";
// not "stake" and "bus", whose nearest shared class, "whole", is too general to say they are
// alike). The conjunct's head takes the first noun's place in the tree with its determiners and
// modifiers, the first noun becomes its compound, and the second modifier that noun's conjunct,
// as UD annotates such phrases. And a one-word country, place or nationality, "and" or "or" and a
// nationality that modifies the noun right after it ("..., U.S. and Japanese officials said."
// parsed with "U.S." a second speaker; "a meeting of Soviet and British businessmen" with
// "Soviet" the meeting's) are that noun's coordinated modifiers: the country its compound, the
// nationality the country's conjunct, the noun in the country's place when it hung on it or
// beside it as a conjunct. Lemmas
// must already be filled. Never throws.
void RepairCoordinatedNounModifiers(std::vector<nlp::AnalyzedSentence>& sentences,
                                    nlp::Lexicon& lexicon);

}  // namespace kg::extract
