#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reduced relatives: "prices closed on late selling, prompted by talk
// that ..." parsed with "prompted" a conjunct of "selling", so the clause took the sentence's
// subject as its patient ("talk -prompt-> prices"; the talk prompted the selling). A past form
// (VBN, or VBD as taggers read a sentence's "-ed") hung as a conjunct on a common noun (or a gerund
// the parse made an argument), right after a comma, with no coordinator, subject, auxiliary or
// object of its own and a by-agent (obl:agent), modifies that noun (acl), whose passive reading
// makes the noun the patient. Never throws.
void RepairParticipleConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
