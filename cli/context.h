#pragma once

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/store/store.h"
#include "graph/traverse/traverse.h"
#include "model/diagnostic.h"
#include "model/triple.h"

namespace kg::cli {

// Options every command shares, and the exit code a command asks for.
struct Context {
  std::string db = DefaultDb();
  int exit_code = 0;

  static std::string DefaultDb() {
    const char* env = std::getenv("KG_DB");
    return env != nullptr && *env != '\0' ? env : "kg.db";
  }
};

// The entity a user named: canonical names and aliases, case-insensitive; when several match,
// the best connected. Throws kg::Error (kNotFound) with the closest names as a hint.
std::int64_t ResolveEntity(const store::Store& store, const std::string& name);

// Entity types named on the command line; throws kg::Error (kInvalidInput) naming an unknown one,
// with the known types as a hint.
std::vector<model::EntityType> ParseTypes(const std::vector<std::string>& names);

// --exclude-type TYPE... and --entities-only (which excludes the value types MONEY, DATE and
// QUANTITY, and OTHER): the entity types a command keeps.
struct ExcludeTypes {
  std::vector<std::string> names;
  bool entities_only = false;
  // Every type not excluded, for EdgeFilter::types; empty when nothing is excluded. Throws
  // kg::Error (kInvalidInput) for an unknown type name.
  [[nodiscard]] std::vector<model::EntityType> Kept() const;
};
// Adds --exclude-type and --entities-only to cmd, filling into.
void AddExcludeTypeOptions(CLI::App& cmd, ExcludeTypes& into);
// view with only the edges between kept types (and their vertices); view itself when nothing is
// excluded.
[[nodiscard]] traverse::GraphView WithoutTypes(traverse::GraphView view, const ExcludeTypes& ex);

// One entity type named on the command line, or none for "".
std::optional<model::EntityType> TypeOption(const std::string& name);

// Prints "kg: error: <location>: <reason>" for each diagnostic.
void ReportDiagnostics(const std::vector<model::Diagnostic>& diagnostics);

// The stored triples behind a set of edges, read in one batch (Store::TriplesByIds).
class EdgeTriples {
 public:
  EdgeTriples(const store::Store& store, const std::vector<std::int64_t>& triple_ids);
  // REQUIRES: id was among triple_ids and is in the store.
  [[nodiscard]] const model::Triple& Of(std::int64_t id) const { return by_id_.at(id).triple; }

 private:
  std::unordered_map<std::int64_t, store::StoredTriple> by_id_;
};

// --asserted-only: a test that keeps the edges whose triple is a plain assertion (see
// model::IsAsserted): not negated, no modality, not merely reported. `qualified` is
// store::Store::QualifiedTriples() (the triples with any qualifier); the second form reads it.
[[nodiscard]] std::function<bool(const traverse::RelationEdge&)> AssertedEdges(
    const std::vector<store::QualifiedTriple>& qualified);
[[nodiscard]] std::function<bool(const traverse::RelationEdge&)> AssertedEdges(
    const store::Store& store);

}  // namespace kg::cli
