#include "cli/context.h"

#include <iostream>
#include <unordered_set>

#include "model/error.h"

namespace kg::cli {

std::int64_t ResolveEntity(const store::Store& store, const std::string& name) {
  const std::vector<std::int64_t> ids = store.FindEntities(name);
  if (ids.empty()) {
    const auto close = store.ClosestNames(name, 3);
    std::string hint;
    for (const auto& c : close) hint += (hint.empty() ? "" : ", ") + c;
    throw Error(ErrorCode::kNotFound,
                "unknown entity '" + name + "'" +
                    (hint.empty() ? "" : " (hint: did you mean " + hint + "?)"));
  }
  std::int64_t best = ids.front();
  std::int64_t best_degree = -1;
  for (const std::int64_t id : ids) {
    const auto e = store.Entity(id);
    if (e && e->mentions > best_degree) {
      best = id;
      best_degree = e->mentions;
    }
  }
  return best;
}

std::vector<model::EntityType> ParseTypes(const std::vector<std::string>& names) {
  std::vector<model::EntityType> out;
  for (const std::string& name : names) {
    const auto t = model::ParseType(name);
    if (!t) {
      throw Error(ErrorCode::kInvalidInput,
                  "unknown entity type '" + name +
                      "' (hint: PERSON, ORGANIZATION, COUNTRY, CITY, LOCATION, EVENT, "
                      "WEAPON, PRODUCT, MONEY, DATE, QUANTITY, OTHER)");
    }
    out.push_back(*t);
  }
  return out;
}

std::optional<model::EntityType> TypeOption(const std::string& name) {
  if (name.empty()) return std::nullopt;
  return ParseTypes({name}).front();
}

void ReportDiagnostics(const std::vector<model::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    std::cerr << "kg: error: " << d.Location() << ": " << d.reason << "\n";
}

EdgeTriples::EdgeTriples(const store::Store& store, const std::vector<std::int64_t>& triple_ids) {
  for (auto& t : store.TriplesByIds(triple_ids)) {
    const std::int64_t id = t.id;
    by_id_.emplace(id, std::move(t));
  }
}

std::function<bool(const traverse::RelationEdge&)> AssertedEdges(
    const std::vector<store::QualifiedTriple>& qualified) {
  // model::IsAsserted: not negated, not modal, not merely reported.
  std::unordered_set<std::int64_t> not_asserted;
  for (const auto& q : qualified) {
    if (!q.modality.empty() || !q.asserted) not_asserted.insert(q.id);
  }
  return [not_asserted = std::move(not_asserted)](const traverse::RelationEdge& r) {
    return !r.negated && not_asserted.count(r.triple_id) == 0;
  };
}

std::function<bool(const traverse::RelationEdge&)> AssertedEdges(const store::Store& store) {
  return AssertedEdges(store.QualifiedTriples());
}

std::vector<model::EntityType> ExcludeTypes::Kept() const {
  std::vector<model::EntityType> excluded = ParseTypes(names);
  if (entities_only) {
    excluded.insert(excluded.end(), {model::EntityType::kMoney, model::EntityType::kDate,
                                     model::EntityType::kQuantity, model::EntityType::kOther,
                                     model::EntityType::kStatement});
  }
  if (excluded.empty()) return {};
  std::vector<model::EntityType> kept;
  for (const auto t : model::kAllEntityTypes) {
    if (std::find(excluded.begin(), excluded.end(), t) == excluded.end()) kept.push_back(t);
  }
  return kept;
}

void AddExcludeTypeOptions(CLI::App& cmd, ExcludeTypes& into) {
  cmd.add_option("--exclude-type", into.names, "Leave out entities of these types")->take_all();
  cmd.add_flag("--entities-only", into.entities_only,
               "Leave out value nodes (MONEY, DATE, QUANTITY), OTHER and STATEMENT");
}

traverse::GraphView WithoutTypes(traverse::GraphView view, const ExcludeTypes& ex) {
  traverse::EdgeFilter filter;
  filter.types = ex.Kept();
  if (filter.empty()) return view;
  return traverse::GraphView(traverse::Filter(view.graph(), filter));
}

}  // namespace kg::cli
