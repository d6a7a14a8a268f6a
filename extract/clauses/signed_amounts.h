#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of negative amounts: "Net foreign currency assets rose 782 mln dlrs to
// minus 876 mln dlrs" parsed with "minus" (tagged a pronoun) the oblique and the amount a second
// object, or the amount's coordinator, so the rules stored "-rose to-> 876 mln dlrs" with the sign
// lost (sheet 1211 judged it partly right: the value's sign wrong). "minus" or "negative" right
// before a number whose amount's head (the number's head, or the number) hangs elsewhere: the
// amount takes the word's place (its head, relation and preposition) and the word becomes the
// number's adverb (advmod), which the value reader reads as the sign (entities/values.h
// ParseMoney); so does one the parse hung on the amount itself (as a coordinator, cc). Never
// throws.
void RepairSignedAmounts(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
