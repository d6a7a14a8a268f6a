// Centrality on the loaded graph.
#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/traverse/traverse.h"

namespace kg::traverse {

std::vector<double> GraphView::Rank(Centrality by) const {
  const Graph& g = graph();
  const std::size_t n = num_vertices(g);
  std::vector<double> score(n, 0.0);
  if (n == 0) return score;
  switch (by) {
    case Centrality::kDegree:
      for (const Vertex v : boost::make_iterator_range(vertices(g)))
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
        for (const Vertex v : boost::make_iterator_range(vertices(g))) {
          if (out_degree(v, g) == 0) dangling += score[v];
        }
        std::fill(next.begin(), next.end(),
                  (1.0 - kDamping + kDamping * dangling) / static_cast<double>(n));
        for (const Vertex v : boost::make_iterator_range(vertices(g))) {
          const std::size_t out = out_degree(v, g);
          if (out == 0) continue;
          const double share = kDamping * score[v] / static_cast<double>(out);
          for (const Edge e : boost::make_iterator_range(out_edges(v, g)))
            next[target(e, g)] += share;
        }
        score.swap(next);
      }
      break;
    }
    case Centrality::kBetweenness: {
      // Who stands between others, whichever way the edges point: Brandes on an undirected copy.
      using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
      Undirected u(n);
      for (const Edge e : boost::make_iterator_range(edges(g))) {
        if (source(e, g) != target(e, g)) add_edge(source(e, g), target(e, g), u);
      }
      boost::brandes_betweenness_centrality(
          u, boost::centrality_map(
                 boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, u))));
      break;
    }
  }
  return score;
}

}  // namespace kg::traverse
