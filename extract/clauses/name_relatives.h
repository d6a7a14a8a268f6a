#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the attachment of a non-restrictive relative clause after a name inside another noun's
// phrase: "82 pct of the outstanding shares of National Heritage, which operates 201 nursing
// facilities" parsed with the clause on "shares", so the shares operated the facilities. A
// relative clause opened by ", which" or ", who" right after a proper name that is an nmod of the
// clause's common-noun head, at any depth, becomes that name's acl:relcl: between commas, a
// relative clause after a name describes the name (the restrictive reading, without a comma, is
// left alone). So does such a clause hung on the last word of a tagged name ("The Times of
// Zambia, which is run by the ruling party," with the clause on "Zambia"): it becomes the
// name's head's. But a ", which" clause that moves an amount (rise, fall, total, reach, ... with
// an amount for an argument) describes the common noun whose nmod the name is: "its trade surplus
// with the U.S., which rose to 7.4 billion dlrs" parsed with the clause on "U.S." becomes the
// surplus's, and such a clause on the noun stays there. The relative word must agree with the
// name: "which" stands for no person, "who" for no organisation or place; a clause the parse hung
// on a name it disagrees with ("the visit of President Richard Von Weizsaecker, which starts on
// Friday" on the president; "Ward McCarthy of Merrill Lynch and Co Inc, who expects" on the firm)
// goes to the noun whose nmod the name is, when the word agrees with that noun ("who" with a
// person only). Never throws.
void RepairNameRelatives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
