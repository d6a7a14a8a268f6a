#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of a report told to someone: "Lupberger told the analysts that the company's
// primary objective is to create financial strength" parsed with the report a clause of "analysts"
// (acl), so the statement read "the analysts that the company's primary objective is ..." (judged
// padded, sheet 1313). After a verb of telling (rules/attribution.h IsAddressingVerb: tell,
// inform, assure, remind, notify, warn), a clause hung on its object or indirect object as acl or
// acl:relcl that opens with a "that" the parse made its marker, right after the object's own
// words, and has a subject of its own (so "that" is no relative pronoun: "told the analysts that
// attended" stays) is the verb's clausal complement (ccomp), what was told. Lemmas must be filled.
// Never throws.
void RepairAddressedReports(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
