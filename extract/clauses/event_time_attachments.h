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
// A noun modifier (nmod) after the object, marked by "at", "in", "on" or "during", becomes an obl
// of the verb when it is
// - an occasion or a part of the day ("meeting", "session", "talks", "afternoon", "weekend"), at
//   any depth under the object: such phrases modify events, and the object is no event; or
// - a date (a month, weekday, or day word, a year, or a token the recogniser tagged DATE) hung on
//   a noun inside the object's phrase (one hung on the object itself is already read as the
//   clause's time by the argument rules).
// Left alone: an object that is itself an occasion ("called a meeting on Monday": the date may be
// the meeting's), and any phrase before its verb. Lemmas must be filled. Never throws.
void RepairEventTimeAttachments(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
