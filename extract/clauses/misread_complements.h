#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "Kestrel said on Tuesday that its vaccine protected
// children" parsed with "that" a pronoun hung on the time phrase ("Tuesday") and the reported
// clause a relative clause (acl:relcl) of that "that", so the fact loses its speaker and reads
// as the article's own. When all of these hold, the "that" is the clause's subordinator:
// - it directly follows the phrase it hangs on, and that phrase is an argument (obl, obj, iobj,
//   nmod) of a verb of saying (rules/attribution.h's IsSpeechVerb) that has no ccomp of its own;
// - its relative clause comes after it and has a subject of its own (so "that" fills no
//   subject's place in it).
// The "that" becomes the clause's mark (SCONJ, IN) and the clause a ccomp of the verb of
// saying. So too when the parse made "that" the relative clause's own object or subject, hung
// on such an argument (an iobj too) right before it, and that place in the clause is taken by
// another word or the argument is the one told (an iobj, or the object of tell, inform, assure,
// warn, notify, remind, advise, brief, convince): "told the agency that Angola earned 40 mln
// dlrs" had Angola earn the agency. Likewise a clause opened by a "that" already marked as its
// subordinator (mark) but hung as a relative clause on such a phrase, or on an nmod of one ("told a
// court in the Channel Island of Jersey that Ward saw the payment"): a relative clause has no
// subordinator. And two pieces of a reported clause the parse hung on the verb of saying: a
// subjectless participle (or past form) that starts right where the verb's first ccomp ends is an
// acl of the noun before it ("its last full year ended September 30"), a later ccomp that starts
// right there with a subordinator ("as", "because", "while", ...; tagged SCONJ or ADP) is an advcl
// of the earlier one, one with its own subject right after a noun of hope, fear or plan is that
// noun's acl ("in hopes it would be more restrictive"), and a cause between the verb and its ccomp
// ("because of", "due to", "despite", "as a result of", "owing to") is the ccomp's. Lemmas must
// already be filled (lemmas.h). And a second verb of saying hung inside the report ("Watanabe
// said progress was being made ... and added that ..." with "added" a conj of "made", so
// progress added it): without a subject of its own, conjoined to the head of a speech verb's
// ccomp that has one, it is the speech verb's conj and shares its speaker. And a participle of
// saying after a comma hung as an argument on a later verb of the report ("..., adding the gain
// will be sheltered" with "adding" the subject of "sheltered"): it is the speech verb's advcl, the
// later verb its ccomp and its object the later verb's subject. And a speech verb's object
// directly followed by the subject of a relative clause of it that has no relative word ("said
// the Commerce Department estimated ..." with "Commerce" the object): the object is the front of
// that subject, the clause the speech verb's ccomp. And a nominal second ccomp of the speech
// verb that starts right where its first (a verb with a subject and no object) ends ("The service
// involves a program that relays data, the companies said" with "program" a ccomp) is that
// verb's object, or its oblique when it has a preposition of its own ("will start in 1988, with
// 248 wells drilled, BP said" had made "Construction -start-> 248 wells"). And an infinitive
// hung on "have" as its xcomp after the verb's object noun ("had no plans to quit the business",
// read "had to quit": must) is that noun's acl. And a content clause the parse read as a relative
// clause or as its governor's complement: a "that" on a relative clause whose place there another
// word holds ("a report that Colombia lowered the price", "that" an object beside "price"), or
// that holds none after a noun of rules/modality.h ContentClauseStance ("the claim that Nordia
// bribed officials", "that" an oblique), and a "that" clause right after such a noun hung as the
// complement of the noun's governor, no verb of saying ("rose amid reports that Iran fired"), is
// the noun's acl with "that" its mark. Never throws.
void RepairMisreadComplements(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
