#pragma once

#include <cstddef>

#include "extract/emit_triples.h"

namespace kg::extract {

// A graph edge's confidence in (0, 1): the clause-level confidence (the rule's prior with its
// argument adjustments, ClauseTriple::confidence) lowered by what makes a news triple wrong more
// often, seen on development stories of the Reuters corpus (never the judged sample):
// - an end that is a pronoun, now named by coreference (a wrong antecedent makes the whole
//   triple wrong): x0.75;
// - a long sentence, where the parse errs more (`sentence_words` tokens; > 40: x0.8, > 28:
//   x0.9);
// - an unnamed object of five words or more ("increasing competition for travelers to Europe
//   from U.S. carriers"): attachment errors pile up in long phrases: x0.85;
// - an oblique with an unnamed, untyped object ("presented with federal spending"): x0.9;
// - a relation of four words or more ("seek sought to depict as"): a chain of verbs: x0.85;
// - a reported clause of more than 20 words: x0.85;
// - a passive's by-phrase read as the doer ("is based by the department", "is being captured by
//   Marckesano"): on development stories most were wrong: x0.8.
// Kept within [0.05, 0.99].
[[nodiscard]] double GraphConfidence(const EmittedTriple& triple, std::size_t sentence_words);

}  // namespace kg::extract
