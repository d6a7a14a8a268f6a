#include "extract/rules/measured_objects.h"

namespace kg::extract {

std::optional<MeasuredAmount> AmountOf(const nlp::DepTree& tree, int noun,
                                       const ArgumentContext& context) {
  if (noun < 0 || noun >= tree.size() || tree.Upos(noun) != "NOUN") return std::nullopt;
  for (const int n : tree.ChildrenWith(noun, "nmod")) {
    if (!tree.HasChildLemma(n, "case", {"of"})) continue;
    auto amount = MakeArgument(tree, n, context);
    if (!amount || amount->value.empty()) continue;
    const model::EntityType type = amount->type;
    if (type == model::EntityType::kMoney || type == model::EntityType::kQuantity)
      return MeasuredAmount{noun, std::move(*amount)};
  }
  return std::nullopt;
}

}  // namespace kg::extract
