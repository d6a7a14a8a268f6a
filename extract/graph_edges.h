#pragma once

#include <vector>

#include "extract/emit_triples.h"

namespace kg::extract {

// Which of the UD extractor's triples a news graph should hold as edges: false for those it
// should not (the Open IE listing of `kg extract --format carb` keeps them all). Their mentions
// still take part in entity resolution (a dropped "he said in a statement" still tells who "he"
// is). A reported clause stays the object of its speech edge (named as MakeClauseArgument says:
// whole when short, its core when long), so that "what did Kelso say?" has an answer; its facts
// carry the speaker in attributed_to. Dropped:
// - the venue, medium, time or cause of a speech verb ("said in a statement", "said at a news
//   conference", "said because of the strike"): Kelso -say in-> statement names no relation
//   between two things; only about / of / against / to / with / over obliques stay (not after
//   "say"), and those about the verb's object ("estimate shortage at 950 mln stg").
// - a noun object of "say" ("dealers said the market ..." parsed with "market" as obj), and any
//   phrase or oblique read through "say" ("said split of -> Class A", "said with -> investors"):
//   a piece of what was said.
// - an oblique whose subject was borrowed from a participle's noun, an adverbial's governing
//   clause or a controller ("..., falling to a record low"): attachment errors make most of
//   them wrong.
// - a purpose ("in order to" modality) whose doer was borrowed from the clause it hangs on or a
//   controller ("urged Lyng to adjust the rate to keep soybeans competitive"): 3 of 25 judged
//   right.
// - a name reached through an oblique and its noun's modifier ("entered the offer with
//   representation from Lufkin"): the relation strings two attachments together and is mostly
//   garbled; through an object ("owns a stake in Intel") the edge stays.
// - an oblique of circumstance (despite, after, at, through, under, because of, ...: the marker
//   list is in graph_edges.cpp), unless its object is a value.
// - an oblique fronted before the clause's own subject ("With lower revenue, the council ..."):
//   it sets the scene, it is no argument (a value there stays).
// - a value or date as the subject ("35.8 pct said", "1987 compared in 1982").
// - a question ("examining whether Sugarman had made disclosures"): it says nothing happened.
// - a participle that works as a preposition of exception, time or condition read as a
//   borrowed subject's verb ("Excluding charges, expenses rose" gave "expenses -excluding->
//   charges"; "following", "barring", "considering", "according", "pending").
// - a fixed phrase read as an argument: a preposition and a bare noun of state or manner ("was
//   not in operation", "delivered on consignment", "put on hold": list in graph_edges.cpp), a
//   noun of manner, size or speed with any one adjective ("in a timely manner", "on a larger
//   scale", "at a torrid pace", "in real terms", "to a near halt") and the object of a verb idiom
//   ("lots changed hands", "took place").
// - a purpose framed as a noun of intent after "in" ("meeting in a bid to reschedule debt",
//   "suspended the program in a move that ..."): why, not where.
// - an end that is a vague phrase (Argument::vague: "their cocoa", "half of its capacity",
//   "several years"): the node would be junk.
// - a speech edge whose clause is a fragment without a subject ("said -> is possible", "said ->
//   pct"): the parse broke the clause, and the node would be junk.
// `emitted` is EmitClauseTriples' output for one article, in sentence order; the result has one
// flag per triple, in the same order.
[[nodiscard]] std::vector<bool> GraphEdges(const std::vector<EmittedTriple>& emitted);

}  // namespace kg::extract
