#include <algorithm>
#include <cctype>
#include <deque>
#include <map>

#include "graph/traverse/traverse.h"

namespace kg::traverse {

GraphView::GraphView(Graph graph) : graph_(std::move(graph)) {
  for (const Vertex v : boost::make_iterator_range(vertices(graph_))) by_id_[graph_[v].id] = v;
}

GraphView GraphView::Load(const store::Store& store) {
  Graph g;
  std::unordered_map<std::int64_t, Vertex> ids;
  store.ForEachEntity([&](const store::EntityRow& row) {
    ids[row.id] = add_vertex(EntityVertex{row.id, row.name, row.type}, g);
  });
  store.ForEachTriple([&](const store::TripleRow& row) {
    const auto s = ids.find(row.subject_id);
    const auto o = ids.find(row.object_id);
    if (s == ids.end() || o == ids.end()) return;
    add_edge(s->second, o->second,
             RelationEdge{row.id, row.predicate, row.relation, row.confidence, row.negated}, g);
  });
  return GraphView(std::move(g));
}

std::optional<Vertex> GraphView::Find(std::int64_t entity_id) const {
  const auto it = by_id_.find(entity_id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::size_t GraphView::Degree(Vertex v) const {
  return out_degree(v, graph_) + in_degree(v, graph_);
}

Neighbourhood GraphView::Neighbours(Vertex centre, int depth) const {
  std::vector<int> dist(num_vertices(graph_), -1);
  std::deque<Vertex> queue{centre};
  dist[centre] = 0;
  std::vector<Vertex> found{centre};
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (dist[v] >= depth) continue;
    const auto visit = [&](Vertex w) {
      if (dist[w] >= 0) return;
      dist[w] = dist[v] + 1;
      found.push_back(w);
      queue.push_back(w);
    };
    for (const Edge e : boost::make_iterator_range(out_edges(v, graph_))) visit(target(e, graph_));
    for (const Edge e : boost::make_iterator_range(in_edges(v, graph_))) visit(source(e, graph_));
  }
  std::stable_sort(found.begin() + 1, found.end(), [&](Vertex a, Vertex b) {
    return std::tie(dist[a], graph_[a].name) < std::tie(dist[b], graph_[b].name);
  });
  Neighbourhood n;
  n.vertices = found;
  for (const Vertex v : found) n.distance.push_back(dist[v]);
  for (const Vertex v : found) {
    for (const Edge e : boost::make_iterator_range(out_edges(v, graph_))) {
      if (dist[target(e, graph_)] >= 0) n.edges.push_back(e);
    }
  }
  std::sort(n.edges.begin(), n.edges.end(), [&](const Edge& a, const Edge& b) {
    return graph_[a].triple_id < graph_[b].triple_id;
  });
  return n;
}

std::vector<int> GraphView::Components(int* count) const {
  std::vector<int> comp(num_vertices(graph_), -1);
  int next = 0;
  for (const Vertex start : boost::make_iterator_range(vertices(graph_))) {
    if (comp[start] >= 0) continue;
    std::vector<Vertex> stack{start};
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
  Graph g;
  std::map<Vertex, Vertex> map;
  std::vector<Vertex> sorted = part.vertices;
  std::sort(sorted.begin(), sorted.end(),
            [&](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  for (const Vertex v : sorted) map[v] = add_vertex(graph_[v], g);
  for (const Edge e : part.edges)
    add_edge(map.at(source(e, graph_)), map.at(target(e, graph_)), graph_[e], g);
  return g;
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
  Graph out;
  std::map<Vertex, Vertex> map;
  const auto copy = [&](Vertex v) {
    const auto it = map.find(v);
    if (it != map.end()) return it->second;
    return map[v] = add_vertex(g[v], out);
  };
  // Vertices first, in the original order, so that output stays deterministic.
  std::vector<Edge> kept;
  std::vector<bool> used(num_vertices(g), false);
  for (const Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    if (r.confidence + 1e-12 < filter.min_confidence ||
        !PredicateMatches(filter.predicates, r.predicate))
      continue;
    if (!type_ok(source(e, g)) || !type_ok(target(e, g))) continue;
    kept.push_back(e);
    used[source(e, g)] = true;
    used[target(e, g)] = true;
  }
  for (const Vertex v : boost::make_iterator_range(vertices(g))) {
    if (used[v]) copy(v);
  }
  for (const Edge e : kept) add_edge(copy(source(e, g)), copy(target(e, g)), g[e], out);
  return out;
}

}  // namespace kg::traverse
