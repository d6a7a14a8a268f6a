#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one parse error of reports: "Shell said earnings at its oil products segment plunged by
// 53 mln dlrs", "The company reported 1986 overseas sales fell 205.7 mln dlrs", "He added nine
// other EC states backed an extension" parsed with the report's subject the object of the verb of
// saying and the report's verb a participle of that noun (acl), or a parataxis or adverbial
// clause of the saying, so the rules stored no report and no fact for the sentence, or facts
// credited to no one. A verb of saying (say, report, announce, add, note, state, disclose,
// confirm, claim, argue, predict, forecast, warn, insist, reveal; lemmas filled: "Roberts
// predicted the Reagan administration within the next two weeks will offer wheat" had credited
// the offer to Roberts) with a noun object after it and no clausal complement,
// whose object is followed by a finite verb or predicate (VBD, VBZ, VBP, or one with an auxiliary
// or copula after the object: "would be added", "was particularly pleasing") hung on the object
// as acl or on the saying as parataxis, advcl or dep, with no subject, marker or expletive of its
// own, has that predicate as its report (ccomp) and the object as the report's subject (a
// participle so read becomes a past tense, VBD, its "by" phrase an oblique; what the parse hung
// on the saying between the two becomes the report's, an oblique the object's nmod); the first
// finite verb after the object decides (a relative clause's, "which must be approved", is
// passed over; any other stops the repair). With no finite verb after the object, a past
// participle hung on it (VBN, acl) is the report's verb after "say", which takes no thing as its
// object ("said long maturities fluctuated"), and after the others when it has an object of its
// own ("reported the weather hampered March results") or its verb takes none
// (nlp::Lexicon::TakesObject); a passive participle ("confirmed data issued by the Bank") stays. A
// report read off a time noun ("for the year ended June 30") is no report: the participle must hang
// on the object itself. Never throws.
void RepairSpeechObjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
