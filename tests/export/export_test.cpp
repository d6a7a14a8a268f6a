#include "export/export.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

// An edge's provenance and modality; attribution, time and value at their defaults.
EdgeFacts Facts(const std::string& article, std::int64_t start, std::int64_t end,
                const std::string& modality) {
  EdgeFacts f;
  f.article = article;
  f.start = start;
  f.end = end;
  f.modality = modality;
  return f;
}

ExportOptions Options() {
  ExportOptions o;
  o.evidence = [](std::int64_t id) {
    return "Sentence " + std::to_string(id) + " said \"so\".\nNext line.";
  };
  // Triple 9 is modal ("could pay for"); each triple from its own sentence of one article.
  o.facts = [](std::int64_t id) {
    return Facts("ab12", id * 100, id * 100 + 40, id == 9 ? "could" : "");
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

// Booleans are xs:boolean "true"/"false", which graphology, Gephi and yEd read; Boost 1.74's
// read_graphml takes only 0/1 for a boolean key, so its readers declare them as strings.
std::string BooleansAsStrings(std::string xml) {
  const std::string boolean = "attr.type=\"boolean\"";
  for (auto at = xml.find(boolean); at != std::string::npos; at = xml.find(boolean, at))
    xml.replace(at, boolean.size(), "attr.type=\"string\"");
  return xml;
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
    std::string negated, modality, asserted;
  };
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", get(&V::name, g));
  dp.property("type", get(&V::type, g));
  dp.property("predicate", get(&E::predicate, g));
  dp.property("confidence", get(&E::confidence, g));
  dp.property("negated", get(&E::negated, g));
  dp.property("modality", get(&E::modality, g));
  dp.property("asserted", get(&E::asserted, g));
  std::istringstream in(BooleansAsStrings(xml));
  boost::read_graphml(in, g, dp);
  EXPECT_EQ(num_vertices(g), 3U);
  EXPECT_EQ(num_edges(g), 3U);
  EXPECT_EQ(g[2].name, "A & B <Holdings> {x} \\ ]]> '; DROP TABLE");
  EXPECT_EQ(g[1].type, "WEAPON");
  std::vector<std::string> truth;
  for (const auto e : boost::make_iterator_range(edges(g)))
    truth.push_back(g[e].predicate + ":" + g[e].negated + ":" + g[e].modality + ":" +
                    g[e].asserted);
  std::sort(truth.begin(), truth.end());
  EXPECT_EQ(truth, (std::vector<std::string>{"fund:false::true", "pay for:false:could:false",
                                             "sell:true::false"}));
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
  std::istringstream in(BooleansAsStrings(out.str()));
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
  EXPECT_STREQ(d["links"][1]["modality"].GetString(), "could");
  EXPECT_FALSE(d["links"][1]["asserted"].GetBool());
  // The same list under "edges", for networkx 3.6's default.
  EXPECT_EQ(d["edges"], d["links"]);
}

TEST(Export, CytoscapeElementsParse) {
  rapidjson::Document d;
  d.Parse(Render(Format::kCytoscape).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["elements"]["nodes"].Size(), 3U);
  ASSERT_EQ(d["elements"]["edges"].Size(), 3U);
  EXPECT_STREQ(d["elements"]["edges"][2]["data"]["predicate"].GetString(), "sell");
  EXPECT_TRUE(d["elements"]["edges"][2]["data"]["negated"].GetBool());
}

TEST(Export, EdgeIdsFollowTheEvidenceNotTheStoreOrder) {
  // The same two facts, stored in the other order under other triple ids.
  traverse::GraphBuilder b;
  const auto a = b.AddVertex({1, "Denmark", EntityType::kCountry});
  const auto m = b.AddVertex({2, "ERAM \"long-range\" missiles", EntityType::kWeapon});
  b.AddEdge(a, m, {20, "fund", "funded", 0.6, false});
  b.AddEdge(a, m, {21, "fund", "funded", 0.6, false});
  const Graph g = std::move(b).Build();
  const auto facts = [](bool swapped) {
    ExportOptions o;
    o.facts = [swapped](std::int64_t id) {
      return Facts((id == 20) != swapped ? "article-a" : "article-b", 0, 30, "");
    };
    return o;
  };
  const GraphIds first(g, facts(false));
  const GraphIds second(g, facts(true));
  const auto e = [&](std::size_t i) { return *std::next(edges(g).first, static_cast<long>(i)); };
  EXPECT_NE(first.Of(e(0)).str(), first.Of(e(1)).str());
  EXPECT_EQ(first.Of(e(0)).str(), second.Of(e(1)).str());  // the id goes with article-a
  EXPECT_EQ(first.Of(e(1)).str(), second.Of(e(0)).str());
  EXPECT_EQ(first.Of(e(0)).str().find('-'), std::string::npos);  // no repeat suffix
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
  // 3 nodes x (label, type) + 1 plain statement (the only asserted edge) + 3 edges x (type,
  // subject, predicate, object, negated, asserted, confidence, article, evidence) + 1 modality.
  EXPECT_EQ(
      std::system(
          ("rapper -i ntriples -c " + path + " 2>&1 | grep -q 'returned 35 triples'").c_str()),
      0);
  // The negated "sell" and the modal "could pay for" are never stated as plain triples.
  EXPECT_EQ(nt.find("> <urn:kg:predicate/sell> <urn:kg:entity/"), std::string::npos);
  EXPECT_EQ(nt.find("> <urn:kg:predicate/pay%20for> <urn:kg:entity/"), std::string::npos);
  EXPECT_NE(nt.find("> <urn:kg:predicate/fund> <urn:kg:entity/"), std::string::npos);
}

// "Ruth Ames said Denmark funded the missiles in March 2024": triple 7 as the extraction records a
// reported fact. Every format carries who said it and when, and none states it as plain fact.
TEST(Export, AReportedFactCarriesItsAttributionAndIsNeverAPlainTriple) {
  ExportOptions o = Options();
  o.facts = [](std::int64_t id) {
    EdgeFacts f = Facts("ab12", id * 100, id * 100 + 40, "");
    if (id == 7) {
      f.attributed_to = "Ruth Ames";
      f.asserted = false;
      f.time = "2024-03";
    }
    return f;
  };
  const auto render = [&](Format f) {
    std::ostringstream out;
    Write(f, Fixture(), out, o);
    return out.str();
  };
  const std::string nt = render(Format::kNTriples);
  EXPECT_EQ(nt.find("> <urn:kg:predicate/fund> <urn:kg:entity/"), std::string::npos) << nt;
  EXPECT_NE(nt.find("<urn:kg:attributedTo> \"Ruth Ames\" ."), std::string::npos) << nt;
  EXPECT_NE(nt.find("<urn:kg:time> \"2024-03\" ."), std::string::npos) << nt;

  const std::string xml = render(Format::kGraphMl);
  EXPECT_NE(xml.find("<key id=\"attributed_to\" for=\"edge\" attr.name=\"attributed_to\""),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"attributed_to\">Ruth Ames</data>\n"
                     "      <data key=\"asserted\">false</data>\n"
                     "      <data key=\"time\">2024-03</data>"),
            std::string::npos)
      << xml;

  rapidjson::Document d;
  d.Parse(render(Format::kJson).c_str());
  ASSERT_FALSE(d.HasParseError());
  const auto& fund = d["links"][0];
  ASSERT_STREQ(fund["predicate"].GetString(), "fund");
  EXPECT_STREQ(fund["attributed_to"].GetString(), "Ruth Ames");
  EXPECT_FALSE(fund["asserted"].GetBool());
  EXPECT_STREQ(fund["time"].GetString(), "2024-03");
  EXPECT_STREQ(d["links"][2]["attributed_to"].GetString(), "");

  const std::string csv = render(Format::kCsv);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "id,src,dst,predicate,relation,confidence,negated,modality,asserted,attributed_to,time,"
            "value");
  EXPECT_NE(csv.find(",false,Ruth Ames,2024-03,\n"), std::string::npos) << csv;
  const std::string dot = render(Format::kDot);
  const auto fund_edge = dot.find("[label=\"fund\"");
  ASSERT_NE(fund_edge, std::string::npos) << dot;
  EXPECT_NE(dot.substr(fund_edge, dot.find('\n', fund_edge) - fund_edge).find("style=dotted"),
            std::string::npos)
      << dot;
}

TEST(Export, EdgeCsvAndNeo4jFilesMatchGolden) {
  ExpectGolden("small.csv", Render(Format::kCsv));
  const auto folder = std::filesystem::path(testing::TempDir()) / "kg_neo4j";
  std::filesystem::create_directories(folder);
  const Neo4jFiles files = WriteNeo4j(Fixture(), folder.string(), Options());
  EXPECT_TRUE(files.multiline);  // the evidence has a line break
  EXPECT_EQ(Neo4jImportCommand("out", files),
            "neo4j-admin database import full --nodes=out/nodes.csv "
            "--relationships=out/relationships.csv --multiline-fields=true neo4j");
  for (const char* file : {"nodes.csv", "relationships.csv"}) {
    std::ifstream in(folder / file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    ExpectGolden(std::string("small.neo4j.") + file, content.str());
  }
}

// "Ruth Ames said the mill will close": the reported clause is a STATEMENT node, and every
// format marks it as one, never as an entity.
TEST(Export, AStatementNodeIsMarkedInEveryFormat) {
  traverse::GraphBuilder b;
  const auto ruth = b.AddVertex({1, "Ruth Ames", EntityType::kPerson});
  const auto said = b.AddVertex({2, "the mill will close", EntityType::kStatement});
  b.AddEdge(ruth, said, {1, "say", "said", 0.5, false});
  const Graph g = std::move(b).Build();
  const auto render = [&](Format f) {
    std::ostringstream out;
    Write(f, g, out, {});
    return out.str();
  };
  const std::string dot = render(Format::kDot);
  const auto line = dot.substr(dot.find("the mill will close"));
  EXPECT_NE(
      line.substr(0, line.find('\n')).find("(STATEMENT)\", fillcolor=\"#ffffff\", shape=note"),
      std::string::npos)
      << dot;
  EXPECT_EQ(dot.find("Ruth Ames\\n(PERSON)\", fillcolor=\"#8dd3c7\", shape"), std::string::npos)
      << dot;
  EXPECT_NE(render(Format::kGraphMl).find("<data key=\"type\">STATEMENT</data>"),
            std::string::npos);
  EXPECT_NE(render(Format::kNTriples).find("rdf-syntax-ns#type> <urn:kg:type/STATEMENT> ."),
            std::string::npos);
  rapidjson::Document d;
  d.Parse(render(Format::kJson).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["nodes"][1]["type"].GetString(), "STATEMENT");
  EXPECT_NE(render(Format::kHtml).find("STATEMENT"), std::string::npos);
  std::ostringstream vertices;
  WriteVertexCsv(g, vertices);
  EXPECT_NE(vertices.str().find(",the mill will close,STATEMENT\n"), std::string::npos);

  const auto folder = std::filesystem::path(testing::TempDir()) / "kg_neo4j_statement";
  std::filesystem::create_directories(folder);
  (void)WriteNeo4j(g, folder.string(), {});
  std::ifstream in(folder / "nodes.csv", std::ios::binary);
  std::stringstream nodes;
  nodes << in.rdbuf();
  EXPECT_NE(nodes.str().find(",the mill will close,STATEMENT,Statement;STATEMENT\n"),
            std::string::npos)
      << nodes.str();
  EXPECT_NE(nodes.str().find(",Ruth Ames,PERSON,Entity;PERSON\n"), std::string::npos)
      << nodes.str();
}

TEST(Export, LargeDotAsksForSfdp) {
  traverse::GraphBuilder b;
  const auto hub = b.AddVertex({1, "Hub", EntityType::kOrganization});
  for (std::int64_t i = 0; i <= static_cast<std::int64_t>(kSfdpEdges); ++i) {
    const auto v = b.AddVertex({i + 2, "Item " + std::to_string(i), EntityType::kOther});
    b.AddEdge(hub, v, {i + 1, "pay", "paid", 0.5, false});
  }
  std::ostringstream large;
  WriteDot(std::move(b).Build(), large, {});
  EXPECT_NE(large.str().find("layout=sfdp, overlap=prism"), std::string::npos);
  EXPECT_EQ(Render(Format::kDot).find("sfdp"), std::string::npos);
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
  EXPECT_EQ(ParseFormat("cytoscape"), Format::kCytoscape);
  EXPECT_FALSE(ParseFormat("pdf").has_value());
}

}  // namespace
}  // namespace kg::exporter
