#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs two parses of a speaker set off by commas inside the sentence, which credited the
// speaker with the clause they report:
// - "The modest rise continued the rally but, dealers noted, there was little fresh news" parsed
//   with "was" a conjunct of "noted": "dealers -was-> little fresh physicals news" (judged wrong).
//   A verb of saying (rules/attribution.h: IsSpeechVerb) with a subject of its own right after a
//   coordinator and a comma, no clause or object of its own, and a comma right after it, takes
//   the conjunct or parataxis that starts right after that comma, a clause (a verb, or a
//   predicate with a copula, auxiliary or expletive), as its ccomp. Not a speaker after a clause
//   with no coordinator before it ("Not all the bids will be accepted, Hertz said, but ..."
//   reports the clause before it: trailing_speakers.h).
// - "The rise, dealers said, reflected strong demand" parsed with "said" the root, "rise" its
//   dislocated word and "reflected" its conjunct: "dealers -reflected-> strong demand". The
//   conjunct, with no subject of its own, takes the dislocated noun as its nsubj and becomes the
//   verb's ccomp (the verb the sentence's root); so does a bare oblique (obl:unmarked) of the
//   verb that opens the sentence ("Two groups of U.S. investors, it said, have less than one pct
//   of the shares", whose shares had gone to the meeting named before).
// - "To meet the daily average, dealers said, banks must raise holdings" parsed with the opening
//   adverbial the verb's: the statement lost it and "dealers -meet-> daily average" was given.
//   An advcl or obl that opens the sentence and ends at the comma before a speaker set off by
//   commas, whose verb of saying has its ccomp after it, hangs on that ccomp. Not before a
//   quotation ("Speaking to the council, Dahl said, \"...\"": the opening frames the saying), not
//   a participle with no subject ("Citing recent statistics, ...") and not an occasion of speaking
//   ("In an interview, ...").
// Lemmas must already be filled. Never throws.
void RepairParentheticalSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
