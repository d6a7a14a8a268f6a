#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs what RepairTrailingSpeakers leaves of the commonest shape of reported speech, "<report>,
// <speaker> said.", when the parse still broke it: the report's verb hung on the speaker
// ("Employees of Morton Thiokol Inc have gone to the FBI ..., ABC News reported." with "gone" a
// clause of "News"), or the verb of saying given a subject from inside the report ("Texaco Inc made
// a filing ... to enjoin the enforcement of the judgement, an attorney for Pennzoil Co said." with
// "enforcement" the subject of "said", the attorney its apposition; "... between the United States
// and some of its major trading partners, trade representative Clayton Yeutter said." with "said" a
// conjunct of "States"; "..., but so far in vain, dealers said." with "said" a conjunct after
// "but"). When the sentence ends with a verb of saying (FinalSpeechVerb) right after a comma and a
// noun phrase of one to eight words with no verb (a bracketed ticker or acronym not counted), and
// the phrase's head is not the verb's subject, or some word before the comma hangs on the phrase,
// or the verb is neither the root nor the report's parataxis, the verb becomes the root, the
// phrase's head its subject, and the words before the comma its report (ccomp), headed by the
// sentence's old root when it stands there, else by the first verb that hung outside them. A phrase
// the parse broke into several pieces hung outside it ("a spokesman for the Michigan attorney
// general said" with "general" the subject and "for" the verb's marker; "the airlines spokesmen
// said" with "airlines" the object) is put back together under the last person it names, else its
// last noun (the first of a coordination), with the pieces as that head's modifiers, prepositional
// phrases or conjuncts. A description after a person's name that ends right before the comma
// ("Roland Dumas, head of a parliamentary committee said") is left to the name. A subject the verb
// had taken from the report becomes the object of the report's verb it hung on when that verb has
// none. Only when the report is a clause (a verb, or a word with a copula or a subject) and the
// result is a tree. First, a verb of telling right before the sentence's last word that the parse
// made that word's adjective ("..., an Agriculture Ministry official told reporters." with "told"
// an amod of "reporters") takes the word's place, the word its object. Lemmas must already be
// filled. Never throws.
void RepairTrailingReports(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
