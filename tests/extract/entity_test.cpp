// Typing and canonical naming of entities across one article, through the UD pipeline with the
// shipped models.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "extract/ud_pipeline.h"

namespace kg::extract {
namespace {

using model::EntityType;

// The source tree's models, loaded once for the whole test program.
std::shared_ptr<const UdModels> Models() {
  static const auto models = [] {
    const char* source = std::getenv("KG_SOURCE_DIR");
    return std::make_shared<const UdModels>(std::string(source != nullptr ? source : ".") +
                                            "/models");
  }();
  return models;
}

// The graph the pipeline makes of an article of `text` (source "test").
model::ArticleGraph Extracted(const std::string& text) {
  UdPipeline pipeline(Models());
  model::Article a;
  a.source = "test";
  a.text = text;
  return pipeline.ExtractArticle(a);
}

class EntityTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    UdPipeline pipeline(Models());
    model::Article a;
    a.source = "test";
    a.text =
        "Helga Sorensen, the President of Iceland, visited the U.S. on Monday. "
        "Sorensen met officials of the World Bank in Washington. "
        "She said that the United States would fund the new harbour. "
        "President Sorensen opened the Reykjavik harbour summit on Friday. "
        "The summit ended with a pledge.";
    graph_ = new model::ArticleGraph(pipeline.ExtractArticle(a));
  }
  static void TearDownTestSuite() { delete graph_; }

  static const model::Entity* Find(const std::string& name) {
    for (const auto& e : graph_->entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
  static bool HasTriple(const std::string& s, const std::string& p, const std::string& o) {
    return std::any_of(graph_->triples.begin(), graph_->triples.end(), [&](const model::Triple& t) {
      return t.subject.name == s && t.predicate == p && t.object.name == o;
    });
  }

  static model::ArticleGraph* graph_;
};

model::ArticleGraph* EntityTest::graph_ = nullptr;

TEST_F(EntityTest, SurnameJoinsTheFullNameAndIsTypedPerson) {
  const model::Entity* e = Find("Helga Sorensen");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), "Sorensen"), e->aliases.end());
  EXPECT_EQ(Find("Sorensen"), nullptr);
}

TEST_F(EntityTest, CountryNamesAreOneNode) {
  const model::Entity* us = Find("United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->type, EntityType::kCountry);
  EXPECT_EQ(Find("U.S."), nullptr);
  EXPECT_TRUE(HasTriple("Helga Sorensen", "visit", "United States"));
}

TEST_F(EntityTest, AnAppositiveRoleOfACountryIsAnEdge) {
  EXPECT_TRUE(HasTriple("Helga Sorensen", "president of", "Iceland"));
  ASSERT_NE(Find("Iceland"), nullptr);
  EXPECT_EQ(Find("Iceland")->type, EntityType::kCountry);
}

// What the removed Link Grammar extractor gave for this article and the UD extractor does not
// yet (kept, disabled, as the specification of a known gap; run them with
// --gtest_also_run_disabled_tests): the place of "met officials ... in Washington", and a summit
// named with its place typed EVENT.
TEST_F(EntityTest, DISABLED_ThePlaceOfAMeetingIsAPlaceNode) {
  ASSERT_NE(Find("Washington"), nullptr);
  EXPECT_TRUE(model::IsPlace(Find("Washington")->type));
}

TEST_F(EntityTest, DISABLED_ANamedSummitIsAnEvent) {
  ASSERT_NE(Find("Reykjavik harbour summit"), nullptr);
  EXPECT_EQ(Find("Reykjavik harbour summit")->type, EntityType::kEvent);
}

TEST_F(EntityTest, PronounPointsBackToThePerson) {
  const bool said =
      std::any_of(graph_->triples.begin(), graph_->triples.end(), [](const model::Triple& t) {
        return t.subject.name == "Helga Sorensen" && t.predicate == "say";
      });
  EXPECT_TRUE(said);
}

TEST_F(EntityTest, EvidenceIsTheSentenceAndItsSpan) {
  ASSERT_FALSE(graph_->triples.empty());
  for (const auto& t : graph_->triples) {
    EXPECT_EQ(graph_->article.text.substr(t.evidence.start, t.evidence.end - t.evidence.start),
              t.evidence.sentence);
  }
}

TEST_F(EntityTest, TitlesAreStrippedFromNames) {
  EXPECT_EQ(Find("President Sorensen"), nullptr);
  EXPECT_TRUE(HasTriple("Helga Sorensen", "open", "Reykjavik harbour summit"));
}

TEST_F(EntityTest, TheSummitIsTheSummitJustNamed) {
  ASSERT_NE(Find("Reykjavik harbour summit"), nullptr);
  EXPECT_EQ(Find("summit"), nullptr);
  EXPECT_TRUE(HasTriple("Reykjavik harbour summit", "end with", "pledge"));
}

TEST(Dateline, TriplesAfterADatelineKeepTheirEvidence) {
  UdPipeline pipeline(Models());
  model::Article a;
  a.source = "wire.txt";
  a.text = "OSLO, March 3 - Norway funded the missiles.\n";
  const auto g = pipeline.ExtractArticle(a);
  ASSERT_FALSE(g.triples.empty());
  const auto& t = g.triples.front();
  EXPECT_EQ(t.subject.name, "Norway");
  EXPECT_EQ(t.predicate, "fund");
  EXPECT_EQ(t.relation, "funded");
  // The evidence is the sentence after the dateline, and its span selects exactly that text.
  EXPECT_EQ(t.evidence.sentence, "Norway funded the missiles.");
  EXPECT_EQ(a.text.substr(t.evidence.start, t.evidence.end - t.evidence.start),
            t.evidence.sentence);
}

TEST(PronounReferent, APronounIsThePersonNotThePhraseSheOwns) {
  const model::ArticleGraph graph = Extracted(
      "Ruth Ames's bold bid for Torvik Malt has held up the merger. "
      "Analysts said she showed skill in cutting costs.");
  bool person = false;
  for (const model::Triple& t : graph.triples) {
    if (t.predicate != "show") continue;
    EXPECT_EQ(t.subject.name, "Ruth Ames");
    person = true;
  }
  EXPECT_TRUE(person);
}

// "its board" is the board of the firm "its" stands for, one node per owner, not one "board" for
// every firm of the store.
TEST(PronounReferent, ANounItsOwnerPronounOwnsIsNamedForTheOwner) {
  const model::ArticleGraph graph = Extracted(
      "Torvik Malt Inc said its board approved the merger. "
      "Sen. Ruth Ames said her committee would review the bill.");
  bool board = false;
  bool committee = false;
  for (const model::Triple& t : graph.triples) {
    if (t.predicate == "approve") {
      EXPECT_EQ(t.subject.name, "Torvik Malt's board");
      board = true;
    }
    if (t.predicate == "review") {
      EXPECT_EQ(t.subject.name, "Ruth Ames' committee");
      committee = true;
    }
  }
  EXPECT_TRUE(board);
  EXPECT_TRUE(committee);
}

// "the company's board" is the board of the firm "the company" points back to.
TEST(PronounReferent, ANounADefiniteOwnerOwnsIsNamedForWhatItPointsBackTo) {
  const model::ArticleGraph graph = Extracted(
      "Torvik Malt Inc said on Monday it would cut 300 jobs. "
      "The company's board approved the plan.");
  bool board = false;
  for (const model::Triple& t : graph.triples) {
    if (t.predicate != "approve") continue;
    EXPECT_EQ(t.subject.name, "Torvik Malt's board");
    board = true;
  }
  EXPECT_TRUE(board);
}

// The speaker of a trailing "he said" is nobody named inside the quotation.
TEST(PronounReferent, ASpeakerIsNobodyNamedInWhatWasSaid) {
  const model::ArticleGraph graph = Extracted(
      "Tariffs rose again in May. \"That is bad for farmers and bad for the consumer,\" he said.");
  for (const model::Triple& t : graph.triples) {
    EXPECT_NE(t.subject.name, "consumer") << t.predicate << " " << t.object.name;
    EXPECT_NE(t.subject.name, "farmers") << t.predicate << " " << t.object.name;
  }
}

// A parent named before its unit keeps its own words, whatever the unit's name begins with; the
// headline names nothing first.
TEST(ShortNames, AParentNamedBeforeItsUnitIsNotTheUnit) {
  model::Article a;
  a.source = "wire.txt";
  a.title = "NORDHB FINANCE ISSUES EUROBOND";
  a.text =
      "NORDHB FINANCE ISSUES EUROBOND\n\nFRANKFURT, March 19 - A Norddeutsche Handelsbank "
      "(NordHB) unit is raising 50 mln Australian dlrs through a eurobond, lead manager "
      "NordHB said.\n\nThe bond, for NordHB Finance N.V., is guaranteed by the parent.\n";
  UdPipeline pipeline(Models());
  const model::ArticleGraph graph = pipeline.ExtractArticle(a);
  bool said = false;
  for (const model::Triple& t : graph.triples) {
    if (t.predicate != "say") continue;
    EXPECT_EQ(t.subject.name, "NordHB");
    said = true;
  }
  EXPECT_TRUE(said);
}

// A unit of measure the recogniser took for a place is the amount's ("1,270 MW" had given the
// place "MW").
TEST(ValueNodes, MegawattsAreNoPlace) {
  const model::ArticleGraph graph = Extracted(
      "Orvik Verde Units 1 and 2 are already in commercial operation and also are rated "
      "at 1,270 MW each, the company said.\n");
  for (const model::Entity& e : graph.entities) EXPECT_NE(e.name, "MW");
}

// A rate quoted for a dated instrument: the instrument is a thing, the value only the amount.
TEST(ValueNodes, ACopulasValueIsItsAmountAndADatedThingIsNoDate) {
  const model::ArticleGraph graph =
      Extracted("December 1998 paper was 11.42 pct, up from 11.40.\n");
  std::string all;
  for (const model::Triple& t : graph.triples)
    all += "\n  " + t.subject.name + " -" + t.predicate + "-> " + t.object.name;
  const auto rate = std::find_if(graph.triples.begin(), graph.triples.end(),
                                 [](const model::Triple& t) { return t.predicate == "be"; });
  ASSERT_NE(rate, graph.triples.end()) << all;
  EXPECT_EQ(rate->object.name, "11.42 pct") << all;
  EXPECT_EQ(rate->object.type, EntityType::kQuantity) << all;
  EXPECT_EQ(rate->subject.name, "December 1998 paper") << all;
  EXPECT_EQ(rate->subject.type, EntityType::kOther) << all;
}

// A title is a person's: "General" of a firm the recogniser took for a person until the article
// typed it an organisation gives the firm no rank ("General Orbin Partners -be-> General").
TEST(TitleRoles, AFirmWhoseNameStartsWithATitleHoldsNoRank) {
  const model::ArticleGraph graph = Extracted(
      "General Orbin Partners said it intends to keep the company's plastics businesses. "
      "General Orbin Partners holds 9.8 pct of Castex stock.");
  bool holds = false;
  for (const model::Triple& t : graph.triples) {
    EXPECT_FALSE(t.rule == "title-role" && t.subject.type != EntityType::kPerson)
        << t.subject.name << " " << t.predicate << " " << t.object.name;
    holds =
        holds || (t.subject.name == "General Orbin Partners" && t.predicate.starts_with("hold"));
  }
  EXPECT_TRUE(holds);
}

// A pronoun resolved to a noun whose name is its apposition stands for the name: "The state
// corporation, Comvola, closed two mines. It said ..." is Comvola's report, not a node "state
// corporation".
TEST(PronounReferent, ANounWithANameInAppositionIsThatName) {
  const model::ArticleGraph graph = Extracted(
      "The state corporation, Comvola, closed two mines on Monday. It said the mines had lost "
      "money for years.");
  bool said = false;
  for (const model::Triple& t : graph.triples) {
    if (t.predicate != "say") continue;
    EXPECT_EQ(t.subject.name, "Comvola");
    said = true;
  }
  EXPECT_TRUE(said);
}

TEST(WireCompanies, ANameBeforeATickerIsAnOrganization) {
  // The recogniser reads a one-word firm's name as a person's surname; the wire's ticker says it
  // is a firm, in every mention of the article.
  const model::ArticleGraph graph = Extracted(
      "Halvorsen <HLV.OL> said it sold its paper unit for 40 mln dlrs.\n\nHalvorsen said the "
      "sale would close in May.\n");
  const auto firm = std::find_if(graph.entities.begin(), graph.entities.end(),
                                 [](const model::Entity& e) { return e.name == "Halvorsen"; });
  ASSERT_NE(firm, graph.entities.end());
  EXPECT_EQ(firm->type, EntityType::kOrganization);
}

TEST(WireCompanies, ANameTheHeadlineMarksWithATickerIsAnOrganization) {
  // "P.H. GLATFELTER CO <GLP> INCREASES DIVIDEND" over a story that writes "P.H. Glatfelter
  // said": the initials made the firm a person, and "the company" then found no firm to be.
  UdPipeline pipeline(Models());
  model::Article a;
  a.source = "test";
  a.title = "T.R. HALVORSEN CO <HLV> RAISES DIVIDEND";
  a.text = a.title +
           "\n\nT.R. Halvorsen said its board raised the quarterly dividend to 14 cts a share.\n\n"
           "The company said the dividend is payable May 1.\n";
  const model::ArticleGraph graph = pipeline.ExtractArticle(a);
  const auto firm = std::find_if(graph.entities.begin(), graph.entities.end(),
                                 [](const model::Entity& e) { return e.name == "T.R. Halvorsen"; });
  ASSERT_NE(firm, graph.entities.end());
  EXPECT_EQ(firm->type, EntityType::kOrganization);
  int said = 0;
  for (const model::Triple& t : graph.triples)
    if (t.predicate == "say" && t.subject.name == "T.R. Halvorsen") ++said;
  EXPECT_EQ(said, 2);
}

}  // namespace
// "the Model 2616" had been typed a date and "MVME134" a place (sheet 1369): a maker's model is
// a product.
TEST(ValueNodes, AModelAndItsNumberNameAProduct) {
  const model::ArticleGraph graph = Extracted(
      "Tarvex said the Model 4410 is a 32-bit system. The KTX4410 is priced at 900 dlrs.\n");
  std::string all;
  int products = 0;
  for (const model::Entity& e : graph.entities) {
    all += "\n  " + e.name + " " + std::string(model::TypeName(e.type));
    if ((e.name == "Model 4410" || e.name == "KTX4410") && e.type == EntityType::kProduct)
      ++products;
  }
  EXPECT_EQ(products, 2) << all;
}

}  // namespace kg::extract
