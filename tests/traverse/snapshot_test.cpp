// The graph snapshot kept beside a store: used while the store is unchanged, never stale after a
// write, and never trusted when damaged.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <unistd.h>

#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

using model::EntityType;

model::Triple Fact(const std::string& subject, const std::string& predicate,
                   const std::string& object) {
  model::Triple t;
  t.subject = {subject, EntityType::kPerson};
  t.predicate = predicate;
  t.relation = predicate + "ed";
  t.object = {object, EntityType::kPerson};
  t.confidence = 0.5;
  t.extractor = "test";
  return t;
}

// name -> (degree, predicates of its edges), enough to tell two graphs apart.
std::map<std::string, std::multiset<std::string>> Shape(const GraphView& v) {
  const Graph& g = v.graph();
  std::map<std::string, std::multiset<std::string>> shape;
  for (const Vertex x : boost::make_iterator_range(vertices(g))) shape[g[x].name];
  for (const Edge e : boost::make_iterator_range(edges(g))) {
    shape[g[source(e, g)].name].insert(">" + g[e].predicate.str() + " " + g[target(e, g)].name);
    shape[g[target(e, g)].name].insert("<" + g[e].relation.str() + " " + g[source(e, g)].name);
  }
  return shape;
}

class Snapshot : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kg_snapshot_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "news.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(Snapshot, IsWrittenOnLoadAndGivesTheSameGraph) {
  store::Store s(path_);
  (void)s.ImportTriples("a", "a",
                        {Fact("Merz", "describe", "Putin"), Fact("Witkoff", "meet", "Putin")});
  const GraphView fresh = GraphView::Load(s, GraphView::Cache::kIgnore);
  EXPECT_FALSE(std::filesystem::exists(path_ + "-graph"));
  const GraphView first = GraphView::Load(s);  // builds the snapshot
  ASSERT_TRUE(std::filesystem::exists(path_ + "-graph"));
  const GraphView cached = GraphView::Load(s);  // reads it
  EXPECT_EQ(Shape(cached), Shape(fresh));
  EXPECT_EQ(Shape(first), Shape(fresh));
  EXPECT_EQ(cached.Find(s.FindEntities("Merz").front()).has_value(), true);
}

TEST_F(Snapshot, AWriteToTheStoreMakesTheNextLoadSeeIt) {
  {
    store::Store s(path_);
    (void)s.ImportTriples("a", "a", {Fact("Merz", "describe", "Putin")});
    (void)GraphView::Load(s);
  }
  store::Store other(path_);  // another connection, as another process would be
  (void)other.ImportTriples("b", "b", {Fact("Witkoff", "meet", "Putin")});
  const store::Store reader(path_, store::OpenMode::kReadOnly);
  const GraphView v = GraphView::Load(reader);
  EXPECT_EQ(num_edges(v.graph()), 2U);
  EXPECT_EQ(Shape(v), Shape(GraphView::Load(reader, GraphView::Cache::kIgnore)));
}

TEST_F(Snapshot, ADamagedOrForeignSnapshotIsIgnored) {
  store::Store s(path_);
  (void)s.ImportTriples("a", "a",
                        {Fact("Merz", "describe", "Putin"), Fact("Witkoff", "meet", "Putin")});
  const auto expected = Shape(GraphView::Load(s, GraphView::Cache::kIgnore));
  (void)GraphView::Load(s);
  const auto size = std::filesystem::file_size(path_ + "-graph");
  for (const std::uintmax_t keep : {std::uintmax_t{0}, std::uintmax_t{5}, size / 2, size - 1}) {
    (void)GraphView::Load(s);  // a whole snapshot again
    std::filesystem::resize_file(path_ + "-graph", keep);
    EXPECT_EQ(Shape(GraphView::Load(s)), expected) << "snapshot cut to " << keep << " bytes";
  }
  // Another store's snapshot copied over this one's.
  const std::string other = (dir_ / "other.db").string();
  {
    store::Store o(other);
    (void)o.ImportTriples("z", "z", {Fact("Rutte", "warn", "Trump")});
    (void)GraphView::Load(o);
  }
  std::filesystem::copy_file(other + "-graph", path_ + "-graph",
                             std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(Shape(GraphView::Load(s)), expected);
}

// The component figures ride in the snapshot; a write makes the next load count them again.
TEST_F(Snapshot, ComponentFiguresFollowEveryWrite) {
  store::Store s(path_);
  (void)s.ImportTriples("a", "a",
                        {Fact("Merz", "describe", "Putin"), Fact("Rutte", "warn", "Trump")});
  (void)GraphView::Load(s);  // writes the snapshot
  const GraphView before = GraphView::Load(s);
  EXPECT_EQ(before.component_count(), 2U);
  EXPECT_EQ(before.largest_component(), 2U);
  (void)s.ImportTriples("b", "b", {Fact("Putin", "meet", "Trump"), Fact("Orban", "visit", "Fico")});
  const GraphView after = GraphView::Load(s);
  EXPECT_EQ(after.component_count(), 2U);  // {Merz, Putin, Rutte, Trump} and {Orban, Fico}
  EXPECT_EQ(after.largest_component(), 4U);
  int counted = 0;
  (void)after.Components(&counted);  // the pass the snapshot saves
  EXPECT_EQ(after.component_count(), static_cast<std::size_t>(counted));
  const GraphView built = GraphView::Load(s, GraphView::Cache::kIgnore);
  EXPECT_EQ(built.component_count(), 2U);
  EXPECT_EQ(built.largest_component(), 4U);
}

// A command that loads the mapped snapshot answers without building the Boost graph, and gives
// the same paths and cuts, with edge descriptors valid in the Boost graph built later.
TEST_F(Snapshot, TheMappedSnapshotAnswersAsTheTablesDo) {
  store::Store s(path_);
  (void)s.ImportTriples("a", "a",
                        {Fact("Merz", "describe", "Putin"), Fact("Witkoff", "meet", "Putin"),
                         Fact("Witkoff", "meet", "Zelenskyy"), Fact("Rutte", "fund", "Zelenskyy")});
  const GraphView fresh = GraphView::Load(s, GraphView::Cache::kIgnore);
  (void)GraphView::Load(s);
  const GraphView mapped = GraphView::Load(s);
  const auto merz = mapped.Find(s.FindEntities("Merz").front());
  const auto rutte = mapped.Find(s.FindEntities("Rutte").front());
  ASSERT_TRUE(merz && rutte);
  const auto path = mapped.ShortestPath(*merz, *rutte, 6);
  ASSERT_TRUE(path.has_value());
  ASSERT_EQ(path->size(), 4U);
  for (const Hop& h : *path) {
    EXPECT_EQ(mapped.graph()[h.edge].triple_id, mapped.TripleId(h.edge));
    EXPECT_EQ(mapped.graph()[h.from].name, mapped.Name(h.from));
  }
  EXPECT_EQ(mapped.Name(path->back().to), "Rutte");
  Cut cut;
  cut.focus = mapped.Find(s.FindEntities("Putin").front());
  cut.depth = 2;
  cut.filter.predicates = {"meet"};  // walks Putin <-meet- Witkoff -meet-> Zelenskyy only
  const Neighbourhood n = mapped.Subgraph(cut);
  std::vector<std::string> names;
  for (const Vertex v : n.vertices) names.emplace_back(mapped.Name(v));
  EXPECT_EQ(names, (std::vector<std::string>{"Putin", "Witkoff", "Zelenskyy"}));
  EXPECT_EQ(n.edges.size(), 2U);
  EXPECT_EQ(Shape(GraphView(mapped.Induced(mapped.Subgraph(Cut{})))), Shape(fresh));
  int components = 0;
  (void)mapped.Components(&components);
  EXPECT_EQ(components, 1);
}

}  // namespace
}  // namespace kg::traverse
