#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of firm names with "and" before a role noun: "Kidder Peabody and Co
// analyst Roy Burry issued a recommendation" parsed as "Kidder Peabody" and "Co analyst Roy
// Burry" coordinated, so that the firm issued it beside the analyst and the analyst's role is
// "Co analyst". When an organisation span of the recogniser (BIO tags in nlp::Token::entity) holds
// a cc whose conj, a common noun, stands after the span and governs the span's words after the
// cc, the span is one name modifying that noun (UD: a compound), as "Damon president Joe Isola"
// is parsed: the noun takes the name's place in the tree, the name's first word becomes the
// noun's compound and the name's other words flat on it; a proper noun right after the noun, no
// other organisation or place, parsed as its apposition, takes the noun's place with the noun its
// nmod:desc, as the parser reads "Damon president Joe Isola". Never throws.
void RepairFirmNameModifiers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
