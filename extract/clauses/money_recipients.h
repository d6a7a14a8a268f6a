#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of payments: "Vantora paid $825 million to Kelso", "sent 5 mln dlrs
// to the fund" parsed with "to Kelso" an nmod of the amount, so the payee vanished into the
// value (a money node has no modifiers). A "to" or "from" nmod after the amount, of a verb's
// object that the recogniser tagged MONEY, is the verb's oblique, unless it is itself an amount,
// number or percentage ("raised the price from $5 to $6" is a change of the amount). Never throws.
void RepairMoneyRecipients(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
