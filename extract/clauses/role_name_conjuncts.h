#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of a role before a name: "..., arranger Banque Nationale de Paris
// said." parsed with the name a conjunct of "arranger", so the role was the speaker and the bank
// nobody. A capitalised proper noun right after a lower-case common noun, hung on it as a conj
// with no coordinator and no punctuation between, heads the phrase: it takes the noun's head and
// relation, and the noun becomes its compound, as in "lead manager Warburg Securities". So does
// a name joined by "and" to a lower-case person's title before it when only lower-case titles
// of the name stand between ("chairman and chief executive Kevan Gosper said" had the bare
// "chairman" speak too). And capitalised titles joined by "and" before one name, however the
// parse split them ("said Vice Chairman and Chief Financial Officer Frank Newman" had "Vice
// Chairman" speak): the name's first word heads the phrase, the titles are its compounds.
// Never throws.
void RepairRoleNameConjuncts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
