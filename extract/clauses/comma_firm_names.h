#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse and the name spans of a firm named "X and Co": "E.F. Hutton and Co Inc",
// "Kidder Peabody and Co", and with a comma between partners, "Bear, Stearns and Co", "Smith
// Barney, Harris Upham and Co Inc" (the old Wall Street style). The parse cut such names at the
// comma and "and" (nodes "Stearns", "Co Inc"). One to three capitalised words, "and" or "&",
// "Co" (or "Company") and an optional capitalised legal form are one name; so are one or two
// capitalised words and a comma before them. The name starts where the word before it is not
// capitalised ("Capital Markets, Lazard Freres and Co" is two firms, "Lazard Freres and Co" one),
// and no partner word is a legal form ("Co Inc, Kidder Peabody and Co Inc" is two). It becomes one
// ORGANIZATION span (nlp::Token::entity) and one phrase: its first word takes the place in the
// tree of the word that governed it, its other words hang on it as flat (the comma as punct),
// and words outside it that hung inside it hang on that first word. A repair that would leave no
// tree is undone. Inside a list of firms, one to three partner words, "and", one more and a legal
// form are one name too ("..., Blunt Ellis and Loewi Inc, Piper Jaffray and Hopwood Inc and ...":
// a comma before the partners, a comma or "and" and a capitalised word after the legal form);
// "Tokai International and Daiwa Europe Ltd" with no list around it stays two. Never throws.
void RepairCommaFirmNames(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
