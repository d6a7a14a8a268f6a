#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs seven attachment errors that make a time a thing or a doer:
// - a bare "yesterday", "today", "tonight" or "tomorrow" opening the sentence read as the
//   subject with the real subject its apposition ("Yesterday, Boyd Jefferies, former chairman of
//   Jefferies and Co, said he ..."): the apposition becomes the subject (the day's other
//   appositions its own) and the day an obl:tmod;
// - a part of the day or a period named as now, then or next ("this afternoon", "last week",
//   "each month", "next year"), a bare "today", "tonight", "yesterday", "tomorrow", or a weekday,
//   bare or so named ("data released Thursday", "tariffs imposed last Friday", whatever the
//   verb), read as the verb's object ("was meeting this afternoon with his advisers" gave the node
//   "afternoon with his top economic advisers"): the time becomes an obl:tmod of the verb, and the
//   phrases hung on it that name who or what the verb concerns (nmod with a case marker) become
//   obliques of the verb; and a rate of change over a period ("quarter-on-quarter", "year-on-year",
//   "month-over-month") read as an object or a noun becomes an advmod of its verb;
// - a period named as now, then or next ("in the past week", "over the coming year") or "the
//   first time" after "for", hung on the verb's object (at any depth), which says when the
//   event happened, not which thing it is ("saw little movement in the past week", "balanced
//   the national budget for the first time"): it becomes an obl of the verb.
// - a participle of ending or beginning (end, begin, start) right after a period noun or a year
//   ("during the year ending May 1, 1986", "in the quarter ended March 31", "for fiscal 1987
//   starting April 1") hung on the clause (advcl, parataxis, conj, xcomp, ccomp, dep), so the
//   clause's subject "ended" the date: it becomes the period's acl. When the parse made the
//   phrase that holds the period its subject ("reported earnings ... for the six month period
//   ended December 31"), that phrase takes the participle's place: the object of a verb without
//   one (not of "said", "told", "added" or "noted"), with the participle's obliques after it;
//   or, when a clause hung on the participle has no subject ("its opinion for the fiscal year
//   ended September 30 should no longer be relied upon", or a finite verb hung deeper, on an
//   amount: "the rise for the quarter ended May 3 to 90 mln dlrs resulted from cost cuts") or
//   the parse read the date as its subject ("power production in the 52 weeks ended Feb 28 was
//   2,554 billion kilowatt hours"), the phrase becomes that clause's subject, the date the
//   participle's object, and the clause takes the participle's place.
// - a bare "yesterday", "today", ... heading a phrase whose words before it are a name ("to the
//   banks in New York yesterday" with "New York" its compound): the name takes its place and the
//   day hangs on the verb above (obl:tmod); a tagged date before the determiner of the noun it
//   is a compound of ("Last July the bank holding company reached ...") dates that noun's verb.
// - a time named as now or then ("this morning", "today") read as the subject of what someone
//   told or said, right after a noun the parse hung on the saying as an object ("told reporters
//   the 7.3 pct drop in Tokyo stock prices this morning was caused by ..."): the noun becomes the
//   report's subject and the time its obl:tmod.
// Left alone: a time that is the verb's only possible object of a verb of spending or marking
// ("spent the week", "marked the year") is not read apart (those verbs are few and name the time
// as their thing), and anything before its verb. Lemmas must be filled. Never throws.
void RepairTimeObjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
