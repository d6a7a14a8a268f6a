#include "graph/query/query.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace kg::query {
namespace {

using model::EntityType;
using traverse::Graph;

// Denmark -fund-> missiles <-fund with- Norway ; Merz -describe-> Putin <-meet- Witkoff -meet->
// Zelenskyy ; Macron -say-> "we agree"
traverse::GraphView Fixture() {
  traverse::GraphBuilder g;
  const auto denmark = g.AddVertex({1, "Denmark", EntityType::kCountry});
  const auto norway = g.AddVertex({2, "Norway", EntityType::kCountry});
  const auto missiles = g.AddVertex({3, "ERAM missiles", EntityType::kWeapon});
  const auto merz = g.AddVertex({4, "Friedrich Merz", EntityType::kPerson});
  const auto putin = g.AddVertex({5, "Vladimir Putin", EntityType::kPerson});
  const auto witkoff = g.AddVertex({6, "Steve Witkoff", EntityType::kPerson});
  const auto zelenskyy = g.AddVertex({7, "Volodymyr Zelenskyy", EntityType::kPerson});
  const auto macron = g.AddVertex({8, "Emmanuel Macron", EntityType::kPerson});
  const auto quote = g.AddVertex({9, "we agree", EntityType::kOther});
  g.AddEdge(denmark, missiles, {10, "fund", "funds", 0.9, false});
  g.AddEdge(norway, missiles, {11, "fund with", "funds with", 0.4, false});
  g.AddEdge(merz, putin, {12, "describe", "described", 0.8, false});
  g.AddEdge(witkoff, putin, {13, "meet", "met", 0.7, false});
  g.AddEdge(witkoff, zelenskyy, {14, "meet", "met", 0.7, false});
  g.AddEdge(macron, quote, {15, "say", "said", 0.8, false});
  return traverse::GraphView(std::move(g).Build());
}

std::vector<std::int64_t> ByName(const std::string& name) {
  const std::vector<std::pair<std::string, std::int64_t>> names = {
      {"denmark", 1}, {"merz", 4}, {"putin", 5}, {"zelenskyy", 7}, {"macron", 8}};
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const auto& [n, id] : names) {
    if (n == lower) return {id};
  }
  return {};
}

// Each row as "col=value;col=value", sorted.
std::vector<std::string> Rows(const std::string& text) {
  static const traverse::GraphView view = Fixture();
  const Result r = Run(Parse(text), view, ByName);
  std::vector<std::string> out;
  for (const Row& row : r.rows) {
    std::string line;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const Value& v = row.values[i];
      std::string cell = v.node ? view.graph()[*v.node].name : v.text;
      if (!v.node && !v.edges.empty()) {
        for (const auto& e : v.edges)
          cell += (cell.empty() ? "" : ",") + view.graph()[e].predicate.str();
      }
      line += (i ? ";" : "") + r.columns[i] + "=" + cell;
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Query, TypedNodesAndPredicateAlternatives) {
  EXPECT_EQ(Rows("(c:COUNTRY)-[:fund]->(x) RETURN c, x"),
            (std::vector<std::string>{"c=Denmark;x=ERAM missiles", "c=Norway;x=ERAM missiles"}));
  EXPECT_EQ(Rows("(c)-[:finance|describe]->(x:PERSON) RETURN c, x"),
            (std::vector<std::string>{"c=Friedrich Merz;x=Vladimir Putin"}));
}

TEST(Query, VariableLengthUndirectedPathsBetweenNamedNodes) {
  EXPECT_EQ(Rows("(a {name:\"Merz\"})-[*1..3]-(b {name:\"Zelenskyy\"}) RETURN a, b"),
            (std::vector<std::string>{"a=Friedrich Merz;b=Volodymyr Zelenskyy"}));
  EXPECT_TRUE(Rows("(a {name:\"Merz\"})-[*1..2]-(b {name:\"Zelenskyy\"}) RETURN a, b").empty());
  EXPECT_TRUE(Rows("(a {name:\"Merz\"})-[*1..3]->(b {name:\"Zelenskyy\"}) RETURN a, b").empty());
}

TEST(Query, SeveralPatternsJoinOnSharedVariablesAndWhereFilters) {
  EXPECT_EQ(Rows("(w)-[:meet]->(p {name:\"Putin\"}), (w)-[:meet]->(z:PERSON) WHERE z.name <> "
                 "\"Vladimir Putin\" RETURN w, z"),
            (std::vector<std::string>{"w=Steve Witkoff;z=Volodymyr Zelenskyy"}));
  EXPECT_EQ(Rows("(c:COUNTRY)-[r]->(x) WHERE r.confidence > 0.5 RETURN c, r.predicate"),
            (std::vector<std::string>{"c=Denmark;r.predicate=fund"}));
}

TEST(Query, WhatSomebodySaid) {
  EXPECT_EQ(Rows("(p {name:\"Macron\"})-[:say]->(q) RETURN q"),
            (std::vector<std::string>{"q=we agree"}));
}

TEST(Query, BackwardEdgesAndLimit) {
  EXPECT_EQ(Rows("(x:WEAPON)<-[:fund]-(c) RETURN c LIMIT 1").size(), 1U);
}

TEST(Query, SyntaxErrorsPointAtTheColumn) {
  try {
    (void)Parse("(p:PERSON-[:say]->(q)");
    FAIL() << "no error";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.column(), 10U);
    EXPECT_STREQ(e.what(), "expected ')'");
  }
  EXPECT_THROW((void)Parse("(p:SPACESHIP)"), QueryError);
  EXPECT_THROW((void)Parse("(a)-[*3..1]-(b)"), QueryError);
  EXPECT_THROW((void)Parse("(a) RETURN"), QueryError);
  EXPECT_THROW((void)Rows("(a)-->(b) RETURN c"), QueryError);
}

// Germany (COUNTRY) with edges to the pipeline and to the plant (both OTHER).
traverse::GraphView GermanyFunds(const std::vector<traverse::RelationEdge>& to_pipeline,
                                 const std::vector<traverse::RelationEdge>& to_plant) {
  traverse::GraphBuilder b;
  const auto germany = b.AddVertex({1, "Germany", EntityType::kCountry});
  const auto pipeline = b.AddVertex({2, "pipeline", EntityType::kOther});
  const auto plant = b.AddVertex({3, "plant", EntityType::kOther});
  for (const auto& e : to_pipeline) b.AddEdge(germany, pipeline, e);
  for (const auto& e : to_plant) b.AddEdge(germany, plant, e);
  return traverse::GraphView(std::move(b).Build());
}

// Germany -fund-> pipeline twice (one article says so, another says "did not"), and once
// "could fund": negation and modality must reach WHERE, and rows must not hide a denial.
TEST(Query, NegationAndModalityAreEdgeProperties) {
  const traverse::GraphView view =
      GermanyFunds({{20, "fund", "funded", 0.8, false}, {21, "fund", "did not fund", 0.8, true}},
                   {{22, "fund", "could fund", 0.8, false}});
  const FactsLookup modality = [](std::int64_t id) {
    EdgeFacts f;
    if (id == 22) f.modality = "could";
    return f;
  };
  const auto count = [&](const std::string& text) {
    return query::Run(Parse(text), view, ByName, modality).rows.size();
  };
  // The asserted and the negated match are two rows, though they return the same values.
  EXPECT_EQ(count("(c:COUNTRY)-[:fund]->(x) RETURN c, x"), 3U);
  EXPECT_EQ(count("(c:COUNTRY)-[r:fund]->(x) WHERE r.negated = false RETURN c, x"), 2U);
  EXPECT_EQ(count("(c:COUNTRY)-[r:fund]->(x) WHERE r.negated = TRUE RETURN c, x"), 1U);
  EXPECT_EQ(count("(c)-[r]->(x) WHERE r.modality = \"could\" RETURN x"), 1U);
  EXPECT_EQ(count("(c)-[r]->(x) WHERE r.asserted = true RETURN c, x"), 1U);
  EXPECT_EQ(query::Run(Parse("(c)-[r]->(x) WHERE r.modality <> \"\" RETURN r.modality"), view,
                       ByName, modality)
                .rows.at(0)
                .values.at(0)
                .text,
            "could");
  EXPECT_THROW((void)Parse("(c)-[r]->(x) WHERE r.polarity = true RETURN c"), QueryError);
}

// "Ames said Germany funded the pipeline" (reported, dated) beside the article's own "Germany
// funded the plant": attribution and time reach WHERE and RETURN, and a reported fact is not
// asserted.
TEST(Query, AttributionAndTimeAreEdgeProperties) {
  const traverse::GraphView view =
      GermanyFunds({{30, "fund", "funded", 0.8, false}}, {{31, "fund", "funded", 0.8, false}});
  const FactsLookup facts = [](std::int64_t id) {
    EdgeFacts f;
    if (id == 30) {
      f.attributed_to = "Ruth Ames";
      f.asserted = false;
      f.time = "2024-03";
    }
    return f;
  };
  const auto rows = [&](const std::string& text) {
    return query::Run(Parse(text), view, ByName, facts).rows;
  };
  const auto asserted = rows("(c)-[r]->(x) WHERE r.asserted = true RETURN x");
  ASSERT_EQ(asserted.size(), 1U);
  EXPECT_EQ(view.graph()[*asserted[0].values[0].node].name, "plant");
  const auto reported = rows("(c)-[r]->(x) WHERE r.asserted = false RETURN x, r.attributed_to");
  ASSERT_EQ(reported.size(), 1U);
  EXPECT_EQ(reported[0].values[1].text, "Ruth Ames");
  EXPECT_EQ(rows("(c)-[r]->(x) WHERE r.attributed_to CONTAINS \"ames\" RETURN x").size(), 1U);
  EXPECT_EQ(rows("(c)-[r]->(x) WHERE r.time >= \"2024\" RETURN r.time").at(0).values[0].text,
            "2024-03");
  // A date is text: "2024-03" is not the number 2024.
  EXPECT_EQ(rows("(c)-[r]->(x) WHERE r.time = \"2024\" RETURN x").size(), 0U);
  // Without a lookup every edge is the article's own, undated assertion.
  EXPECT_EQ(
      query::Run(Parse("(c)-[r]->(x) WHERE r.asserted = true RETURN x"), view, ByName).rows.size(),
      2U);
}

}  // namespace
}  // namespace kg::query
