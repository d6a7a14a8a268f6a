#include <gtest/gtest.h>

#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

using model::EntityType;

// Merz -describe-> Putin <-meet- Witkoff -meet-> Zelenskyy;  Oslo (alone)
GraphView Small() {
  GraphBuilder g;
  const auto merz = g.AddVertex({1, "Friedrich Merz", EntityType::kPerson});
  const auto putin = g.AddVertex({2, "Vladimir Putin", EntityType::kPerson});
  const auto witkoff = g.AddVertex({3, "Steve Witkoff", EntityType::kPerson});
  const auto zelenskyy = g.AddVertex({4, "Volodymyr Zelenskyy", EntityType::kPerson});
  g.AddVertex({5, "Oslo", EntityType::kCity});
  g.AddEdge(merz, putin, {10, "describe", "described", 0.9, false});
  g.AddEdge(witkoff, putin, {11, "meet", "met", 0.8, false});
  g.AddEdge(witkoff, zelenskyy, {12, "meet", "met", 0.8, false});
  return GraphView(std::move(g).Build());
}

TEST(GraphView, PathFollowsEdgesInEitherDirection) {
  const GraphView v = Small();
  const auto path = v.ShortestPath(*v.Find(1), *v.Find(4), 6);
  ASSERT_TRUE(path.has_value());
  ASSERT_EQ(path->size(), 3U);
  EXPECT_TRUE((*path)[0].forward);
  EXPECT_FALSE((*path)[1].forward);  // Putin <-meet- Witkoff, walked backwards
  EXPECT_EQ(v.graph()[(*path)[2].to].name, "Volodymyr Zelenskyy");
  EXPECT_FALSE(v.ShortestPath(*v.Find(1), *v.Find(4), 2).has_value());
  EXPECT_FALSE(v.ShortestPath(*v.Find(1), *v.Find(5), 6).has_value());
}

TEST(GraphView, NeighboursByDepth) {
  const GraphView v = Small();
  const auto one = v.Neighbours(*v.Find(2), 1);
  EXPECT_EQ(one.vertices.size(), 3U);
  EXPECT_EQ(one.edges.size(), 2U);
  const auto two = v.Neighbours(*v.Find(2), 2);
  EXPECT_EQ(two.vertices.size(), 4U);
  EXPECT_EQ(two.distance.back(), 2);
  EXPECT_EQ(num_vertices(v.Induced(two)), 4U);
}

// A hub with three direct neighbours of degree 1, 2 and 3 (A, B, C), and leaves behind them.
TEST(GraphView, LimitKeepsTheNearestAndMostConnected) {
  GraphBuilder g;
  const auto hub = g.AddVertex({1, "Hub", EntityType::kPerson});
  const auto a = g.AddVertex({2, "A", EntityType::kPerson});
  const auto b = g.AddVertex({3, "B", EntityType::kPerson});
  const auto c = g.AddVertex({4, "C", EntityType::kPerson});
  const auto l1 = g.AddVertex({5, "Leaf one", EntityType::kCity});
  const auto l2 = g.AddVertex({6, "Leaf two", EntityType::kCity});
  const auto l3 = g.AddVertex({7, "Leaf three", EntityType::kCity});
  std::int64_t triple = 10;
  for (const auto v : {a, b, c}) g.AddEdge(hub, v, {triple++, "meet", "met", 0.9, false});
  g.AddEdge(b, l1, {triple++, "visit", "visited", 0.9, false});
  g.AddEdge(c, l2, {triple++, "visit", "visited", 0.9, false});
  g.AddEdge(c, l3, {triple++, "visit", "visited", 0.9, false});
  const GraphView v(std::move(g).Build());

  Cut cut{v.Find(1), 2, {}};
  const Neighbourhood all = v.Subgraph(cut);
  EXPECT_EQ(all.vertices.size(), 7U);
  EXPECT_EQ(all.reached, 7U);

  cut.limit = 2;
  const Neighbourhood two = v.Subgraph(cut);
  ASSERT_EQ(two.vertices.size(), 3U);       // the hub and two others
  EXPECT_EQ(two.reached, 7U);               // everything the two hops reach is still counted
  EXPECT_EQ(v.Name(two.vertices[1]), "C");  // one hop, degree 3
  EXPECT_EQ(v.Name(two.vertices[2]), "B");  // one hop, degree 2
  EXPECT_EQ(two.distance[1], 1);
  ASSERT_EQ(two.edges.size(), 2U);  // only the edges among the kept: Hub-C, Hub-B
  for (const Edge& e : two.edges) EXPECT_EQ(v.Source(e), *v.Find(1));

  cut.limit = 4;  // all of the first hop before any of the second
  const Neighbourhood four = v.Subgraph(cut);
  ASSERT_EQ(four.vertices.size(), 5U);
  EXPECT_EQ(v.Name(four.vertices[3]), "A");
  EXPECT_EQ(four.distance[4], 2);
  EXPECT_EQ(four.edges.size(), 4U);  // the three hub edges and the kept leaf's
}

TEST(GraphView, ComponentsAndDegree) {
  const GraphView v = Small();
  int count = 0;
  const auto comp = v.Components(&count);
  EXPECT_EQ(count, 2);
  EXPECT_EQ(comp[*v.Find(1)], comp[*v.Find(4)]);
  EXPECT_NE(comp[*v.Find(1)], comp[*v.Find(5)]);
  EXPECT_EQ(v.Degree(*v.Find(3)), 2U);
}

TEST(GraphView, KShortestPathsAreDistinctAndShortestFirst) {
  // Two routes from Merz to Zelenskyy: via Putin and Witkoff (3 hops), or a direct call (1 hop).
  GraphBuilder g;
  const auto merz = g.AddVertex({1, "Merz", EntityType::kPerson});
  const auto putin = g.AddVertex({2, "Putin", EntityType::kPerson});
  const auto witkoff = g.AddVertex({3, "Witkoff", EntityType::kPerson});
  const auto zelenskyy = g.AddVertex({4, "Zelenskyy", EntityType::kPerson});
  const auto kyiv = g.AddVertex({5, "Kyiv", EntityType::kCity});
  g.AddEdge(merz, putin, {10, "describe", "described", 0.9, false});
  g.AddEdge(witkoff, putin, {11, "meet", "met", 0.8, false});
  g.AddEdge(witkoff, zelenskyy, {12, "meet", "met", 0.8, false});
  g.AddEdge(merz, zelenskyy, {13, "call", "called", 0.7, false});
  g.AddEdge(merz, kyiv, {14, "visit", "visited", 0.7, false});
  g.AddEdge(zelenskyy, kyiv, {15, "return to", "returned to", 0.7, false});
  const GraphView v(std::move(g).Build());
  const auto paths = v.ShortestPaths(*v.Find(1), *v.Find(4), 5, 6, {});
  ASSERT_EQ(paths.size(), 3U);
  EXPECT_EQ(paths[0].size(), 1U);
  EXPECT_EQ(paths[1].size(), 2U);  // through Kyiv
  EXPECT_EQ(paths[2].size(), 3U);
  // --avoid CITY and --via meet|describe keep only the route through Putin and Witkoff.
  const auto avoid = v.ShortestPaths(*v.Find(1), *v.Find(4), 5, 6, {{}, {EntityType::kCity}});
  EXPECT_EQ(avoid.size(), 2U);
  const auto via = v.ShortestPaths(*v.Find(1), *v.Find(4), 5, 6, {{"meet", "describe"}, {}});
  ASSERT_EQ(via.size(), 1U);
  EXPECT_EQ(via[0].size(), 3U);
}

TEST(GraphView, CentralActors) {
  const GraphView v = Small();
  const auto degree = v.Rank(Centrality::kDegree);
  EXPECT_EQ(degree[*v.Find(2)], 2.0);
  const auto between = v.Rank(Centrality::kBetweenness);
  // Putin and Witkoff stand between Merz and Zelenskyy; Oslo between nobody.
  EXPECT_GT(between[*v.Find(2)], 0.0);
  EXPECT_GT(between[*v.Find(3)], 0.0);
  EXPECT_EQ(between[*v.Find(1)], 0.0);
  const auto rank = v.Rank(Centrality::kPageRank);
  double total = 0;
  for (const double r : rank) total += r;
  EXPECT_NEAR(total, 1.0, 1e-9);
  EXPECT_GT(rank[*v.Find(2)], rank[*v.Find(1)]);  // Putin is pointed at; Merz is not
}

}  // namespace
}  // namespace kg::traverse
