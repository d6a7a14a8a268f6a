#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one attachment error: a phrase that says when or at what occasion something was done
// hung on the verb's object (or on a noun inside it) instead of on the verb, so the object's node
// swallowed it ("discussed the alternatives at special meetings on March 26" gave the node
// "alternatives at special meetings on March 26"; "had given the market a further 152 mln stg
// assistance in the afternoon session" gave "further 152 mln stg assistance in the afternoon
// session").
// A noun modifier (nmod) after the verb's object or oblique, at any depth under it, becomes an
// obl of the verb when it is
// - an occasion, a part of the day or a medium of what is said ("meeting", "session", "talks",
//   "afternoon", "weekend", "letter", "statement", "interview", "filing"), marked by "at", "in",
//   "on" or "during": such phrases modify events, and the object is no event ("resigned from
//   its board of directors in a letter" gave the node "board of directors in a letter"); or
// - a date the recogniser tagged, marked by "to", "from", "until", "till", "by", "through" or
//   "after": what moves an event ("delayed its annual meeting to June 22 from May 14" gave the
//   node "annual meeting to June 22"); or
// - an amount or clock time after "at" (a number, a phrase with a number, or a tagged money,
//   quantity or percent): the level or hour the verb sets ("estimated the shortage in the system
//   at 950 mln stg" gave the node "shortage in the system at 950 mln stg").
// Left alone: an occasion under an object that is itself an occasion ("called a meeting on
// Monday": the date may be the meeting's), and any phrase before its verb. Lemmas must be
// filled. Never throws.
void RepairEventTimeAttachments(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
