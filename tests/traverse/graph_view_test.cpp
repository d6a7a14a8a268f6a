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

}  // namespace
}  // namespace kg::traverse
