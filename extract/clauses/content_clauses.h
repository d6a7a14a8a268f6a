#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs the parse of a noun's content clause ("the chance that Bank of New York will succeed",
// "the likelihood that it may be able to pay dividends"), which the rules keep in the noun's
// phrase (argument.h IsContentClause; a bare "chance" or "likelihood" was judged junk), when the
// parse hung it elsewhere:
// - as a clausal complement (ccomp), right after the noun ("increase the likelihood that ..."),
//   of a verb that is no verb of saying or thinking, or of one after the clause that the parse
//   made a parataxis ("..., the company said"), or as an adverbial (advcl) marked "that" of the
//   verb whose object the noun is, whatever the verb ("denied reports that it raised its
//   offer"): the clause becomes the noun's acl;
// - as a relative clause of the noun (acl:relcl) whose "that" the parse made the object of a verb
//   that takes none (WordNet's frames, nlp::Lexicon::TakesObject: "the chance that BNY will
//   succeed"), or whose verb is a subjunctive (a base form, no auxiliary, a singular subject:
//   "its request that Purolator enter into merger negotiations" had read "Purolator -enter->
//   request"), and that has a subject of its own: "that" becomes the clause's marker (SCONJ) and
//   the clause the noun's acl.
// Only for a noun that takes a content clause (rules/modality.h TakesContentClause). And an
// infinitive the parse made the open complement (xcomp) of a verb, right after that verb's object
// noun when the noun takes an infinitive (rules/modality.h NounTakesInfinitive: "moves",
// "plans", "proposal", "bid") and the verb judges or decides on it (block, reject, oppose,
// approve, consider, support, ...), is the noun's (acl): "Britain will block moves to give the
// EC additional sources of finance" had Britain giving them ("made plans to start drafting",
// "is taking steps to combat famine" stay the subject's). Never throws.
void RepairContentClauses(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
