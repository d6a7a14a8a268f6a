// One test per rule family, on sentences written for these tests.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extract.h"

namespace kg::extract {
namespace {

class LinkRulesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { pipeline_ = new Pipeline(); }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  // "subject | relation | object" for every extraction, graph-only edges included.
  static std::vector<std::string> Triples(const std::string& sentence) {
    std::vector<std::string> out;
    for (const OpenTriple& t : pipeline_->ExtractSentence(sentence, InputStyle::kPlain)) {
      out.push_back(t.subject + " | " + t.relation + " | " + t.object +
                    (t.negated ? " | negated" : ""));
    }
    return out;
  }
  static bool Has(const std::string& sentence, const std::string& triple) {
    const auto all = Triples(sentence);
    const bool found = std::find(all.begin(), all.end(), triple) != all.end();
    if (!found) {
      for (const auto& t : all) std::cerr << "  got: " << t << "\n";
    }
    return found;
  }

  static Pipeline* pipeline_;
};

Pipeline* LinkRulesTest::pipeline_ = nullptr;

TEST_F(LinkRulesTest, SubjectVerbObject) {
  EXPECT_TRUE(Has("The mayor signed the contract.", "The mayor | signed | the contract"));
}

TEST_F(LinkRulesTest, LongSentencesAreParsedClauseByClauseWithTheirOwnWords) {
  // Over 30 words with a semicolon: parsed as two clauses, spans counted from the sentence start.
  const std::string s =
      "The regional council approved the new budget for the coming three years after a long "
      "debate in the old town hall; the opposition members rejected the plan for the harbour "
      "during the same evening session.";
  EXPECT_TRUE(Has(s, "The regional council | approved after | a long debate in the old town hall"));
  EXPECT_TRUE(Has(s, "the opposition members | rejected during | the same evening session"));
}

TEST_F(LinkRulesTest, VerbWithPrepositionalObject) {
  EXPECT_TRUE(Has("The delegates met in Vienna.", "The delegates | met in | Vienna"));
}

TEST_F(LinkRulesTest, PassiveWithAgentKeepsTheSentenceOrderAndFindsTheDoer) {
  const std::string s = "The bridge was designed by a Danish firm.";
  EXPECT_TRUE(Has(s, "The bridge | was designed by | a Danish firm"));
  const auto triples = pipeline_->ExtractSentence(s, InputStyle::kPlain);
  ASSERT_FALSE(triples.empty());
  EXPECT_EQ(triples.front().predicate, "design");
}

TEST_F(LinkRulesTest, ListsGiveOneTriplePerMember) {
  const std::string s = "Sweden, Finland and Estonia signed the treaty.";
  EXPECT_TRUE(Has(s, "Sweden | signed | the treaty"));
  EXPECT_TRUE(Has(s, "Finland | signed | the treaty"));
  EXPECT_TRUE(Has(s, "Estonia | signed | the treaty"));
}

TEST_F(LinkRulesTest, NegationIsKeptAsAField) {
  EXPECT_TRUE(Has("The ministry has not approved the price.",
                  "The ministry | has not approved | the price | negated"));
}

TEST_F(LinkRulesTest, AppositiveGivesIsAndRoleOf) {
  const std::string s = "Anna Berg, the director of the museum, opened the exhibition.";
  EXPECT_TRUE(Has(s, "Anna Berg | is | the director of the museum"));
  EXPECT_TRUE(Has(s, "Anna Berg | director of | the museum"));
  EXPECT_TRUE(Has(s, "Anna Berg | opened | the exhibition"));
}

TEST_F(LinkRulesTest, ReportedSpeechGivesTheSpeakerAndTheClause) {
  const std::string s = "The minister said that the port would reopen in May.";
  EXPECT_TRUE(Has(s, "The minister | said | the port would reopen in May"));
  EXPECT_TRUE(Has(s, "the port | would reopen in | May"));
}

TEST_F(LinkRulesTest, ModalityIsKept) {
  const auto triples =
      pipeline_->ExtractSentence("The fund will pay the farmers.", InputStyle::kPlain);
  ASSERT_FALSE(triples.empty());
  EXPECT_EQ(triples.front().modality, "will");
  EXPECT_EQ(triples.front().predicate, "pay");
}

TEST_F(LinkRulesTest, CarbOutputUsesTheSentencesOwnTokens) {
  const auto triples = pipeline_->ExtractSentence(
      "The city 's council approved a `` green '' plan .", InputStyle::kPtbTokens);
  ASSERT_FALSE(triples.empty());
  EXPECT_EQ(triples.front().subject, "The city 's council");
  EXPECT_EQ(triples.front().object, "a `` green '' plan");
}

TEST_F(LinkRulesTest, CopulaWithNoun) {
  EXPECT_TRUE(Has("The museum is a popular place.", "The museum | is | a popular place"));
}

TEST_F(LinkRulesTest, PossessiveGivesHas) {
  EXPECT_TRUE(Has("Berlin's mayor opened the station.", "Berlin | has | mayor"));
  EXPECT_TRUE(Has("Berlin's mayor opened the station.", "Berlin's mayor | opened | the station"));
}

TEST_F(LinkRulesTest, NounInPlaceGivesIsIn) {
  EXPECT_TRUE(Has("The engineers in Oslo designed the bridge.", "The engineers | is in | Oslo"));
}

TEST_F(LinkRulesTest, NominalisedEventNamesTheDoer) {
  const auto triples = pipeline_->ExtractSentence(
      "Funding for the new school has come from the city council.", InputStyle::kPlain);
  const bool found = std::any_of(triples.begin(), triples.end(), [](const OpenTriple& t) {
    return t.predicate == "fund" && t.subject == "the city council" && t.object == "the new school";
  });
  EXPECT_TRUE(found);
}

TEST_F(LinkRulesTest, RelativeClauseSubjectIsTheNoun) {
  const std::string s = "The farmers who planted the trees sold the apples.";
  EXPECT_TRUE(Has(s, "The farmers | planted | the trees"));
  EXPECT_TRUE(Has(s, "The farmers | sold | the apples"));
}

TEST_F(LinkRulesTest, ConjoinedVerbsShareTheirObject) {
  const std::string s = "The firm will sell or close the old factories.";
  EXPECT_TRUE(Has(s, "The firm | will sell | the old factories"));
  EXPECT_TRUE(Has(s, "The firm | will close | the old factories"));
}

TEST_F(LinkRulesTest, OpenerIsATimeArgument) {
  const auto triples =
      pipeline_->ExtractSentence("In 2019, the council approved the plan.", InputStyle::kPlain);
  ASSERT_FALSE(triples.empty());
  EXPECT_EQ(triples.front().subject, "the council");
  EXPECT_EQ(triples.front().object, "the plan");
  EXPECT_EQ(triples.front().extras, (std::vector<std::string>{"In 2019"}));
}

TEST_F(LinkRulesTest, ParticipleClauseSharesTheSubject) {
  const std::string s = "The students marched through the city, carrying large banners.";
  EXPECT_TRUE(Has(s, "The students | carrying | large banners"));
  EXPECT_TRUE(Has(s, "The students | marched through | the city"));
}

TEST_F(LinkRulesTest, TitleBeforeANameIsAFact) {
  const auto triples =
      pipeline_->ExtractSentence("Chancellor Olaf Berg visited the port.", InputStyle::kPlain);
  const bool title = std::any_of(triples.begin(), triples.end(), [](const OpenTriple& t) {
    return t.predicate == "title" && t.subject == "Chancellor Olaf Berg" &&
           t.object == "Chancellor";
  });
  EXPECT_TRUE(title);
}

}  // namespace
}  // namespace kg::extract
