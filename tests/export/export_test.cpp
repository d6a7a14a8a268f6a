#include "export/export.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace kg::exporter {
namespace {

using model::EntityType;
using traverse::Graph;

// A small fixed graph whose names carry every character the formats must escape.
Graph Fixture() {
  traverse::GraphBuilder g;
  const auto a = g.AddVertex({1, "Denmark", EntityType::kCountry});
  const auto b = g.AddVertex({2, "ERAM \"long-range\" missiles", EntityType::kWeapon});
  const auto c =
      g.AddVertex({3, "A & B <Holdings> {x} \\ ]]> '; DROP TABLE", EntityType::kOrganization});
  g.AddEdge(a, b, {7, "fund", "has come from", 0.6, false});
  g.AddEdge(c, b, {8, "sell", "did not sell", 0.25, true});
  g.AddEdge(a, b, {9, "pay for", "paid for", 0.5, false});
  return std::move(g).Build();
}

ExportOptions Options() {
  ExportOptions o;
  o.evidence = [](std::int64_t id) {
    return "Sentence " + std::to_string(id) + " said \"so\".\nNext line.";
  };
  return o;
}

std::string Render(Format f) {
  std::ostringstream out;
  Write(f, Fixture(), out, Options());
  return out.str();
}

std::string GoldenPath(const std::string& name) {
  const char* src = std::getenv("KG_SOURCE_DIR");
  return std::string(src == nullptr ? "." : src) + "/tests/golden/" + name;
}

void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = GoldenPath(name);
  if (std::getenv("KG_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << path << " (run with KG_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "export differs from " << path;
}

TEST(Export, GraphMlMatchesGoldenAndReadsBackInBoost) {
  const std::string xml = Render(Format::kGraphMl);
  ExpectGolden("small.graphml", xml);
  struct V {
    std::string name, type;
  };
  struct E {
    std::string predicate;
    double confidence = 0;
  };
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", get(&V::name, g));
  dp.property("type", get(&V::type, g));
  dp.property("predicate", get(&E::predicate, g));
  dp.property("confidence", get(&E::confidence, g));
  std::istringstream in(xml);
  boost::read_graphml(in, g, dp);
  EXPECT_EQ(num_vertices(g), 3U);
  EXPECT_EQ(num_edges(g), 3U);
  EXPECT_EQ(g[2].name, "A & B <Holdings> {x} \\ ]]> '; DROP TABLE");
  EXPECT_EQ(g[1].type, "WEAPON");
}

TEST(Export, YedLabelsAreAddedOnRequestAndStillReadInBoost) {
  ExportOptions options = Options();
  options.yed_labels = true;
  std::ostringstream out;
  WriteGraphMl(Fixture(), out, options);
  ExpectGolden("small.yed.graphml", out.str());
  EXPECT_NE(out.str().find("<y:NodeLabel>Denmark</y:NodeLabel>"), std::string::npos);
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  std::istringstream in(out.str());
  boost::read_graphml(in, g, dp);
  EXPECT_EQ(num_vertices(g), 3U);
}

TEST(Export, JsonMatchesGoldenAndParses) {
  const std::string json = Render(Format::kJson);
  ExpectGolden("small.json", json);
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["nodes"].Size(), 3U);
  ASSERT_EQ(d["links"].Size(), 3U);
  EXPECT_STREQ(d["nodes"][1]["name"].GetString(), "ERAM \"long-range\" missiles");
  // Edges come grouped by source: both of Denmark's, then the holding's.
  EXPECT_EQ(d["links"][1]["key"].GetInt(), 1);  // the second Denmark -> missiles edge
  EXPECT_TRUE(d["links"][2]["negated"].GetBool());
}

TEST(Export, DotMatchesGoldenAndRendersWhenGraphvizIsInstalled) {
  const std::string dot = Render(Format::kDot);
  ExpectGolden("small.dot", dot);
  if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "graphviz not installed";
  const std::string path = (std::filesystem::path(testing::TempDir()) / "kg_small.dot").string();
  std::ofstream(path) << dot;
  EXPECT_EQ(std::system(("dot -Tsvg " + path + " -o " + path + ".svg 2> /dev/null").c_str()), 0);
}

TEST(Export, NTriplesMatchGoldenAndParseInRapper) {
  const std::string nt = Render(Format::kNTriples);
  ExpectGolden("small.nt", nt);
  if (std::system("command -v rapper > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "raptor2-utils not installed";
  const std::string path = (std::filesystem::path(testing::TempDir()) / "kg_small.nt").string();
  std::ofstream(path) << nt;
  // 3 nodes x (label, type) + 3 edges x (statement + 4 reification + evidence) = 24 triples.
  EXPECT_EQ(
      std::system(
          ("rapper -i ntriples -c " + path + " 2>&1 | grep -q 'returned 24 triples'").c_str()),
      0);
}

TEST(Export, EdgeCsvAndNeo4jFilesMatchGolden) {
  ExpectGolden("small.csv", Render(Format::kCsv));
  const auto folder = std::filesystem::path(testing::TempDir()) / "kg_neo4j";
  std::filesystem::create_directories(folder);
  WriteNeo4j(Fixture(), folder.string(), Options());
  for (const char* file : {"nodes.csv", "relationships.csv"}) {
    std::ifstream in(folder / file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    ExpectGolden(std::string("small.neo4j.") + file, content.str());
  }
}

TEST(Export, NodeIdsComeFromContent) {
  const Graph a = Fixture();
  traverse::GraphBuilder other;
  other.AddVertex({99, "Denmark", EntityType::kCountry});  // another store, another id
  const Graph b = std::move(other).Build();
  EXPECT_EQ(NodeId(a[0]), NodeId(b[0]));
  EXPECT_NE(NodeId(a[0]), NodeId(a[1]));
}

TEST(Export, FormatNames) {
  EXPECT_EQ(ParseFormat("GraphML"), Format::kGraphMl);
  EXPECT_EQ(ParseFormat("dot"), Format::kDot);
  EXPECT_EQ(ParseFormat("ntriples"), Format::kNTriples);
  EXPECT_EQ(ParseFormat("neo4j"), Format::kNeo4j);
  EXPECT_FALSE(ParseFormat("pdf").has_value());
}

}  // namespace
}  // namespace kg::exporter
