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
    if (!marker) continue;
    // "acquired units including Bar Harbor Air Line": a named example is acted on itself.
    const std::string word = tree.Lower(*marker);
    const bool example = word == "including" || word == "such" || word == "like";
    if (!example && tree.Upos(*marker) != "ADP") continue;
    for (const int conj : Conjuncts(tree, n)) {
      auto name = MakeArgument(tree, conj, context);
      if (!name || !name->named) continue;
      out.push_back({example ? "" : tree.Lemma(noun) + " " + word, std::move(*name), n});
    }
  }
  return out;
}

}  // namespace kg::extract
