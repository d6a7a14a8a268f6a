// Centrality and k shortest paths on the loaded graph.
#include <algorithm>
#include <deque>
#include <set>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/traverse/traverse.h"

namespace kg::traverse {

std::vector<double> GraphView::Rank(Centrality by) const {
  const std::size_t n = num_vertices(graph_);
  std::vector<double> score(n, 0.0);
  if (n == 0) return score;
  switch (by) {
    case Centrality::kDegree:
      for (const Vertex v : boost::make_iterator_range(vertices(graph_)))
        score[v] = static_cast<double>(Degree(v));
      break;
    case Centrality::kPageRank: {
      // Boost's page_rank leaks the rank of vertices without out-edges (news graphs have many:
      // quotes, places); the same power iteration here gives their rank back to every vertex.
      constexpr double kDamping = 0.85;
      std::vector<double> next(n);
      std::fill(score.begin(), score.end(), 1.0 / static_cast<double>(n));
      for (int iteration = 0; iteration < 50; ++iteration) {
        double dangling = 0.0;
        for (const Vertex v : boost::make_iterator_range(vertices(graph_))) {
          if (out_degree(v, graph_) == 0) dangling += score[v];
        }
        std::fill(next.begin(), next.end(),
                  (1.0 - kDamping + kDamping * dangling) / static_cast<double>(n));
        for (const Vertex v : boost::make_iterator_range(vertices(graph_))) {
          const std::size_t out = out_degree(v, graph_);
          if (out == 0) continue;
          const double share = kDamping * score[v] / static_cast<double>(out);
          for (const Edge e : boost::make_iterator_range(out_edges(v, graph_)))
            next[target(e, graph_)] += share;
        }
        score.swap(next);
      }
      break;
    }
    case Centrality::kBetweenness: {
      // Who stands between others, whichever way the edges point: Brandes on an undirected copy.
      using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
      Undirected u(n);
      for (const Edge e : boost::make_iterator_range(edges(graph_))) {
        if (source(e, graph_) != target(e, graph_))
          add_edge(source(e, graph_), target(e, graph_), u);
      }
      boost::brandes_betweenness_centrality(
          u, boost::centrality_map(
                 boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, u))));
      break;
    }
  }
  return score;
}

std::optional<std::vector<Hop>> GraphView::ShortestPath(Vertex a, Vertex b, int max_hops) const {
  return ShortestPath(a, b, max_hops, PathFilter{}, {}, {});
}

std::optional<std::vector<Hop>> GraphView::ShortestPath(
    Vertex a, Vertex b, int max_hops, const PathFilter& filter,
    const std::set<std::int64_t>& banned_edges, const std::set<Vertex>& banned_vertices) const {
  const std::size_t n = num_vertices(graph_);
  std::vector<int> dist(n, -1);
  std::vector<std::optional<Hop>> via(n);
  std::deque<Vertex> queue{a};
  dist[a] = 0;
  const auto allowed = [&](const Hop& h) {
    const auto& r = graph_[h.edge];
    if (banned_edges.count(r.triple_id) || banned_vertices.count(h.to)) return false;
    if (!PredicateMatches(filter.via, r.predicate)) return false;
    // Avoided types may not be passed through; the ends are what the user asked for.
    return h.to == b || std::find(filter.avoid.begin(), filter.avoid.end(), graph_[h.to].type) ==
                            filter.avoid.end();
  };
  while (!queue.empty() && dist[b] < 0) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (dist[v] >= max_hops) continue;
    // Out-edges then in-edges, the more confident first, so that the answer is deterministic.
    std::vector<Hop> steps;
    for (const Edge e : boost::make_iterator_range(out_edges(v, graph_)))
      steps.push_back({e, v, target(e, graph_), true});
    for (const Edge e : boost::make_iterator_range(in_edges(v, graph_)))
      steps.push_back({e, v, source(e, graph_), false});
    std::sort(steps.begin(), steps.end(), [&](const Hop& x, const Hop& y) {
      return std::tie(graph_[x.edge].confidence, graph_[y.edge].triple_id) >
             std::tie(graph_[y.edge].confidence, graph_[x.edge].triple_id);
    });
    for (const Hop& h : steps) {
      if (dist[h.to] >= 0 || !allowed(h)) continue;
      dist[h.to] = dist[v] + 1;
      via[h.to] = h;
      queue.push_back(h.to);
    }
  }
  if (dist[b] < 0) return std::nullopt;
  std::vector<Hop> path;
  for (Vertex v = b; v != a; v = via[v]->from) path.push_back(*via[v]);
  std::reverse(path.begin(), path.end());
  return path;
}

// Yen's algorithm: each next path deviates from an earlier one at some hop, with the earlier
// paths' next edges from that spur banned and the root's vertices unavailable.
std::vector<std::vector<Hop>> GraphView::ShortestPaths(Vertex a, Vertex b, std::size_t k,
                                                       int max_hops,
                                                       const PathFilter& filter) const {
  std::vector<std::vector<Hop>> found;
  const auto first = ShortestPath(a, b, max_hops, filter, {}, {});
  if (!first) return found;
  found.push_back(*first);
  const auto key = [&](const std::vector<Hop>& p) {
    std::vector<std::int64_t> ids;
    for (const Hop& h : p) ids.push_back(graph_[h.edge].triple_id);
    return ids;
  };
  std::set<std::vector<std::int64_t>> seen{key(*first)};
  std::vector<std::vector<Hop>> candidates;
  while (found.size() < k) {
    const std::vector<Hop>& last = found.back();
    for (std::size_t i = 0; i < last.size(); ++i) {
      const Vertex spur = last[i].from;
      std::set<std::int64_t> banned_edges;
      for (const auto& p : found) {
        if (p.size() > i &&
            std::equal(p.begin(), p.begin() + static_cast<long>(i), last.begin(),
                       [&](const Hop& x, const Hop& y) { return x.edge == y.edge; })) {
          banned_edges.insert(graph_[p[i].edge].triple_id);
        }
      }
      std::set<Vertex> banned_vertices;
      for (std::size_t j = 0; j < i; ++j) banned_vertices.insert(last[j].from);
      const int left = max_hops - static_cast<int>(i);
      const auto tail = ShortestPath(spur, b, left, filter, banned_edges, banned_vertices);
      if (!tail) continue;
      std::vector<Hop> candidate(last.begin(), last.begin() + static_cast<long>(i));
      candidate.insert(candidate.end(), tail->begin(), tail->end());
      if (seen.insert(key(candidate)).second) candidates.push_back(std::move(candidate));
    }
    if (candidates.empty()) break;
    const auto best =
        std::min_element(candidates.begin(), candidates.end(),
                         [](const auto& x, const auto& y) { return x.size() < y.size(); });
    found.push_back(std::move(*best));
    candidates.erase(best);
  }
  return found;
}

}  // namespace kg::traverse
