#pragma once

#include <string>
#include <vector>

#include "extract/clauses/argument.h"
#include "nlp/dep_tree.h"

namespace kg::extract {

// A name that a verb's object noun points to through a preposition: "Tomas Berg" of "sought
// advice from Tomas Berg", "the CIA" of "asked questions about the CIA". The graph's edge goes
// from the clause's subject to the name, the noun and preposition joining the predicate ("seek
// advice from"), beside the subject -verb-> noun edge; without it the name is buried in a
// phrase node ("advice from Tomas Berg").
struct ObjectModifier {
  // The object noun's lemma and the case marker: "advice from"; empty for a named example the
  // verb acts on itself ("acquired units including Bar Harbor Air Line", "such as", "like").
  std::string words;
  Argument name;                   // the named argument (Argument::named), one per conjunct
  int nmod = nlp::DepTree::kNone;  // the noun's nmod token the name hangs on (itself or a conjunct)
};

// The named nmod arguments of the common noun `noun` (a clause's object), with their case
// markers; possessives ("Kelso's") and phrases without a preposition are left out. Empty when
// `noun` is not a common noun or has no named modifier. The noun may also be an oblique's
// ("called for a meeting between Putin and Zelenskyy" -> call for meeting between). Never throws.
[[nodiscard]] std::vector<ObjectModifier> NamedModifiersOf(const nlp::DepTree& tree, int noun,
                                                           const ArgumentContext& context);

}  // namespace kg::extract
