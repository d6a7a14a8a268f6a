#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "The minister said Wednesday the cost would be 33
// mln dlrs" parsed with "Wednesday" a second subject of the reported clause, so the statement read
// "Wednesday the cost would be ...". A day or date word (nlp::IsCalendarWord: a weekday, month,
// "today", "yesterday") right after a verb of saying (nlp::IsVerbOfSaying), with no words of its
// own, that the parser made a subject of that verb's clausal complement while another subject
// follows it there, is the verb's time (obl:tmod). So is such a day word made the subject of a
// verb of saying that the parser hung as a relative clause (acl) of the noun before it, its
// speakers ("..., Western officials said Wednesday."): the speakers become the verb's nsubj and
// the verb takes their place in the tree. And a phrase of a day or period right after a verb of
// saying (a calendar word with a determiner, "last"/"this"/"earlier" or a preposition before it:
// "said last week Iran had acquired ...", "announced on Monday it would ...") that the parser hung
// at the front of the reported clause, before that clause's own subject, is the verb's time
// (obl:tmod, or obl with its preposition); so is an occasion of the saying with its preposition
// and determiner or owner ("said at the meeting a share issue would not be launched", "said in a
// statement the ICO is ...", "said in its monthly food outlook bulletin world grain output ...":
// a meeting, conference, statement, bulletin, report, filing, letter, release, ...), and an
// adverb of the saying's time or the writer's stance right after the verb, before the reported
// clause's subject or "that" (however, previously, earlier, also, again, recently, meanwhile:
// "has said previously Sri Lanka must reduce its deficits", "said, however, that ..."), which
// becomes the verb's advmod. So is a period ("last week", "this month", after "earlier") right
// after the verb that the parser made a compound of the report's subject ("said earlier this month
// 1986/87 cotton output would be ..." with the subject read "earlier month 1986/87 cotton
// output"); words it hung on the day word after it go to the subject. Never throws.
void RepairReportingTimes(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
