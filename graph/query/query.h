#pragma once

// A small pattern language over the graph, Cypher-like:
//
//   (c:COUNTRY)-[:fund|finance]->(x) RETURN c, x
//   (a {name:"Merz"})-[*1..3]-(b {name:"Putin"}) RETURN a, b
//   (p:PERSON)-[r:say]->(q), (p)-[:meet]-(o:PERSON) WHERE r.confidence > 0.5 RETURN p, q LIMIT 10
//
// Nodes: (var:TYPE {name:"..."}), every part optional. Edges: -[var:pred1|pred2*min..max]-> ,
// <-[...]- , or -[...]- for either direction; -->, <--, -- are edges without constraints.
// Predicates match the lemma or its first words ("fund" matches "fund with").
// WHERE: var.name / var.type / var.confidence / var.predicate, and on edges var.negated,
// var.modality, var.attributed_to, var.time, var.asserted (true/false: neither negated, nor
// modal, nor merely reported; model::IsAsserted), compared with = <> < > <= >= CONTAINS, joined
// by AND. RETURN: variables, or var.name / var.type / var.predicate /
// var.confidence; default: every named variable. LIMIT n.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/traverse/traverse.h"

namespace kg::query {

// A syntax error, with the 1-based column it points at.
class QueryError : public std::runtime_error {
 public:
  QueryError(const std::string& message, std::size_t column)
      : std::runtime_error(message), column_(column) {}
  [[nodiscard]] std::size_t column() const { return column_; }

 private:
  std::size_t column_;
};

struct NodePattern {
  std::string var;
  std::optional<model::EntityType> type;
  std::optional<std::string> name;
};

enum class Direction { kForward, kBackward, kEither };

struct EdgePattern {
  std::string var;
  std::vector<std::string> predicates;  // empty: any
  int min_hops = 1;
  int max_hops = 1;
  Direction direction = Direction::kForward;
};

struct PathPattern {
  std::vector<NodePattern> nodes;  // nodes.size() == edges.size() + 1
  std::vector<EdgePattern> edges;
};

enum class CompareOp { kEq, kNe, kLt, kGt, kLe, kGe, kContains };

struct Condition {
  std::string var;
  std::string property;  // name, type, confidence, predicate, negated, modality, ...
  CompareOp op = CompareOp::kEq;
  std::string value;
  std::size_t column = 0;
};

struct ReturnItem {
  std::string var;
  std::string property;  // empty: the whole variable
};

struct Query {
  std::vector<PathPattern> patterns;
  std::vector<Condition> where;
  std::vector<ReturnItem> returns;
  std::size_t limit = 0;
};

// Throws QueryError on a syntax error.
[[nodiscard]] Query Parse(const std::string& text);

// One value of a result row: a node, an edge (or the edges of a variable-length path), or text.
struct Value {
  std::optional<traverse::Vertex> node;
  std::vector<traverse::Edge> edges;
  std::string text;
};

struct Row {
  std::vector<Value> values;          // one per column
  std::vector<traverse::Edge> edges;  // every edge the match used, for evidence
};

struct Result {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

// Finds the entity ids a name refers to (canonical name or alias); supplied by the caller, who
// knows the store's aliases.
using NameResolver = std::function<std::vector<std::int64_t>(const std::string&)>;

// What the store knows about a triple beyond the graph (the fields of model::Triple that the
// graph does not hold). The defaults say: not modal, said by the article itself, undated.
struct EdgeFacts {
  std::string modality;       // "could", "will", ...; "" for none
  std::string attributed_to;  // who the article credits with a reported fact; "" for none
  bool asserted = true;       // false: the article only reports it (model::Triple::asserted)
  std::string time;           // ISO 8601 at the text's precision ("2024-03"); "" undated
};

// The facts of a triple by id; supplied by the caller, who reads the store. Without one, every
// edge has the defaults.
using FactsLookup = std::function<EdgeFacts(std::int64_t triple_id)>;

// Runs a query on a loaded graph. Matches are distinct in their bindings; edges are not reused
// within one match. Throws QueryError for an unknown variable in WHERE or RETURN.
[[nodiscard]] Result Run(const Query& query, const traverse::GraphView& view,
                         const NameResolver& names, const FactsLookup& facts = {});

}  // namespace kg::query
