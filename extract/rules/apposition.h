#pragma once

#include <vector>

#include "extract/clauses/clause_extractor.h"
#include "nlp/dep_tree.h"

namespace kg::extract {

// Role and is-a edges that a noun phrase states without a verb:
// - appos-role: a role noun with its organisation beside a name, either way round: "Vantora's
//   chief executive, Lina Sorel" and "Lina Sorel, chief executive of Vantora" both give
//   Lina Sorel -chief executive of-> Vantora, and a named one served after "for", "at" or "to"
//   is written as such ("Bill Smith, an aide to Senator Ana Ruiz" -> aide to Ana Ruiz); the bare
//   world ranks a role and owns nothing:
//   "Indonesia, the world's second largest producer of palm oil" gives Indonesia -second largest
//   producer of-> palm oil, and without an "of" phrase the role keeps it ("be world's largest
//   advertising agency"); coordinated roles share the last one's owner and are one role
//   ("Mary Jones, president and chief operating officer of Velora Inc" -> president and chief
//   operating officer of Velora Inc; not across a comma); a name the parse hung on the office's
//   "of" phrase holds the office
//   ("the head of the Bureau's price index unit, Hugo Johannesson" -> head of the unit; "the
//   chairman of the IG Metall union, Franz Steinkuehler" -> chairman of the union), and an office
//   and its "of" phrase right before a name, with no comma, are one title ("chief of staff Howard
//   Baker" -> be chief of staff);
// - appos-isa: a name with a descriptive appositive: "Lina Sorel, a former banker" gives
//   Lina Sorel -be-> former banker, and a party's or a people's member with "a" describes too
//   ("Newt Gingrich, a Georgia Republican", "Finch, an Australian"). An age "54" gives nothing;
//   a list of names, the last after "and" or "or", fewer or more than the number the description
//   counts is the list's next members, "the four Atlantic provinces, Quebec and Saskatchewan";
//   a plural description of one name that is not itself plural or a list, "China, other
//   state-trading countries", has a vague object: the graph drops it, its mentions still count;
//   a description after the name that holds the name's own words is the name used as a
//   modifier, "a Futures Industry Association panel discussion", and gives nothing; nor does a
//   city written as an address, "Cincinnati, Ohio,", with a description no noun of places,
//   which is of whoever lives there; an amount; a bare word WordNet knows as an adjective right
//   before a firm's name, "the insolvent United Federal Savings", which modifies it; a name
//   after the description with a preposition of its own, "demand, particularly from the U.S.";
//   or a name after a comma right before a verb of saying, "for a visit, MENA said";
// - title-role: title words before a tagged person's name, outside the mention: "Chancellor
//   Olaf Brandt" gives Olaf Brandt -be-> Chancellor, "Britain's Foreign Secretary Helen Carver"
//   Helen Carver -Foreign Secretary of-> Britain; a title with an "of" phrase right before the
//   name is one role: "Secretary of State George Shultz" gives George Shultz -be-> Secretary of
//   State (not "secretary of" an organisation "State"). Abbreviated titles are written out
//   (Gazetteer::FullTitle: "Sen." -> Senator).
// The name is the node; the clause the phrase sits in gets the name as its argument (see
// MakeArgument), so the role never becomes the doer.
[[nodiscard]] std::vector<ClauseTriple> RoleTriples(const nlp::DepTree& tree,
                                                    const ArgumentContext& context);

}  // namespace kg::extract
