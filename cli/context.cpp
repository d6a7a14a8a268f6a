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

std::function<bool(const traverse::RelationEdge&)> AssertedEdges(const store::Store& store) {
  std::unordered_set<std::int64_t> modal;
  for (const auto& m : store.ModalTriples()) modal.insert(m.id);
  return [modal = std::move(modal)](const traverse::RelationEdge& r) {
    return !r.negated && modal.count(r.triple_id) == 0;
  };
}

}  // namespace kg::cli
