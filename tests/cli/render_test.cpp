// The one renderer: every field of a triple reaches JSON, CSV/TSV and the table through
// VisitTriple, including those the extraction adds (attribution, asserted, time, value).
#include "cli/render.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace kg::cli {
namespace {

// "Ruth Ames said Denmark paid 825 million dollars for the missiles in March 2024."
store::StoredTriple Reported() {
  store::StoredTriple st;
  auto& t = st.triple;
  t.subject = {"Denmark", model::EntityType::kCountry};
  t.predicate = "pay";
  t.relation = "paid";
  t.object = {"$825 million", model::EntityType::kMoney};
  t.confidence = 0.7;
  t.extractor = "ud";
  t.evidence = {"a.txt", 0, "Ruth Ames said Denmark paid $825 million in March 2024.", 0, 55};
  t.attributed_to = "Ruth Ames";
  t.asserted = false;
  t.time = "2024-03";
  t.value = "825000000 USD";
  return st;
}

TEST(Render, TripleJsonCarriesAttributionTimeAndValue) {
  std::ostringstream out;
  {
    JsonOut json(out);
    TripleJson(json.w(), Reported().triple);
  }
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  ASSERT_FALSE(d.HasParseError()) << out.str();
  EXPECT_STREQ(d["attributed_to"].GetString(), "Ruth Ames");
  EXPECT_FALSE(d["asserted"].GetBool());
  EXPECT_TRUE(d["reported"].GetBool());
  EXPECT_FALSE(d["negated"].GetBool());
  EXPECT_STREQ(d["time"].GetString(), "2024-03");
  EXPECT_STREQ(d["value"].GetString(), "825000000 USD");
  // The article's own fact stays asserted.
  model::Triple own = Reported().triple;
  own.attributed_to.clear();
  own.asserted = true;
  EXPECT_TRUE(model::IsAsserted(own));
  EXPECT_FALSE(model::IsAsserted(Reported().triple));
}

TEST(Render, CsvColumnsAndTheTableShowWhoSaidIt) {
  const std::vector<std::string> columns = TripleColumns();
  const std::vector<std::string> cells = TripleCells(Reported().triple);
  ASSERT_EQ(columns.size(), cells.size());
  const auto cell = [&](const std::string& name) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == name) return cells[i];
    }
    return std::string("<no column " + name + ">");
  };
  EXPECT_EQ(cell("attributed_to"), "Ruth Ames");
  EXPECT_EQ(cell("asserted"), "false");
  EXPECT_EQ(cell("reported"), "true");
  EXPECT_EQ(cell("time"), "2024-03");
  EXPECT_EQ(cell("value"), "825000000 USD");

  std::ostringstream table;
  WriteTriples(table, {Reported()}, OutputFormat::kTable);
  EXPECT_NE(table.str().find("ATTRIBUTED_TO"), std::string::npos) << table.str();
  EXPECT_NE(table.str().find("Ruth Ames"), std::string::npos) << table.str();
  // Reported from a speaker kg could not name ("..., they said"): the table still says so.
  store::StoredTriple unnamed = Reported();
  unnamed.triple.attributed_to.clear();
  std::ostringstream reported;
  WriteTriples(reported, {unnamed}, OutputFormat::kTable);
  EXPECT_NE(reported.str().find("ATTRIBUTED_TO"), std::string::npos) << reported.str();
  EXPECT_NE(reported.str().find(kUnnamedSource), std::string::npos) << reported.str();
  // No column for attribution when nothing in the list is reported.
  store::StoredTriple own = Reported();
  own.triple.attributed_to.clear();
  own.triple.asserted = true;
  std::ostringstream plain;
  WriteTriples(plain, {own}, OutputFormat::kTable);
  EXPECT_EQ(plain.str().find("ATTRIBUTED_TO"), std::string::npos) << plain.str();
}

TEST(Render, AConditionFollowsThePredicate) {
  // "If the board approves, Acme will buy the mill": the modality "will if" had read "will if
  // buy", which the judging sheets' readers took for a stray word.
  model::Triple t;
  t.predicate = "buy";
  t.modality = "will if";
  EXPECT_EQ(PredicateLabel(t), "will buy (if ...)");
  t.negated = true;
  t.modality = "unless";
  EXPECT_EQ(PredicateLabel(t), "not buy (unless ...)");
  t.negated = false;
  t.modality = "could";
  EXPECT_EQ(PredicateLabel(t), "could buy");
}

}  // namespace
}  // namespace kg::cli
