#include "extract/rules/object_modifiers.h"

#include "extract/clauses/clause.h"

namespace kg::extract {

std::vector<ObjectModifier> NamedModifiersOf(const nlp::DepTree& tree, int noun,
                                             const ArgumentContext& context) {
  std::vector<ObjectModifier> out;
  if (!IsCommonNoun(tree, noun)) return out;
  for (const int n : tree.ChildrenWith(noun, "nmod")) {
    if (tree.IsRel(n, "nmod:poss")) continue;
    const auto marker = tree.Child(n, "case");
    if (!marker || tree.Upos(*marker) != "ADP") continue;
    for (const int conj : Conjuncts(tree, n)) {
      auto name = MakeArgument(tree, conj, context);
      if (!name || !name->named) continue;
      out.push_back({tree.Lemma(noun) + " " + tree.Lower(*marker), std::move(*name)});
    }
  }
  return out;
}

}  // namespace kg::extract
