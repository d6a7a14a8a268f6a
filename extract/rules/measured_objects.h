#pragma once

#include <optional>

#include "extract/clauses/argument.h"
#include "nlp/dep_tree.h"

namespace kg::extract {

// A measure noun whose "of" phrase is the amount: "reported a loss of 53.4 mln dlrs", "posted
// sales of 2.1 bln yen", "raised its stake to 9.5 pct". The graph's object is the amount as a
// value node (MONEY 53400000 USD), the noun joins the predicate ("report loss of"), so the value
// is not buried in a phrase node ("1986 loss of 53.4 mln dlrs").
struct MeasuredAmount {
  int noun = nlp::DepTree::kNone;  // the measure noun's token: "loss"
  Argument amount;                 // the value argument, with Argument::value set
};

// The amount of the measure noun headed by `noun`: its nmod with case "of" when MakeArgument
// reads that as a MONEY, PERCENT or QUANTITY value. Empty when `noun` is not a common noun or
// has no such phrase. Never throws.
[[nodiscard]] std::optional<MeasuredAmount> AmountOf(const nlp::DepTree& tree, int noun,
                                                     const ArgumentContext& context);

}  // namespace kg::extract
