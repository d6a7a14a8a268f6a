// The searches on graphs big enough to have many routes: compared with a plain breadth-first
// search written here, the simplest thing that is obviously right.
#include <queue>
#include <random>

#include <gtest/gtest.h>

#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

using model::EntityType;

struct Fixture {
  GraphView view;
  std::vector<std::vector<Vertex>> adjacent;  // undirected, for the reference search
};

Fixture RandomGraph(std::uint32_t seed, std::size_t vertices, std::size_t edges) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, vertices - 1);
  GraphBuilder b;
  std::vector<std::vector<Vertex>> adjacent(vertices);
  for (std::size_t i = 0; i < vertices; ++i)
    b.AddVertex({static_cast<std::int64_t>(i + 1), "v" + std::to_string(i), EntityType::kOther});
  for (std::size_t i = 0; i < edges; ++i) {
    const auto s = static_cast<Vertex>(pick(rng));
    const auto t = static_cast<Vertex>(pick(rng));
    b.AddEdge(s, t, {static_cast<std::int64_t>(i + 1), "p", "p", 0.5, false});
    adjacent[s].push_back(t);
    adjacent[t].push_back(s);
  }
  return {GraphView(std::move(b).Build()), std::move(adjacent)};
}

std::vector<int> Distances(const std::vector<std::vector<Vertex>>& adjacent, Vertex from) {
  std::vector<int> dist(adjacent.size(), -1);
  std::queue<Vertex> queue;
  queue.push(from);
  dist[from] = 0;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop();
    for (const Vertex w : adjacent[v]) {
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}

TEST(Search, ShortestPathsHaveTheReferenceLengthAndAreConnected) {
  // Sparse enough for long paths and unreachable pairs, dense enough for many equal routes.
  const Fixture f = RandomGraph(11, 400, 520);
  const Graph& g = f.view.graph();
  std::mt19937 rng(5);
  std::uniform_int_distribution<Vertex> pick(0, 399);
  int found = 0;
  for (int i = 0; i < 300; ++i) {
    const Vertex a = pick(rng);
    const Vertex b = pick(rng);
    const int expected = Distances(f.adjacent, a)[b];
    const auto path = f.view.ShortestPath(a, b, 50);
    if (expected < 0) {
      EXPECT_FALSE(path.has_value()) << a << " -> " << b;
      continue;
    }
    ASSERT_TRUE(path.has_value()) << a << " -> " << b;
    ASSERT_EQ(static_cast<int>(path->size()), expected) << a << " -> " << b;
    Vertex at = a;
    for (const Hop& h : *path) {
      EXPECT_EQ(h.from, at);
      EXPECT_EQ(h.forward ? source(h.edge, g) : target(h.edge, g), h.from);
      EXPECT_EQ(h.forward ? target(h.edge, g) : source(h.edge, g), h.to);
      at = h.to;
    }
    EXPECT_EQ(at, b);
    // One hop fewer than needed finds nothing.
    if (expected > 0) {
      EXPECT_FALSE(f.view.ShortestPath(a, b, expected - 1).has_value());
    }
    ++found;
  }
  EXPECT_GT(found, 100);  // the fixture is connected enough to test something
}

TEST(Search, ReachMatchesTheReferenceAndNeighboursAgree) {
  const Fixture f = RandomGraph(3, 300, 450);
  for (Vertex centre = 0; centre < 300; centre += 7) {
    const auto dist = Distances(f.adjacent, centre);
    for (const int depth : {1, 2, 3}) {
      std::size_t expected = 0;
      for (const int d : dist) expected += d >= 0 && d <= depth ? 1 : 0;
      const auto reach = f.view.Reach(centre, depth);
      ASSERT_EQ(reach.size(), expected);
      for (const auto& [v, d] : reach) EXPECT_EQ(d, dist[v]);
      EXPECT_EQ(f.view.Neighbours(centre, depth).vertices.size(), expected);
    }
  }
}

TEST(Symbol, EqualTextIsOneSymbol) {
  const Symbol a("fund with");
  const Symbol b(std::string("fund ") + "with");
  EXPECT_EQ(a, b);
  EXPECT_EQ(std::string_view(a).data(), std::string_view(b).data());
  EXPECT_FALSE(a == Symbol("fund"));
  EXPECT_TRUE(Symbol() == "");
}

}  // namespace
}  // namespace kg::traverse
