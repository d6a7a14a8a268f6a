#pragma once

// Private to graph/traverse/: the graph as flat compressed-sparse-row arrays, which is also the
// snapshot file's layout (graph/traverse/snapshot.cpp), so that a mapped snapshot is traversed in
// place, without building anything.
//
// Edge e (0 <= e < m) is the e-th out-edge in source order: the same index Boost's
// compressed_sparse_row_graph gives it when built from the edges in this order, so
// Edge{source, e} is a valid descriptor of the Boost graph built from the same arrays.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store/store.h"
#include "graph/traverse/symbol.h"
#include "graph/traverse/traverse.h"

namespace kg::traverse {

struct CsrArrays {
  std::uint32_t n = 0;                        // vertices
  std::uint32_t m = 0;                        // edges
  const std::int64_t* vertex_id = nullptr;    // [n] the store's entity id
  const std::uint8_t* vertex_type = nullptr;  // [n] model::EntityType
  const std::uint64_t* name_start = nullptr;  // [n + 1] offsets into names
  const char* names = nullptr;                // UTF-8, not terminated
  const std::uint32_t* by_id = nullptr;       // [n] vertices in ascending entity id order
  const std::uint32_t* out_start =
      nullptr;  // [n + 1] v's out-edges: [out_start[v], out_start[v+1])
  const std::uint32_t* edge_source = nullptr;     // [m]
  const std::uint32_t* edge_target = nullptr;     // [m]
  const std::int64_t* edge_triple = nullptr;      // [m] the store's triple id
  const std::uint32_t* edge_predicate = nullptr;  // [m] index into symbols
  const std::uint32_t* edge_relation = nullptr;   // [m] index into symbols
  const double* edge_confidence = nullptr;        // [m]
  const std::uint8_t* edge_negated = nullptr;     // [m] 0 or 1
  const std::uint32_t* in_start = nullptr;        // [n + 1] v's in-edges: in_edge[in_start[v]...]
  const std::uint32_t* in_edge = nullptr;         // [m] forward edge indices, grouped by target
  std::vector<Symbol> symbols;                    // predicates and relations, interned
  std::uint32_t components = 0;                   // weakly connected components
  std::uint32_t largest_component = 0;            // vertices in the largest of them

  [[nodiscard]] std::string_view Name(std::uint32_t v) const {
    return {names + name_start[v], static_cast<std::size_t>(name_start[v + 1] - name_start[v])};
  }
};

// Calls visit(edge, neighbour, forward) for each edge of v: out-edges (forward: v is the subject)
// first, then in-edges.
template <typename Visit>
void ForEachIncident(const CsrArrays& a, Vertex v, Visit&& visit) {
  for (std::uint32_t e = a.out_start[v]; e < a.out_start[v + 1]; ++e)
    visit(Edge(v, e), static_cast<Vertex>(a.edge_target[e]), true);
  for (std::uint32_t k = a.in_start[v]; k < a.in_start[v + 1]; ++k) {
    const std::uint32_t e = a.in_edge[k];
    visit(Edge(a.edge_source[e], e), static_cast<Vertex>(a.edge_source[e]), false);
  }
}

// The weakly connected components of a's graph: a component number for each vertex (from 0, in
// order of each component's lowest vertex), and the vertex count of each component. One
// depth-first pass over the in- and out-edges: O(n + m).
struct ComponentSizes {
  std::vector<int> of_vertex;           // [n]
  std::vector<std::uint32_t> vertices;  // [components]
};
[[nodiscard]] ComponentSizes CountComponents(const CsrArrays& a);

// The bytes behind a CsrArrays: a mapped snapshot file or a buffer in memory. Immutable; shared
// by every copy of a GraphView.
class CsrData {
 public:
  virtual ~CsrData() = default;
  [[nodiscard]] const CsrArrays& arrays() const { return arrays_; }

 protected:
  CsrArrays arrays_;
};

// The snapshot layout of g, tagged with version.
[[nodiscard]] std::string EncodeSnapshot(const Graph& g, const store::ContentVersion& version);
// g's arrays, in a buffer of their own.
[[nodiscard]] std::shared_ptr<const CsrData> ArraysOf(const Graph& g);
// The snapshot at path mapped read-only, when it exists, is whole, and was made from version;
// nullopt otherwise (a missing, stale or damaged snapshot is only slower, never an error).
[[nodiscard]] std::shared_ptr<const CsrData> MapSnapshot(const std::string& path,
                                                         const store::ContentVersion& version);
// The Boost graph with the same vertex and edge indices as the arrays.
[[nodiscard]] Graph BuildGraph(const CsrArrays& a);

}  // namespace kg::traverse
