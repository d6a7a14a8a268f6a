#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs two parse errors that read a reported clause as a verb of saying's open complement
// (xcomp), so the rules made the report the speaker's own act ("Champion -said set up->
// subsidiary", "Sroka -said stagnating-> consumption"):
// - "said it set up a subsidiary" with "it" the object of "said" and "set" its xcomp: an object
//   right after the verb of saying and right before a finite or participle verb (VBD, VBN, VBZ,
//   VBP; a base form VB after a subject pronoun, "said it cut 2,000 jobs") that is no verb of
//   saying itself is that verb's nsubj, and the verb the ccomp of saying;
// - "said consolidated 1986 net income fell" with "consolidated" (VBG or VBN) the xcomp, the noun
//   right after it its object and "fell" (finite, no subject) hung on the noun or the participle:
//   the participle is the noun's amod, the noun the subject of "fell", and "fell" the ccomp (the
//   edge had read "company -said consolidated-> 1986 net income");
// - "said stagnating consumption and slight overproduction will continue to weigh" with
//   "stagnating" an xcomp taking "consumption" as its object, and "continue" a conj of "said"
//   with "overproduction" its subject: the participle is its noun's amod, the noun the subject
//   of "continue" with the old subject its conj (with the coordinator), and "continue" the ccomp.
// Only an xcomp with no "to" of a verb of saying (nlp::IsVerbOfSaying, lemmas filled) changes.
// Also a participle of saying read as its noun's acl: "defended the move saying the bank had
// adjusted the rates" parsed with "bank" the participle's object and "move" the subject of
// "adjusted": "move" is the governing verb's object again (when it has none), the participle its
// advcl, and "adjusted", with "bank" its subject, the participle's ccomp (only the report's
// auxiliaries and adverbs between them). And a content noun read as the object of saying:
// "said reports that Iran intends to threaten shipping were baseless" parsed with "reports" the
// object, the "that" clause the ccomp and "baseless" that clause's ccomp: the later predicate
// with a copula or auxiliary and no subject is what was said, with the noun its subject and the
// "that" clause the noun's acl (a csubj hung on the predicate before its copula the clause's
// xcomp), so the report is no longer "Iran intends to threaten shipping were baseless".
// And a report read as an apposition of the object of telling: "an outside consultant
// told them the drug \"appears to be quite safe ...\"" with "appears" on "drug" (the consultant had
// appeared safe): a finite verb with no subject, hung as an apposition or clause on the object of
// a verb of saying, takes that object as its subject and is the verb's ccomp. Never throws.
void RepairSpeechComplements(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
