#pragma once

#include <vector>

#include "extract/emit_triples.h"

namespace kg::extract {

// Which of the UD extractor's triples a news graph should hold as edges: false for those it
// should not (the Open IE listing of `kg extract --format carb` keeps them all). Their mentions
// still take part in entity resolution (a dropped "he said in a statement" still tells who "he"
// is). A reported clause stays the object of its speech edge, named by its core (ClauseCore:
// "Kelso -say-> the deal will close", not the whole clause with its modifiers), so that "what did
// Kelso say?" has an answer; its facts carry the speaker in attributed_to. Dropped:
// - the venue or medium of a speech verb ("said in a statement", "said at a news conference",
//   "told reporters in Paris"): Kelso -say in-> statement names no relation between two things.
// - a speech edge whose clause is a fragment without a subject ("said -> is possible", "said ->
//   pct"): the parse broke the clause, and the node would be junk.
// `emitted` is EmitClauseTriples' output for one article, in sentence order; the result has one
// flag per triple, in the same order.
[[nodiscard]] std::vector<bool> GraphEdges(const std::vector<EmittedTriple>& emitted);

}  // namespace kg::extract
