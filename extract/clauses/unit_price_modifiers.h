#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a price per unit before a noun: "rejected a 28 dlr a share offer" parsed
// with "28 dlr" the object (or an indirect object beside "a share offer"), so the graph said the
// board rejected 28 dollars. A number, a currency word ("dlr", "dlrs", "cts", "yen", "stg", ...),
// "a" or "per", and a unit ("share", "barrel", "tonne", "ounce", ...), followed by the noun they
// price ("offer", "tender offer", "bid"), form one phrase headed by that noun: the noun takes the
// currency word's place in the tree when it hung under it, and the currency word becomes its
// compound, with the number and the unit as its own dependents; what the parse hung on the
// currency word after the noun ("being paid by Hutton") goes to the noun. A price per unit with no
// noun after it ("rose to 28 dlrs a share") is left alone. And "a" and a unit or period right
// after an amount that the parse hung on the verb ("rose to 25,000 barrels a day" with "a day" an
// oblique) is the amount's rate (nmod:unmarked); "per day" is left where it hangs. When the parse
// made the unit the object ("paid 15 dlrs a share for the stock" with "15 dlrs" an indirect
// object or a bare oblique), the amount becomes the object. Never throws.
void RepairUnitPriceModifiers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
