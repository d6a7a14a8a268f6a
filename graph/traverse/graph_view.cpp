#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "graph/traverse/marks.h"
#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

Marks& ReachMarks() {
  thread_local Marks marks;
  return marks;
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

GraphView::GraphView(Graph graph) : graph_(std::move(graph)) {
  by_id_.reserve(num_vertices(graph_));
  for (const Vertex v : boost::make_iterator_range(vertices(graph_)))
    by_id_.emplace_back(graph_[v].id, v);
  if (!std::is_sorted(by_id_.begin(), by_id_.end())) std::sort(by_id_.begin(), by_id_.end());
}

std::optional<Vertex> GraphView::Find(std::int64_t entity_id) const {
  const auto it =
      std::lower_bound(by_id_.begin(), by_id_.end(), std::pair<std::int64_t, Vertex>{entity_id, 0});
  if (it == by_id_.end() || it->first != entity_id) return std::nullopt;
  return it->second;
}

std::size_t GraphView::Degree(Vertex v) const {
  return out_degree(v, graph_) + in_degree(v, graph_);
}

std::vector<std::pair<Vertex, int>> GraphView::Reach(Vertex centre, int depth) const {
  Marks& seen = ReachMarks();
  seen.Begin(num_vertices(graph_));
  seen.Mark(centre, 0);
  std::vector<std::pair<Vertex, int>> found{{centre, 0}};
  // found doubles as the queue: everything after `next` is still to be expanded.
  for (std::size_t next = 0; next < found.size(); ++next) {
    const auto [v, d] = found[next];
    if (d >= depth) break;  // found is in order of distance
    const auto visit = [&](Vertex w) {
      if (seen.Seen(w)) return;
      seen.Mark(w, d + 1);
      found.emplace_back(w, d + 1);
    };
    for (const Edge e : boost::make_iterator_range(out_edges(v, graph_))) visit(target(e, graph_));
    for (const Edge e : boost::make_iterator_range(in_edges(v, graph_))) visit(source(e, graph_));
  }
  return found;
}

Neighbourhood GraphView::Neighbours(Vertex centre, int depth) const {
  auto found = Reach(centre, depth);
  std::stable_sort(found.begin() + 1, found.end(), [&](const auto& a, const auto& b) {
    return std::tie(a.second, graph_[a.first].name) < std::tie(b.second, graph_[b.first].name);
  });
  Neighbourhood n;
  n.vertices.reserve(found.size());
  n.distance.reserve(found.size());
  for (const auto& [v, d] : found) {
    n.vertices.push_back(v);
    n.distance.push_back(d);
  }
  const Marks& seen = ReachMarks();  // still the marks of the Reach above
  for (const Vertex v : n.vertices) {
    for (const Edge e : boost::make_iterator_range(out_edges(v, graph_))) {
      if (seen.Seen(target(e, graph_))) n.edges.push_back(e);
    }
  }
  std::sort(n.edges.begin(), n.edges.end(), [&](const Edge& a, const Edge& b) {
    return graph_[a].triple_id < graph_[b].triple_id;
  });
  return n;
}

std::vector<int> GraphView::Components(int* count) const {
  std::vector<int> comp(num_vertices(graph_), -1);
  std::vector<Vertex> stack;
  int next = 0;
  for (const Vertex start : boost::make_iterator_range(vertices(graph_))) {
    if (comp[start] >= 0) continue;
    stack.push_back(start);
    comp[start] = next;
    while (!stack.empty()) {
      const Vertex v = stack.back();
      stack.pop_back();
      const auto visit = [&](Vertex w) {
        if (comp[w] < 0) {
          comp[w] = next;
          stack.push_back(w);
        }
      };
      for (const Edge e : boost::make_iterator_range(out_edges(v, graph_)))
        visit(target(e, graph_));
      for (const Edge e : boost::make_iterator_range(in_edges(v, graph_))) visit(source(e, graph_));
    }
    ++next;
  }
  *count = next;
  return comp;
}

Graph GraphView::Induced(const Neighbourhood& part) const {
  GraphBuilder b;
  std::vector<Vertex> sorted = part.vertices;
  std::sort(sorted.begin(), sorted.end(),
            [&](Vertex x, Vertex y) { return graph_[x].id < graph_[y].id; });
  std::unordered_map<Vertex, Vertex> map;
  for (const Vertex v : sorted) map[v] = b.AddVertex(graph_[v]);
  for (const Edge e : part.edges)
    b.AddEdge(map.at(source(e, graph_)), map.at(target(e, graph_)), graph_[e]);
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
  const auto type_ok = [&](Vertex v) {
    return filter.types.empty() ||
           std::find(filter.types.begin(), filter.types.end(), g[v].type) != filter.types.end();
  };
  std::vector<Edge> kept;
  std::vector<bool> used(num_vertices(g), false);
  for (const Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    if (r.confidence + 1e-12 < filter.min_confidence ||
        !PredicateMatches(filter.predicates, r.predicate) || (filter.keep && !filter.keep(r)))
      continue;
    if (!type_ok(source(e, g)) || !type_ok(target(e, g))) continue;
    kept.push_back(e);
    used[source(e, g)] = true;
    used[target(e, g)] = true;
  }
  // Vertices in the original order, so that output stays deterministic.
  GraphBuilder b;
  std::vector<Vertex> map(num_vertices(g));
  for (const Vertex v : boost::make_iterator_range(vertices(g))) {
    if (used[v]) map[v] = b.AddVertex(g[v]);
  }
  for (const Edge e : kept) b.AddEdge(map[source(e, g)], map[target(e, g)], g[e]);
  return std::move(b).Build();
}

}  // namespace kg::traverse
