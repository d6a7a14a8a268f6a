#include <gtest/gtest.h>

#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

using model::EntityType;

// Merz -describe-> Putin <-meet- Witkoff -meet-> Zelenskyy;  Oslo (alone)
GraphView Small() {
  Graph g;
  const auto merz = add_vertex({1, "Friedrich Merz", EntityType::kPerson}, g);
  const auto putin = add_vertex({2, "Vladimir Putin", EntityType::kPerson}, g);
  const auto witkoff = add_vertex({3, "Steve Witkoff", EntityType::kPerson}, g);
  const auto zelenskyy = add_vertex({4, "Volodymyr Zelenskyy", EntityType::kPerson}, g);
  add_vertex({5, "Oslo", EntityType::kCity}, g);
  add_edge(merz, putin, {10, "describe", "described", 0.9, false}, g);
  add_edge(witkoff, putin, {11, "meet", "met", 0.8, false}, g);
  add_edge(witkoff, zelenskyy, {12, "meet", "met", 0.8, false}, g);
  return GraphView(std::move(g));
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
  EXPECT_EQ(v.Induced(two).m_vertices.size(), 4U);
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
  Graph g;
  const auto merz = add_vertex({1, "Merz", EntityType::kPerson}, g);
  const auto putin = add_vertex({2, "Putin", EntityType::kPerson}, g);
  const auto witkoff = add_vertex({3, "Witkoff", EntityType::kPerson}, g);
  const auto zelenskyy = add_vertex({4, "Zelenskyy", EntityType::kPerson}, g);
  const auto kyiv = add_vertex({5, "Kyiv", EntityType::kCity}, g);
  add_edge(merz, putin, {10, "describe", "described", 0.9, false}, g);
  add_edge(witkoff, putin, {11, "meet", "met", 0.8, false}, g);
  add_edge(witkoff, zelenskyy, {12, "meet", "met", 0.8, false}, g);
  add_edge(merz, zelenskyy, {13, "call", "called", 0.7, false}, g);
  add_edge(merz, kyiv, {14, "visit", "visited", 0.7, false}, g);
  add_edge(zelenskyy, kyiv, {15, "return to", "returned to", 0.7, false}, g);
  const GraphView v(std::move(g));
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
