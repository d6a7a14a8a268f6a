#pragma once

// The store as a Boost.Graph: loaded once, read-only afterwards.
//
//   auto view = kg::traverse::GraphView::Load(store);
//   auto path = view.ShortestPath(*view.Find(a), *view.Find(b), 6);
//
// Edges are directed (subject -> object), but neighbourhoods, paths and components follow them
// in either direction: "how is A connected to B" does not care who acted on whom.
// Thread-safe for concurrent reads.
//
// A view is flat compressed-sparse-row arrays (graph/traverse/csr.h): loaded from a store, they are
// the snapshot file beside it, mapped read-only, its indices checked in one pass, and traversed in
// place: a command that asks one question of a million-edge graph builds and copies nothing.
// Boost's graph (below) is built from the same arrays, with the same vertex and edge indices, when
// a caller asks for graph().
//
// The graph is Boost's compressed sparse row graph, bidirectional, with 32-bit vertex and edge
// indices: out-edges of a vertex lie side by side, and an edge costs 12 bytes of structure plus its
// RelationEdge (40 bytes; predicates and relations are interned Symbols). It is immutable: build
// one with GraphBuilder.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "graph/store/store.h"
#include "graph/traverse/symbol.h"
#include "model/entity_type.h"

namespace kg::traverse {

struct EntityVertex {
  std::int64_t id = 0;  // the store's entity id
  std::string name;
  model::EntityType type = model::EntityType::kOther;
};

struct RelationEdge {
  std::int64_t triple_id = 0;  // the store's triple id, for evidence
  Symbol predicate;
  Symbol relation;
  double confidence = 0.0;
  bool negated = false;
};

using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, EntityVertex, RelationEdge,
                                                 boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Collects vertices and edges, then builds the immutable Graph in linear time. A vertex's edges
// keep the order they were added in.
class GraphBuilder {
 public:
  Vertex AddVertex(EntityVertex vertex);
  void AddEdge(Vertex source, Vertex target, RelationEdge edge);
  void Reserve(std::size_t vertices, std::size_t edges);
  [[nodiscard]] std::size_t vertex_count() const { return vertices_.size(); }
  [[nodiscard]] Graph Build() &&;

 private:
  std::vector<EntityVertex> vertices_;
  std::vector<std::pair<Vertex, Vertex>> ends_;
  std::vector<RelationEdge> edges_;
};

// One step of a path: the edge, and whether it was walked subject -> object.
struct Hop {
  Edge edge;
  Vertex from;
  Vertex to;
  bool forward = true;
};

struct Neighbourhood {
  // The centre first, then by distance, then by name; with Cut::limit, by distance, then by
  // degree (most connected first), then by name.
  std::vector<Vertex> vertices;
  std::vector<int> distance;  // parallel to vertices
  std::vector<Edge> edges;    // every edge among the vertices (with Cut::limit, see there)
  // Vertices the cut reached, the centre included, before Cut::limit kept the first of them:
  // vertices.size() when nothing was left out.
  std::size_t reached = 0;
};

// Which edges a subgraph keeps: predicates (lemma or its first words), endpoint types, a floor on
// confidence. Empty lists keep everything.
struct EdgeFilter {
  std::vector<model::EntityType> types;
  std::vector<std::string> predicates;
  double min_confidence = 0.0;
  // A further test on each edge (e.g. --asserted-only); empty keeps every edge.
  std::function<bool(const RelationEdge&)> keep;

  [[nodiscard]] bool empty() const {
    return types.empty() && predicates.empty() && min_confidence <= 0.0 && !keep;
  }
};

// True when wanted is empty or one of its predicates is the lemma or its first words,
// case-insensitively ("fund" and "Fund" match "fund with").
[[nodiscard]] bool PredicateMatches(const std::vector<std::string>& wanted,
                                    std::string_view predicate);

// The edges of g that pass the filter, with their endpoints (vertices left without an edge go).
[[nodiscard]] Graph Filter(const Graph& g, const EdgeFilter& filter);

// Which hops a path may take: only these predicates (empty: any), never through these types.
struct PathFilter {
  std::vector<std::string> via;
  std::vector<model::EntityType> avoid;
};

enum class Centrality { kDegree, kPageRank, kBetweenness };

class CsrData;

// The subgraph a user asks for: around a focus (or the whole graph), keeping edges that pass the
// filter. One cut for every command that takes --focus/--depth/--type/--predicate/
// --min-confidence (neighbors, export).
struct Cut {
  std::optional<Vertex> focus;  // none: the whole graph
  int depth = 2;                // hops around the focus, in either direction
  // Only edges with these predicates and this confidence are walked and kept; only vertices of
  // these types are kept (the focus always is).
  EdgeFilter filter;
  // With a focus: keep only the focus and this many other vertices, the nearest first and among
  // those at one distance the most connected (degree in the whole graph), then by name, and for
  // each kept vertex one edge: the one (lowest triple id) that reaches it from a kept vertex a
  // hop nearer. 0 keeps every vertex, in the order of distance and name, and every edge among
  // them. The search still walks the whole cut (Neighbourhood::reached counts it); the edges
  // and the sort cost only what is kept.
  std::size_t limit = 0;
};

class GraphView {
 public:
  // Reads every entity and triple of the store. With kUse, the graph is kept in a file beside
  // the store (STORE-graph) and read from there while the store has not changed since: the
  // snapshot loads several times faster than the tables. A cache that cannot be written or read
  // is rebuilt from the store; it never changes an answer.
  enum class Cache { kUse, kIgnore };
  [[nodiscard]] static GraphView Load(const store::Store& store, Cache cache = Cache::kUse);
  // Builds a view over a graph made elsewhere (tests, subgraphs).
  explicit GraphView(Graph graph);

  // The Boost graph; built from the arrays on the first call (tens of milliseconds per million
  // edges) and kept. Thread-safe.
  [[nodiscard]] const Graph& graph() const;
  [[nodiscard]] std::optional<Vertex> Find(std::int64_t entity_id) const;

  // Read in place, without building the Boost graph.
  [[nodiscard]] std::size_t vertex_count() const;
  [[nodiscard]] std::size_t edge_count() const;
  [[nodiscard]] std::string_view Name(Vertex v) const;  // lives as long as the view
  [[nodiscard]] model::EntityType Type(Vertex v) const;
  [[nodiscard]] std::int64_t EntityId(Vertex v) const;
  [[nodiscard]] std::int64_t TripleId(const Edge& e) const;
  [[nodiscard]] Vertex Source(const Edge& e) const;
  [[nodiscard]] Vertex Target(const Edge& e) const;

  // The cut's vertices (the focus first, then by distance and name; without a focus in vertex
  // order, distance 0) and its edges in triple id order.
  [[nodiscard]] Neighbourhood Subgraph(const Cut& cut) const;

  // Every vertex within depth hops of centre, in either direction, with the edges among them,
  // sorted for people (see Neighbourhood).
  [[nodiscard]] Neighbourhood Neighbours(Vertex centre, int depth) const;
  // The same vertices and distances in the order a breadth-first search finds them, the centre
  // first, without edges: for counting and for callers that sort on their own.
  [[nodiscard]] std::vector<std::pair<Vertex, int>> Reach(Vertex centre, int depth) const;
  // The shortest path from a to b in hops, in either direction; empty when none within max_hops.
  // A breadth-first search from both ends, the smaller frontier first.
  [[nodiscard]] std::optional<std::vector<Hop>> ShortestPath(Vertex a, Vertex b,
                                                             int max_hops) const;
  [[nodiscard]] std::optional<std::vector<Hop>> ShortestPath(
      Vertex a, Vertex b, int max_hops, const PathFilter& filter,
      const std::set<std::int64_t>& banned_edges, const std::set<Vertex>& banned_vertices) const;
  // Up to k shortest distinct paths (Yen), shortest first.
  [[nodiscard]] std::vector<std::vector<Hop>> ShortestPaths(Vertex a, Vertex b, std::size_t k,
                                                            int max_hops,
                                                            const PathFilter& filter) const;
  // A score per vertex: degree, PageRank (damping 0.85) or betweenness (on the undirected graph).
  [[nodiscard]] std::vector<double> Rank(Centrality by) const;
  // A component number for each vertex (weakly connected components) and how many there are.
  [[nodiscard]] std::vector<int> Components(int* count) const;
  // How many weakly connected components there are, and the vertex count of the largest (0 for
  // an empty graph): counted once when the view's arrays were made (a snapshot keeps them, so
  // that `kg stats` reads them without a pass over the graph), in O(1) here.
  [[nodiscard]] std::size_t component_count() const;
  [[nodiscard]] std::size_t largest_component() const;
  [[nodiscard]] std::size_t Degree(Vertex v) const;

  // The graph made of a neighbourhood's vertices (in entity id order) and edges, ids and
  // properties kept.
  [[nodiscard]] Graph Induced(const Neighbourhood& part) const;

 private:
  struct Lazy;
  explicit GraphView(std::shared_ptr<const CsrData> data);
  std::shared_ptr<const CsrData> data_;
  std::shared_ptr<Lazy> lazy_;
};

}  // namespace kg::traverse
