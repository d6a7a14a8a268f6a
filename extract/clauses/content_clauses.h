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
//   made a parataxis ("..., the company said"): the clause becomes the noun's acl;
// - as a relative clause of the noun (acl:relcl) whose "that" the parse made the object of a verb
//   that takes none (WordNet's frames, nlp::Lexicon::TakesObject: "the chance that BNY will
//   succeed") and that has a subject of its own: "that" becomes the clause's marker (SCONJ) and
//   the clause the noun's acl.
// Only for a noun that takes a content clause (rules/modality.h TakesContentClause). Never throws.
void RepairContentClauses(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
