// Shortest paths: a breadth-first search from both ends, and Yen's k shortest paths on top.
#include <algorithm>
#include <array>
#include <set>

#include "graph/traverse/csr.h"
#include "graph/traverse/marks.h"
#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

// One search's scratch per thread: marks and the hop that reached each vertex, for each end.
struct Search {
  std::array<Marks, 2> seen;
  std::array<ScratchArray<Hop>, 2> via;  // read only where seen marks a vertex
  std::array<std::vector<Vertex>, 2> frontier;
  std::vector<Vertex> next;

  void Begin(std::size_t n) {
    for (int side = 0; side < 2; ++side) {
      seen[side].Begin(n);
      via[side].Reserve(n);
      frontier[side].clear();
    }
  }
};

Search& ThreadSearch() {
  thread_local Search search;
  return search;
}

}  // namespace

std::optional<std::vector<Hop>> GraphView::ShortestPath(Vertex a, Vertex b, int max_hops) const {
  return ShortestPath(a, b, max_hops, PathFilter{}, {}, {});
}

std::optional<std::vector<Hop>> GraphView::ShortestPath(
    Vertex a, Vertex b, int max_hops, const PathFilter& filter,
    const std::set<std::int64_t>& banned_edges, const std::set<Vertex>& banned_vertices) const {
  if (a == b) return std::vector<Hop>{};
  const CsrArrays& g = data_->arrays();
  Search& s = ThreadSearch();
  s.Begin(g.n);
  const bool plain =
      filter.via.empty() && filter.avoid.empty() && banned_edges.empty() && banned_vertices.empty();
  // May a path step onto w over e? Avoided types may not be passed through; the ends are what
  // the user asked for.
  const auto allowed = [&](const Edge& e, Vertex w) {
    if (plain) return true;
    if (banned_edges.count(g.edge_triple[e.idx]) || banned_vertices.count(w)) return false;
    if (!PredicateMatches(filter.via, g.symbols[g.edge_predicate[e.idx]])) return false;
    return w == a || w == b ||
           std::find(filter.avoid.begin(), filter.avoid.end(), Type(w)) == filter.avoid.end();
  };
  const std::array<Vertex, 2> ends{a, b};
  for (int side = 0; side < 2; ++side) {
    s.seen[side].Mark(ends[side], 0);
    s.frontier[side].push_back(ends[side]);
  }
  std::array<int, 2> depth{0, 0};
  std::optional<Vertex> meet;
  int best = max_hops + 1;
  while (!meet && depth[0] + depth[1] < max_hops && !s.frontier[0].empty() &&
         !s.frontier[1].empty()) {
    // Side 0 walks from a along the path, side 1 from b against it.
    const int side = s.frontier[0].size() <= s.frontier[1].size() ? 0 : 1;
    Marks& mine = s.seen[side];
    const Marks& theirs = s.seen[1 - side];
    s.next.clear();
    const auto step = [&](Vertex v, Vertex w, const Edge& e, bool along_edge) {
      if (mine.Seen(w) || !allowed(e, w)) return;
      mine.Mark(w, depth[side] + 1);
      // The hop as the path walks it, from a towards b.
      s.via[side][w] = side == 0 ? Hop{e, v, w, along_edge} : Hop{e, w, v, !along_edge};
      s.next.push_back(w);
      if (theirs.Seen(w) && depth[side] + 1 + theirs.Distance(w) < best) {
        best = depth[side] + 1 + theirs.Distance(w);
        meet = w;
      }
    };
    for (const Vertex v : s.frontier[side]) {
      ForEachIncident(g, v, [&](const Edge& e, Vertex w, bool forward) { step(v, w, e, forward); });
    }
    ++depth[side];
    s.frontier[side].swap(s.next);
  }
  if (!meet) return std::nullopt;
  std::vector<Hop> path;
  for (Vertex v = *meet; v != a; v = s.via[0][v].from) path.push_back(s.via[0][v]);
  std::reverse(path.begin(), path.end());
  for (Vertex v = *meet; v != b; v = s.via[1][v].to) path.push_back(s.via[1][v]);
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
    for (const Hop& h : p) ids.push_back(TripleId(h.edge));
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
          banned_edges.insert(TripleId(p[i].edge));
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
