// End-to-end runs of `kg ingest --parser ud` on articles written for the test: what a user sees
// in `kg triples --json`, and the meaning fields the store keeps beside it.
#include <algorithm>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace kg::cli_test {
namespace {

using testing::HasSubstr;

bool AnyContains(const std::vector<std::string>& rows, const std::string& part) {
  for (const std::string& r : rows)
    if (r.find(part) != std::string::npos) return true;
  return false;
}

class IngestUdTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    models_ = Env("KG_MODELS").empty() ? Env("KG_SOURCE_DIR") + "/models" : Env("KG_MODELS");
    if (!fs::exists(fs::path(models_) / "parser.kgm")) GTEST_SKIP() << "no models in " << models_;
  }

  // Writes each text to its own file under dir_/name and ingests the folder with the UD parser.
  Outcome Ingest(const std::string& name, const std::vector<std::string>& texts,
                 const std::string& args = "") const {
    const fs::path folder = dir_ / name;
    fs::create_directories(folder);
    for (std::size_t i = 0; i < texts.size(); ++i)
      std::ofstream(folder / ("a" + std::to_string(i) + ".txt"), std::ios::binary) << texts[i];
    return Kg("ingest --parser ud --models " + models_ + " " + args + " " + folder.string());
  }

  // One row per stored triple: "subject|predicate|object|negated|modality|attributed_to|asserted|
  // time|value|rule", read from the store itself.
  std::vector<std::string> Rows() const {
    SQLite::Database db(db_, SQLite::OPEN_READONLY);
    SQLite::Statement q(db,
                        "SELECT s.name || '|' || t.predicate || '|' || o.name || '|' || t.negated "
                        "|| '|' || t.modality || '|' || t.attributed_to || '|' || t.asserted || "
                        "'|' || t.time || '|' || t.value || '|' || t.rule FROM triples t "
                        "JOIN entities s ON s.id = t.subject_id "
                        "JOIN entities o ON o.id = t.object_id ORDER BY t.id");
    std::vector<std::string> rows;
    while (q.executeStep()) rows.push_back(q.getColumn(0).getString());
    return rows;
  }

  std::string models_;
};

TEST_F(IngestUdTest, MeaningIsKeptAsFields) {
  const Outcome o =
      Ingest("meaning", {"Norway did not fund the new bridge.\n",
                         "Portugal refused to sign the fishing treaty.\n",
                         "The spokesman denied that Belgium supplied the rebels.\n",
                         "According to the Harlow Gazette, Tessan Mining bribed the governor.\n",
                         "Chile planned to sanction the shipping company.\n",
                         "Greystone Capital paid $410 million for the port.\n"});
  ASSERT_EQ(o.code, 0) << o.err;
  const Outcome shown = Kg("triples --json");
  ASSERT_EQ(shown.code, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr("\"extractor\":\"ud/"));
  const std::vector<std::string> rows = Rows();
  const auto has = [&](const std::string& part) { return AnyContains(rows, part); };
  const std::string all = testing::PrintToString(rows);
  EXPECT_TRUE(has("Norway|fund|new bridge|1|")) << all;
  EXPECT_FALSE(has("Norway|fund|new bridge|0|")) << all;
  EXPECT_TRUE(has("Portugal|sign|fishing treaty|1|")) << all;
  // A denial is the embedded fact, negated, credited to the one who denied it, not asserted.
  EXPECT_TRUE(has("Belgium|supply|rebels|1||spokesman|0|")) << all;
  // "According to X": X is the source, never an object of the fact.
  EXPECT_TRUE(has("Tessan Mining|bribe|governor|0||Harlow Gazette|0|")) << all;
  EXPECT_FALSE(has("|Harlow Gazette|0|||1|")) << all;
  EXPECT_TRUE(has("Chile|sanction|shipping company|0|plan|")) << all;
  EXPECT_TRUE(has("Greystone Capital|pay|$410 million|0|||1||410000000 USD|")) << all;
  EXPECT_THAT(Kg("entities --json").out, HasSubstr("\"name\":\"$410 million\",\"type\":\"MONEY\""));
}

// Classes of the seed article's facts, in sentences written for the test: a list of sources
// the parser breaks, a gerund subject, a dash-set parenthetical and a reporting verb other than
// "say", each read as a reader would.
TEST_F(IngestUdTest, ListsDashesAndReportingVerbsReadAsAReaderWould) {
  const Outcome o = Ingest(
      "seed-classes",
      {"Funding for the new bridge has come from Spain, the Netherlands, Austria, and the United "
       "States.\n",
       "Kelso hosted a trade summit \u2014 held at the old palace in Turin \u2014 with Chile and "
       "Peru.\n",
       "Ines Moura stated that the port would close.\n"});
  ASSERT_EQ(o.code, 0) << o.err;
  const std::vector<std::string> rows = Rows();
  const auto has = [&](const std::string& part) { return AnyContains(rows, part); };
  const std::string all = testing::PrintToString(rows);
  for (const char* country : {"Spain", "Netherlands", "Austria", "United States"})
    EXPECT_TRUE(has(std::string(country) + "|fund|new bridge|0|")) << country << all;
  EXPECT_TRUE(has("Kelso|host|trade summit|0|")) << all;
  EXPECT_TRUE(has("Ines Moura|say|the port would close|0|")) << all;
  EXPECT_THAT(Kg("query '(p:PERSON)-[:say]->(q) RETURN p, q'").out, HasSubstr("Ines Moura"));
}

// "Flanders plans to close the old port" is tagged as a noun phrase ("Flanders plans", root
// "plans"): the repair reads the verb, so the plan is a modality of the closing, not a fact.
TEST_F(IngestUdTest, AVerbTaggedAsAPluralNounAfterANameIsTheVerb) {
  ASSERT_EQ(Ingest("misread", {"Flanders plans to close the old port.\n"}).code, 0);
  const std::vector<std::string> rows = Rows();
  EXPECT_TRUE(AnyContains(rows, "Flanders|close|old port|0|plan|")) << testing::PrintToString(rows);
}

// "the WHO" was tagged as "the" and the pronoun "who", so the parse made a relative clause of
// the rest and the sentence had no subject (nlp/acronym_tags.h).
TEST_F(IngestUdTest, AnAcronymAfterADeterminerIsAName) {
  ASSERT_EQ(Ingest("acronym", {"Last week the WHO warned governments about a new strain.\n"}).code,
            0);
  const std::vector<std::string> rows = Rows();
  EXPECT_TRUE(AnyContains(rows, "WHO|warn|governments")) << testing::PrintToString(rows);
}

// A name that an apposition calls a subsidiary, unit or division of someone is a company,
// whatever its shape suggested to the recogniser (a person's, a place's).
TEST_F(IngestUdTest, ASubsidiaryOfSomeoneIsACompany) {
  ASSERT_EQ(Ingest("subsidiary",
                   {"Corvane Analytics, a subsidiary of Pellar Holdings Inc., has hired Mina "
                    "Okafor.\n",
                    "Marlow Advisors, a division of Kestin Corp, cut 40 jobs.\n"})
                .code,
            0);
  const std::string entities = Kg("entities --json").out;
  EXPECT_THAT(entities, HasSubstr("{\"name\":\"Corvane Analytics\",\"type\":\"ORGANIZATION\""));
  EXPECT_THAT(entities, HasSubstr("{\"name\":\"Marlow Advisors\",\"type\":\"ORGANIZATION\""));
  EXPECT_THAT(entities, HasSubstr("{\"name\":\"Mina Okafor\",\"type\":\"PERSON\""));
}

TEST_F(IngestUdTest, TwoThreadsStoreWhatOneThreadStores) {
  const std::vector<std::string> texts = {
      "The European Union fined Vantora Inc. on Monday. The EU said Vantora hid losses.\n",
      "Lina Sorel, the chief executive of Kelso, resigned. Sorel denied that Kelso paid bribes.\n",
      "Denmark will pay $825 million for the missiles, officials said.\n",
      "Witkoff had separate meetings with Zelenskyy in Kiev.\n"};
  ASSERT_EQ(Ingest("one", texts, "--threads 1").code, 0);
  const std::string triples_one = Kg("triples --json").out;
  const std::string entities_one = Kg("entities --json").out;
  const std::vector<std::string> rows_one = Rows();
  db_ = (dir_ / "two.db").string();
  ASSERT_EQ(Ingest("two", texts, "--threads 2").code, 0);
  EXPECT_FALSE(rows_one.empty());
  EXPECT_EQ(Rows(), rows_one);
  EXPECT_EQ(Kg("entities --json").out, entities_one);
  // The evidence names the article's file, which differs by folder; everything else is equal.
  std::string two = Kg("triples --json").out;
  for (std::size_t at; (at = two.find("/two/")) != std::string::npos;) two.replace(at, 5, "/one/");
  EXPECT_EQ(two, triples_one);
}

TEST_F(IngestUdTest, NameVariantsOfOneArticleAreOneNode) {
  ASSERT_EQ(
      Ingest("names", {"The European Union fined Vantora Inc. on Monday. The EU said Vantora hid "
                       "losses.\n"})
          .code,
      0);
  const std::string entities = Kg("entities --json").out;
  EXPECT_THAT(entities, HasSubstr("\"name\":\"European Union\""));
  EXPECT_THAT(entities, testing::Not(HasSubstr("\"name\":\"EU\"")));
}

TEST_F(IngestUdTest, PronounsAndDescriptionsPointBackOnlyWhenTheTextTiesThem) {
  ASSERT_EQ(Ingest("coref", {"Tomas Berg founded Quillon in 2015. He sold the company in 2021. "
                             "It was a bad year.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  const auto has = [&](const std::string& part) { return AnyContains(rows, part); };
  const std::string all = testing::PrintToString(rows);
  // What is founded is an organisation; "he" is the founder, "the company" what he founded.
  EXPECT_TRUE(has("Tomas Berg|sell|Quillon|0|||1|2021|")) << all;
  EXPECT_THAT(Kg("entities --json").out,
              HasSubstr("\"name\":\"Quillon\",\"type\":\"ORGANIZATION\""));
  // "It" has no antecedent the resolver trusts: no node, no edge.
  EXPECT_FALSE(has("|It|")) << all;
  EXPECT_FALSE(has("It|")) << all;
}

TEST_F(IngestUdTest, AKindNounWithTwoCandidatesPointsNowhere) {
  // Two banks and two cities were named: "the company" and "the city" could be either.
  ASSERT_EQ(Ingest("kinds", {"Halvard Bank opened offices in Oslo. Northwind Bank opened offices "
                             "in Bergen. The company will hire 300 workers. The city expects new "
                             "offices in 2029.\n",
                             "Quillon Bank opened a branch in Oslo. The company will hire 200 "
                             "workers.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  const std::string all = testing::PrintToString(rows);
  const auto has = [&](const std::string& part) { return AnyContains(rows, part); };
  EXPECT_FALSE(has("Halvard Bank|hire|")) << all;
  EXPECT_FALSE(has("Northwind Bank|hire|")) << all;
  EXPECT_FALSE(has("Oslo|expect|")) << all;
  EXPECT_FALSE(has("Bergen|expect|")) << all;
  // One company named: the description is that company.
  EXPECT_TRUE(has("Quillon Bank|hire|")) << all;
}

TEST_F(IngestUdTest, ADescriptionIsNotAPhraseThatOnlyEndsInItsNoun) {
  ASSERT_EQ(Ingest("bridge", {"Halvard Bank lent money to the town of Skien for a new bridge. The "
                              "bridge will open in 2029.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  EXPECT_FALSE(AnyContains(rows, "town of Skien for a new bridge|open"))
      << testing::PrintToString(rows);
}

TEST_F(IngestUdTest, ANameTheArticleCallsAFirmIsAnOrganization) {
  // The recogniser reads "Tarvo Engineering" as a person's name; the apposition says otherwise.
  ASSERT_EQ(Ingest("firm", {"Tarvo Engineering, a firm based in Turku, designed the bridge. Tarvo "
                            "Engineering also built a tunnel.\n",
                            "Norway is a major lender to the fund.\n"})
                .code,
            0);
  const std::string organizations = Kg("entities --type ORGANIZATION --json").out;
  EXPECT_THAT(organizations, HasSubstr("\"name\":\"Tarvo Engineering\""));
  EXPECT_THAT(Kg("entities --type PERSON --json").out,
              testing::Not(HasSubstr("\"name\":\"Tarvo Engineering\"")));
  // A country called a lender stays the country.
  EXPECT_THAT(Kg("entities --type COUNTRY --json").out, HasSubstr("\"name\":\"Norway\""));
}

TEST_F(IngestUdTest, APronounIsThePersonItAgreesWithNotTheLastSubject) {
  ASSERT_EQ(Ingest("gender",
                   {"Tomas Berg met Ruth Ames in Oslo on Monday. She praised the new budget.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  const std::string all = testing::PrintToString(rows);
  const auto has = [&](const std::string& prefix) {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const std::string& r) { return r.rfind(prefix, 0) == 0; });
  };
  EXPECT_TRUE(has("Ruth Ames|praise|new budget|")) << all;
  EXPECT_FALSE(has("Tomas Berg|praise|")) << all;
}

TEST_F(IngestUdTest, AnAgentEdgeReadsInTheActiveVoice) {
  // The by-agent is the edge's subject: "Norway -was financed by-> bridge" would read backwards.
  ASSERT_EQ(Ingest("agent", {"The new bridge was financed by Norway.\n"}).code, 0);
  const std::string triples = Kg("triples --json").out;
  EXPECT_THAT(triples, HasSubstr("\"relation\":\"finance\""));
  EXPECT_THAT(triples, testing::Not(HasSubstr("\"relation\":\"was financed by\"")));
}

// Typing classes: leaders named by surname alone, people by what a copula says they are, a
// country the recogniser took for a surname.
TEST_F(IngestUdTest, OneWordNamesAndPlacesGetTheTypeTheSentenceGivesThem) {
  ASSERT_EQ(Ingest("typing", {"Modi phoned Meloni. Starmer met Lula in Brasilia.\n",
                              "Greta and Malik are old friends.\n", "Nadia Oman flew to Oman.\n"})
                .code,
            0);
  const std::string people = Kg("entities --type PERSON --json").out;
  for (const char* name : {"Modi", "Meloni", "Starmer", "Lula", "Greta", "Malik", "Nadia Oman"})
    EXPECT_THAT(people, HasSubstr(std::string("\"name\":\"") + name + "\"")) << name;
  EXPECT_THAT(Kg("entities --type COUNTRY --json").out, HasSubstr("\"name\":\"Oman\""));
  EXPECT_THAT(Kg("triples --subject \"Nadia Oman\" --json").out, HasSubstr("\"name\":\"Oman\""));
}

// Lists and clause classes: a second verb the parser read as a compound noun, and a name that a
// verb's object noun points to ("sought help from X").
TEST_F(IngestUdTest, SecondVerbsAndNamesBehindObjectNounsGiveTheirOwnEdges) {
  ASSERT_EQ(Ingest("lists", {"Auditors check invoices and print summaries.\n",
                             "The mayor asked questions about Greenpeace.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  const std::string all = testing::PrintToString(rows);
  const auto has = [&](const std::string& part) { return AnyContains(rows, part); };
  EXPECT_TRUE(has("Auditors|check|invoices|0|")) << all;
  EXPECT_TRUE(has("Auditors|print|summaries|0|")) << all;
  EXPECT_FALSE(has("print summaries")) << all;
  EXPECT_TRUE(has("mayor|ask question about|Greenpeace|0|")) << all;
}

// A reported clause is a STATEMENT node named by the whole clause, listed apart from entities;
// the facts inside it stay their own edges, credited to the speaker.
TEST_F(IngestUdTest, AReportedClauseIsAStatementNotAnEntity) {
  ASSERT_EQ(Ingest("said", {"Dana Whitlow said the harbour board would lease the old pier to a "
                            "ferry firm to cut its losses.\n"})
                .code,
            0);
  const std::string clause =
      "the harbour board would lease the old pier to a ferry firm to cut "
      "its losses";
  const std::string triples = Kg("triples --json").out;
  EXPECT_THAT(triples, HasSubstr("{\"name\":\"" + clause + "\",\"type\":\"STATEMENT\"}"));
  const std::string statements = Kg("entities --type STATEMENT --json").out;
  EXPECT_THAT(statements, HasSubstr("\"name\":\"" + clause + "\""));
  const std::string entities = Kg("entities --json").out;
  EXPECT_THAT(entities, HasSubstr("\"name\":\"Dana Whitlow\""));
  EXPECT_THAT(entities, testing::Not(HasSubstr("STATEMENT")));
  EXPECT_THAT(Kg("query '(p)-[:say]->(q:STATEMENT) RETURN p, q'").out, HasSubstr("Dana Whitlow"));
  EXPECT_TRUE(AnyContains(Rows(), "harbour board|lease|old pier|0|would|Dana Whitlow|0|"))
      << testing::PrintToString(Rows());
}

// A unit or scale word is never a node: the node is the amount with its unit.
TEST_F(IngestUdTest, AUnitWordIsNeverANodeOnItsOwn) {
  // The parser hangs "18" on the verb and makes "pct" the object; "50 kilos" was no value.
  ASSERT_EQ(Ingest("units", {"Tourism revenue slid to 18 pct of national income after the "
                             "floods.\n",
                             "The mill bought 9,000 sacks of 50 kilos from Tarn Farms.\n"})
                .code,
            0);
  const std::string entities = Kg("entities --json").out;
  for (const char* unit : {"pct", "kilos", "mln", "dlrs"})
    EXPECT_THAT(entities, testing::Not(HasSubstr(std::string("\"name\":\"") + unit + "\"")))
        << unit << entities;
  const std::string quantities = Kg("entities --type QUANTITY --json").out;
  // The amount names what it measures (its value stays 18%).
  EXPECT_THAT(quantities, HasSubstr("\"name\":\"18 pct of national income\""));
  EXPECT_THAT(quantities, HasSubstr("\"name\":\"50 kilos\""));
}

// Firms named by their partners or with a lower-case legal form are one organisation each.
TEST_F(IngestUdTest, AFirmNamedByItsPartnersIsOneOrganization) {
  ASSERT_EQ(Ingest("firms", {"Velbrook Foods hired Pell, Dorrance, Kimber and Thwaite (PDKT) to "
                             "sell its dairy unit.\n",
                             "Marden Aerospace corp bought Ostrava Cables inc for 40 mln dlrs.\n"})
                .code,
            0);
  const std::string organizations = Kg("entities --type ORGANIZATION --json").out;
  EXPECT_THAT(organizations, HasSubstr("\"name\":\"Pell, Dorrance, Kimber and Thwaite\""));
  EXPECT_THAT(organizations, HasSubstr("\"name\":\"Marden Aerospace corp\""));
  const std::string people = Kg("entities --type PERSON --json").out;
  for (const char* name : {"Pell", "Dorrance", "Kimber", "Thwaite", "Aerospace"})
    EXPECT_THAT(people, testing::Not(HasSubstr(name))) << people;
}

// Verbs of speculating report a claim; commenting on a topic is an edge; a "such" cut from its
// "as ..." is no part of a phrase.
TEST_F(IngestUdTest, SpeculationIsReportedAndCommentsKeepTheirTopic) {
  ASSERT_EQ(Ingest("speculate", {"Analysts speculated that Tarvik Shipping would sell its Oslo "
                                 "unit.\nThe Brannock board would not comment on the rumors.\nThe "
                                 "Orlen chips will be used in equipment such as private branch "
                                 "exchanges and desktop computers.\n"})
                .code,
            0);
  const std::vector<std::string> rows = Rows();
  EXPECT_TRUE(AnyContains(rows, "Tarvik Shipping|sell|Oslo unit|0|would|Analysts|0|"))
      << testing::PrintToString(rows);
  EXPECT_TRUE(AnyContains(rows, "Brannock board|comment on|rumors|1|"))
      << testing::PrintToString(rows);
  EXPECT_TRUE(AnyContains(rows, "Orlen chips|be used in|equipment|"))
      << testing::PrintToString(rows);
}

// Every merge can be found: `kg merges` lists what each entity absorbed, by which rule, where.
TEST_F(IngestUdTest, EveryMergeIsListedWithItsRuleAndArticle) {
  ASSERT_EQ(Ingest("merges", {"The Nordic Energy Council fined Brannock Mining on Monday. The NEC "
                              "said it would publish the ruling.\n",
                              "The N.E.C. fined Tarvik Shipping.\n",
                              "John Berg fined Tarvik Shipping on Monday. He later fined Orlen "
                              "Freight.\n"})
                .code,
            0);
  const Outcome all = Kg("merges --format csv");
  ASSERT_EQ(all.code, 0) << all.err;
  EXPECT_THAT(all.out, HasSubstr("Nordic Energy Council,ORGANIZATION,NEC,acronym,"));
  EXPECT_THAT(all.out, HasSubstr("a0.txt"));
  // The second article's spelling joined through the store's aliases.
  EXPECT_THAT(all.out, HasSubstr("Nordic Energy Council,ORGANIZATION,N.E.C.,alias,"));
  const Outcome one = Kg("merges nec --json");
  EXPECT_THAT(one.out, HasSubstr("\"rule\":\"acronym\""));
  EXPECT_THAT(one.out, testing::Not(HasSubstr("Brannock")));
  // A pronoun is found by what it was merged into; rule names ignore case.
  EXPECT_THAT(Kg("merges he --rule COREFERENCE --format csv").out,
              HasSubstr("John Berg,PERSON,he,coreference,"));
  const Outcome bad = Kg("merges --rule guess");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("unknown merge rule 'guess'"));
}

TEST_F(IngestUdTest, AnUnknownParserIsAOneLineError) {
  const Outcome o = Kg("ingest --parser stanza " + Samples());
  EXPECT_NE(o.code, 0);
  EXPECT_THAT(o.err, HasSubstr("stanza"));
}

}  // namespace
}  // namespace kg::cli_test
