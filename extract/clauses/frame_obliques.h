#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of verbs with a second complement: "attribute product stockdraws to
// seasonal factors", "sued two agencies for violating franchise agreements", "opposes such
// gestures as mere eyewash", "has accused the opposition parties of blocking reforms" parsed
// with the second complement a modifier of the object, so the nodes read "product stockdraws to
// seasonal factors" and "left-wing opposition parties of blocking key economic reforms" (judged
// junk). After a verb whose frame takes its object and then a phrase with one preposition (after
// Levin 1993's classes: attribute, ascribe X "to" Y; blame, sue, fine, thank, praise, punish,
// exchange, swap ... X "for" Y; replace, provide, supply, present, charge, credit X "with" Y;
// convert, turn, divide, split, transform X "into" Y; regard, view, describe, treat, classify,
// appoint, elect, oppose ... X "as" Y; link, tie, peg, change, switch, shift, move, transfer,
// convert, limit, restrict, confine, add, apply X "to" Y and compare X "with" or "to" Y; file,
// lodge, register, deposit, place X "with" Y; invest X
// "in" Y; spend, focus, base X "on" Y; and accuse,
// suspect, convict, warn, inform, remind, notify, advise X "of" Y, only before a gerund, as "the
// government of Japan" is one phrase, and the verbs of taking away rob, deprive, drain, strip,
// rid, relieve, purge, cleanse X "of" Y after any common noun ("drained the money market of
// liquidity"); not the verbs of giving and sending, whose
// "to" phrase is as often the noun's: "gave it access to the books"), that preposition's phrase
// hung as an nmod (or an acl gerund) of the object, right after it, is the verb's oblique (or
// adverbial), when the verb has a subject of its own or is conjoined to one that has. A bare
// "as" phrase after a common noun that is the object or an oblique's noun is the verb's whatever
// the verb ("booked the refund as revenue", "accounted for the item as income"), unless the noun
// names a role or a stretch of time ("her role as mediator", "six years as chairman"), ends in
// "-ing" ("acting as adviser"), or the "as" compares ("such metals as copper", "the same price
// as") or opens a clause ("as had expansion"). Lemmas must already be filled. Never throws.
void RepairFrameObliques(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
