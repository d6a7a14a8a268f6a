#pragma once

#include <string>

#include "nlp/dep_tree.h"

namespace kg::extract {

// The core of the clause headed by `head`, as a graph node names a reported claim: its subject,
// auxiliaries, negation, copula, predicate, objects and controlled infinitives, each argument
// without its modifying clauses, prepositional modifiers and appositions ("the 1986 loss was
// mainly due to a writedown on its U.S. operations" -> "the 1986 loss was due"; "Vantora Corp.
// must notify regulators of all licence conditions" -> "Vantora Corp. must notify regulators").
// A clausal complement of the predicate keeps its own core ("Brandt told her that Germany will
// never fund the pipeline" keeps "Germany will never fund the pipeline"). `without` (a token or
// kNone) and its subtree are left out. Never throws; "" for an empty clause.
[[nodiscard]] std::string ClauseCore(const nlp::DepTree& tree, int head,
                                     int without = nlp::DepTree::kNone);

}  // namespace kg::extract
