// Neighbourhoods, components and cuts, read in place from the CSR arrays.
#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "graph/traverse/csr.h"
#include "graph/traverse/marks.h"
#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

Marks& ReachMarks() {
  thread_local Marks marks;
  return marks;
}

// Sorts vertices after the first (the focus) by distance (from marks), then by name; with a
// limit, by distance, then degree (most first), then name, keeping the first limit of them.
void OrderNearest(const CsrArrays& a, const Marks& marks, std::size_t limit,
                  std::vector<Vertex>& vertices) {
  const auto rest = vertices.begin() + 1;
  if (limit == 0) {
    std::stable_sort(rest, vertices.end(), [&](Vertex x, Vertex y) {
      return std::pair(marks.Distance(x), a.Name(x)) < std::pair(marks.Distance(y), a.Name(y));
    });
    return;
  }
  const auto key = [&](Vertex v) {
    const std::uint32_t degree =
        (a.out_start[v + 1] - a.out_start[v]) + (a.in_start[v + 1] - a.in_start[v]);
    return std::tuple(marks.Distance(v), -static_cast<std::int64_t>(degree), a.Name(v), v);
  };
  const auto keep = static_cast<std::ptrdiff_t>(std::min(limit, vertices.size() - 1));
  std::partial_sort(rest, rest + keep, vertices.end(),
                    [&](Vertex x, Vertex y) { return key(x) < key(y); });
  vertices.erase(rest + keep, vertices.end());
}

// For each vertex of n after the focus, the one edge (the lowest triple id, passing edge_ok)
// that reaches it from a marked vertex a hop nearer: as many edges as vertices, however dense
// the hubs among them are.
template <typename EdgeOk>
void ReachingEdges(const CsrArrays& a, const Marks& marks, Neighbourhood& n, EdgeOk&& edge_ok) {
  for (std::size_t i = 1; i < n.vertices.size(); ++i) {
    std::optional<Edge> best;
    ForEachIncident(a, n.vertices[i], [&](const Edge& e, Vertex w, bool) {
      if (!marks.Seen(w) || marks.Distance(w) != n.distance[i] - 1) return;
      if (best && a.edge_triple[best->idx] <= a.edge_triple[e.idx]) return;
      if (edge_ok(static_cast<std::uint32_t>(e.idx))) best = e;
    });
    if (best) n.edges.push_back(*best);
  }
}

}  // namespace

Vertex GraphBuilder::AddVertex(EntityVertex vertex) {
  vertices_.push_back(std::move(vertex));
  return static_cast<Vertex>(vertices_.size() - 1);
}

void GraphBuilder::AddEdge(Vertex source, Vertex target, RelationEdge edge) {
  ends_.emplace_back(source, target);
  edges_.push_back(std::move(edge));
}

void GraphBuilder::Reserve(std::size_t vertices, std::size_t edges) {
  vertices_.reserve(vertices);
  ends_.reserve(edges);
  edges_.reserve(edges);
}

Graph GraphBuilder::Build() && {
  Graph g(boost::edges_are_unsorted_multi_pass, ends_.begin(), ends_.end(), edges_.begin(),
          static_cast<Vertex>(vertices_.size()));
  for (std::size_t v = 0; v < vertices_.size(); ++v)
    g[static_cast<Vertex>(v)] = std::move(vertices_[v]);
  return g;
}

std::size_t GraphView::vertex_count() const { return data_->arrays().n; }
std::size_t GraphView::edge_count() const { return data_->arrays().m; }
std::string_view GraphView::Name(Vertex v) const { return data_->arrays().Name(v); }
model::EntityType GraphView::Type(Vertex v) const {
  return static_cast<model::EntityType>(data_->arrays().vertex_type[v]);
}
std::int64_t GraphView::EntityId(Vertex v) const { return data_->arrays().vertex_id[v]; }
std::int64_t GraphView::TripleId(const Edge& e) const { return data_->arrays().edge_triple[e.idx]; }
Vertex GraphView::Source(const Edge& e) const { return data_->arrays().edge_source[e.idx]; }
Vertex GraphView::Target(const Edge& e) const { return data_->arrays().edge_target[e.idx]; }

std::optional<Vertex> GraphView::Find(std::int64_t entity_id) const {
  const CsrArrays& a = data_->arrays();
  const auto it =
      std::lower_bound(a.by_id, a.by_id + a.n, entity_id,
                       [&](std::uint32_t v, std::int64_t id) { return a.vertex_id[v] < id; });
  if (it == a.by_id + a.n || a.vertex_id[*it] != entity_id) return std::nullopt;
  return *it;
}

std::size_t GraphView::Degree(Vertex v) const {
  const CsrArrays& a = data_->arrays();
  return (a.out_start[v + 1] - a.out_start[v]) + (a.in_start[v + 1] - a.in_start[v]);
}

std::vector<std::pair<Vertex, int>> GraphView::Reach(Vertex centre, int depth) const {
  const CsrArrays& a = data_->arrays();
  Marks& seen = ReachMarks();
  seen.Begin(a.n);
  seen.Mark(centre, 0);
  std::vector<std::pair<Vertex, int>> found{{centre, 0}};
  // found doubles as the queue: everything after `next` is still to be expanded.
  for (std::size_t next = 0; next < found.size(); ++next) {
    const auto [v, d] = found[next];
    if (d >= depth) break;  // found is in order of distance
    ForEachIncident(a, v, [&](const Edge&, Vertex w, bool) {
      if (seen.Seen(w)) return;
      seen.Mark(w, d + 1);
      found.emplace_back(w, d + 1);
    });
  }
  return found;
}

Neighbourhood GraphView::Neighbours(Vertex centre, int depth) const {
  return Subgraph(Cut{centre, depth, {}});
}

Neighbourhood GraphView::Subgraph(const Cut& cut) const {
  const CsrArrays& a = data_->arrays();
  const EdgeFilter& f = cut.filter;
  std::vector<char> predicate_ok(a.symbols.size());
  for (std::size_t s = 0; s < a.symbols.size(); ++s)
    predicate_ok[s] = PredicateMatches(f.predicates, a.symbols[s]) ? 1 : 0;
  const auto edge_ok = [&](std::uint32_t e) {
    return predicate_ok[a.edge_predicate[e]] != 0 &&
           a.edge_confidence[e] + 1e-12 >= f.min_confidence &&
           (!f.keep || f.keep(RelationEdge{a.edge_triple[e], a.symbols[a.edge_predicate[e]],
                                           a.symbols[a.edge_relation[e]], a.edge_confidence[e],
                                           a.edge_negated[e] != 0}));
  };
  const auto type_ok = [&](Vertex v) {
    return f.types.empty() || std::find(f.types.begin(), f.types.end(), Type(v)) != f.types.end();
  };
  Marks& kept = ReachMarks();
  kept.Begin(a.n);
  Neighbourhood n;
  if (cut.focus) {
    // Walk the edges that pass, then keep the vertices of the wanted types (the focus always).
    std::vector<std::pair<Vertex, int>> found{{*cut.focus, 0}};
    kept.Mark(*cut.focus, 0);
    for (std::size_t next = 0; next < found.size(); ++next) {
      const auto [v, d] = found[next];
      if (d >= cut.depth) break;
      ForEachIncident(a, v, [&](const Edge& e, Vertex w, bool) {
        if (kept.Seen(w) || !edge_ok(static_cast<std::uint32_t>(e.idx))) return;
        kept.Mark(w, d + 1);
        found.emplace_back(w, d + 1);
      });
    }
    for (const auto& [v, d] : found) {
      if (v == *cut.focus || type_ok(v)) n.vertices.push_back(v);
    }
    n.reached = n.vertices.size();
    OrderNearest(a, kept, cut.limit, n.vertices);  // the marks of the walk hold each distance
    for (const Vertex v : n.vertices) n.distance.push_back(kept.Distance(v));
    kept.Begin(a.n);
    for (std::size_t i = 0; i < n.vertices.size(); ++i) kept.Mark(n.vertices[i], n.distance[i]);
  } else {
    for (std::uint32_t v = 0; v < a.n; ++v) {
      if (type_ok(v)) kept.Mark(v, 0);
    }
  }
  const bool everything = !cut.focus && f.empty();
  std::vector<char> used(cut.focus ? 0 : a.n, everything ? 1 : 0);
  for (std::uint32_t e = 0; e < a.m && !cut.focus; ++e) {
    if (kept.Seen(a.edge_source[e]) && kept.Seen(a.edge_target[e]) && edge_ok(e)) {
      n.edges.emplace_back(a.edge_source[e], e);
      used[a.edge_source[e]] = used[a.edge_target[e]] = 1;
    }
  }
  if (cut.focus && cut.limit > 0) {
    ReachingEdges(a, kept, n, edge_ok);
  } else {
    for (const Vertex v : n.vertices) {
      for (std::uint32_t e = a.out_start[v]; e < a.out_start[v + 1]; ++e) {
        if (kept.Seen(a.edge_target[e]) && edge_ok(e)) n.edges.emplace_back(v, e);
      }
    }
  }
  if (!cut.focus) {
    // Without a filter every vertex stays; with one, those left without an edge go.
    for (std::uint32_t v = 0; v < a.n; ++v) {
      if (used[v]) {
        n.vertices.push_back(v);
        n.distance.push_back(0);
      }
    }
    n.reached = n.vertices.size();
  }
  std::sort(n.edges.begin(), n.edges.end(), [&](const Edge& x, const Edge& y) {
    return a.edge_triple[x.idx] < a.edge_triple[y.idx];
  });
  return n;
}

ComponentSizes CountComponents(const CsrArrays& a) {
  ComponentSizes c;
  c.of_vertex.assign(a.n, -1);
  std::vector<Vertex> stack;
  for (Vertex start = 0; start < a.n; ++start) {
    if (c.of_vertex[start] >= 0) continue;
    const int next = static_cast<int>(c.vertices.size());
    c.vertices.push_back(1);
    stack.push_back(start);
    c.of_vertex[start] = next;
    while (!stack.empty()) {
      const Vertex v = stack.back();
      stack.pop_back();
      ForEachIncident(a, v, [&](const Edge&, Vertex w, bool) {
        if (c.of_vertex[w] < 0) {
          c.of_vertex[w] = next;
          ++c.vertices.back();
          stack.push_back(w);
        }
      });
    }
  }
  return c;
}

std::vector<int> GraphView::Components(int* count) const {
  ComponentSizes c = CountComponents(data_->arrays());
  *count = static_cast<int>(c.vertices.size());
  return std::move(c.of_vertex);
}

std::size_t GraphView::component_count() const { return data_->arrays().components; }
std::size_t GraphView::largest_component() const { return data_->arrays().largest_component; }

Graph GraphView::Induced(const Neighbourhood& part) const {
  const CsrArrays& a = data_->arrays();
  GraphBuilder b;
  std::vector<Vertex> sorted = part.vertices;
  std::sort(sorted.begin(), sorted.end(),
            [&](Vertex x, Vertex y) { return EntityId(x) < EntityId(y); });
  std::unordered_map<Vertex, Vertex> map;
  for (const Vertex v : sorted)
    map[v] = b.AddVertex(EntityVertex{EntityId(v), std::string(Name(v)), Type(v)});
  for (const Edge e : part.edges) {
    const std::size_t i = e.idx;
    b.AddEdge(
        map.at(Source(e)), map.at(Target(e)),
        RelationEdge{a.edge_triple[i], a.symbols[a.edge_predicate[i]],
                     a.symbols[a.edge_relation[i]], a.edge_confidence[i], a.edge_negated[i] != 0});
  }
  return std::move(b).Build();
}

bool PredicateMatches(const std::vector<std::string>& wanted, std::string_view predicate) {
  if (wanted.empty()) return true;
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
    std::string lw = w;
    for (char& c : lw) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return predicate == lw || (predicate.size() > lw.size() &&
                               predicate.substr(0, lw.size()) == lw && predicate[lw.size()] == ' ');
  });
}

Graph Filter(const Graph& g, const EdgeFilter& filter) {
  const GraphView view(g);
  return view.Induced(view.Subgraph(Cut{std::nullopt, 0, filter}));
}

}  // namespace kg::traverse
