// Kinds of wrong triples and junk nodes found in session 35 (the last judging sheets of session
// 34 and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis of a
// sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/record_amounts.h"
#include "extract/clauses/titled_name_heads.h"
#include "model/entity_type.h"
#include "nlp/gazetteer.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RepairSpans;

TEST(JudgedS35Classes, AGovernorNamedAfterHisBankIsAPersonOfIt) {
  // "Bank of Japan Governor Satoshi Sumita said ..." with the bank's name run on over "of" and
  // every capitalised word after it: the governor was an organisation, his words a firm's, and
  // "Sumita" alone later in the story a second organisation.
  const auto triples = ExtractAfter(RepairSpans, R"(Bank Bank PROPN NNP 5 compound B-ORGANIZATION
of of ADP IN 3 case O
Canada Canada PROPN NNP 1 nmod B-COUNTRY
Governor Governor PROPN NNP 5 nmod:desc O
Elmer Elmer PROPN NNP 7 nsubj O
Tolliver Tolliver PROPN NNP 5 flat B-PRODUCT
said say VERB VBD 0 root O
rates rate NOUN NNS 10 nsubj O
would would AUX MD 10 aux O
hold hold VERB VB 7 ccomp O
. . PUNCT . 7 punct O)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Elmer Tolliver") << Listing(triples);
  EXPECT_EQ(said[0].subject.type, model::EntityType::kPerson) << Listing(triples);
  const auto role = Matching(triples, "Elmer Tolliver", "governor of", "Bank of Canada");
  EXPECT_EQ(role.size(), 1U) << Listing(triples);
}

TEST(JudgedS35Classes, ASecretaryTaggedInsideAPlacesNameIsAPersonOfTheCountry) {
  // "U.S. Defense Secretary Caspar Weinberger said ..." tagged one place: the secretary was an
  // organisation of four words; a country's name opening the span is the country, the portfolio
  // and title no name.
  const auto triples = ExtractAfter(RepairSpans, R"(U.S. U.S. PROPN NNP 3 compound B-LOCATION
Energy Energy PROPN NNP 3 compound I-LOCATION
Secretary Secretary PROPN NNP 4 nmod:desc I-LOCATION
Dana Dana PROPN NNP 6 nsubj I-LOCATION
Perrault Perrault PROPN NNP 4 flat I-LOCATION
said say VERB VBD 0 root O
prices price NOUN NNS 8 nsubj O
rose rise VERB VBD 6 ccomp O
. . PUNCT . 6 punct O)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Dana Perrault") << Listing(triples);
  EXPECT_EQ(said[0].subject.type, model::EntityType::kPerson) << Listing(triples);
  // The title stays the person's (owned_titles makes it "energy secretary of" the country).
  const auto role = Matching(triples, "Dana Perrault", "be", "U.S. Energy Secretary");
  EXPECT_EQ(role.size(), 1U) << Listing(triples);
}

TEST(JudgedS35Classes, AnAmountCalledARecordIsTheAmount) {
  // "the trade deficit was a record 5.45 billion dlrs", "stocks ... to rise to a record 452 mln
  // tonnes" parsed with "record" the head and the amount its object or conjunct: "deficit -was->
  // record" (judged junk: a record of what?), the amount lost.
  const auto triples = ExtractAfter(RepairRecordAmounts, R"(Exports export NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 5 case
a a DET DT 5 det
record record NOUN NN 2 obl
4.2 4.2 NUM CD 7 compound
billion billion NUM CD 8 nummod
dlrs dlrs NOUN NNS 5 conj
. . PUNCT . 2 punct)");
  const auto rose = Matching(triples, "Exports", "rise to", "");
  ASSERT_EQ(rose.size(), 1U) << Listing(triples);
  EXPECT_EQ(rose[0].object.name, "record 4.2 billion dlrs") << Listing(triples);
  EXPECT_EQ(rose[0].value, "4200000000 USD") << Listing(triples);
  // A year after "record" is no amount: "a record 1986 harvest" is left as parsed.
  const auto harvest = ExtractAfter(RepairRecordAmounts, R"(Farmers farmer NOUN NNS 2 nsubj
expect expect VERB VBP 0 root
a a DET DT 4 det
record record NOUN NN 2 obj
1986 1986 NUM CD 4 nmod:unmarked
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(harvest, "Farmers", "expect", "record 1986").size(), 1U) << Listing(harvest);
}

TEST(JudgedS35Classes, InNoWayAndByNoMeansDenyTheClause) {
  // "the Bundesbank in no way abandoned its money supply policy" was stored as a fact: the
  // negation was a noun phrase, not an adverb.
  const auto triples = Extract(R"(The the DET DT 2 det
mill mill NOUN NN 6 nsubj
in in ADP IN 5 case
no no DET DT 5 det
way way NOUN NN 6 obl
abandoned abandon VERB VBD 0 root
its its PRON PRP$ 8 nmod:poss
plan plan NOUN NN 6 obj
. . PUNCT . 6 punct)");
  const auto abandoned = Matching(triples, "mill", "abandon", "plan");
  ASSERT_EQ(abandoned.size(), 1U) << Listing(triples);
  EXPECT_TRUE(abandoned[0].negated) << Listing(triples);
  // "by no means" parsed as a modifier of the subject denies the clause and is no part of it;
  // "in no time" (quickly) denies nothing.
  const auto means = Extract(R"(The the DET DT 2 det
mill mill NOUN NN 6 nsubj
by by ADP IN 5 case
no no DET DT 5 det
means means NOUN NN 2 nmod
abandoned abandon VERB VBD 0 root
its its PRON PRP$ 8 nmod:poss
plan plan NOUN NN 6 obj
. . PUNCT . 6 punct)");
  const auto denied = Matching(means, "", "abandon", "plan");
  ASSERT_EQ(denied.size(), 1U) << Listing(means);
  EXPECT_TRUE(denied[0].negated) << Listing(means);
  EXPECT_EQ(denied[0].subject.name, "mill") << Listing(means);
  const auto quickly = Extract(R"(The the DET DT 2 det
mill mill NOUN NN 6 nsubj
in in ADP IN 5 case
no no DET DT 5 det
time time NOUN NN 6 obl
sold sell VERB VBD 0 root
its its PRON PRP$ 8 nmod:poss
plant plant NOUN NN 6 obj
. . PUNCT . 6 punct)");
  const auto sold = Matching(quickly, "mill", "sell", "plant");
  ASSERT_EQ(sold.size(), 1U) << Listing(quickly);
  EXPECT_FALSE(sold[0].negated) << Listing(quickly);
}

void RepairCallings(std::vector<nlp::AnalyzedSentence>& sentences) {
  static const nlp::Gazetteer gazetteer;
  RepairCallingHeads(sentences, gazetteer);
}

TEST(JudgedS35Classes, AnAnalystNamedBeforeHerFirmIsAPersonOfIt) {
  // "Analyst Thomas McCrann of Merrill Lynch said ..." parsed with "Analyst" the head and the
  // name its flat parts: the speaker was the whole phrase, an untyped node (judged junk).
  const auto triples = ExtractAfter(RepairCallings, R"(Analyst analyst NOUN NN 8 nsubj O
Rosa Rosa PROPN NNP 1 flat B-PERSON
Lind Lind PROPN NNP 2 flat I-PERSON
of of ADP IN 5 case O
Halden Halden PROPN NNP 1 nmod B-ORGANIZATION
Securities Securities PROPN NNPS 5 flat I-ORGANIZATION
Corp Corp PROPN NNP 5 flat I-ORGANIZATION
said say VERB VBD 0 root O
prices price NOUN NNS 10 nsubj O
rose rise VERB VBD 8 ccomp O
. . PUNCT . 8 punct O)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Rosa Lind") << Listing(triples);
  EXPECT_EQ(Matching(triples, "Rosa Lind", "analyst of", "Halden Securities Corp").size(), 1U)
      << Listing(triples);
  // "Economist John Smith of Chase said" tagged one person with the calling a proper noun: the
  // calling is the person's role, no word of the name.
  const auto economist = ExtractAfter(
      [](std::vector<nlp::AnalyzedSentence>& sentences) {
        RepairSpans(sentences);
        RepairCallings(sentences);
      },
      R"(Economist Economist PROPN NNP 2 compound B-PERSON
Jonas Jonas PROPN NNP 6 nsubj I-PERSON
Berg Berg PROPN NNP 2 flat I-PERSON
of of ADP IN 5 case O
Halden Halden PROPN NNP 2 nmod B-ORGANIZATION
said say VERB VBD 0 root O
prices price NOUN NNS 8 nsubj O
rose rise VERB VBD 6 ccomp O
. . PUNCT . 6 punct O)");
  const auto berg = Matching(economist, "", "say", "");
  ASSERT_EQ(berg.size(), 1U) << Listing(economist);
  EXPECT_EQ(berg[0].subject.name, "Jonas Berg") << Listing(economist);
  EXPECT_EQ(Matching(economist, "Jonas Berg", "economist of", "Halden").size(), 1U)
      << Listing(economist);
  // "Thomas McCrann" + "of Merrill Lynch" tagged an event from its "of": the node was "of
  // Merrill Lynch", an EVENT.
  std::vector<nlp::AnalyzedSentence> of_firm{testing::Sentence(R"(Ana Ana PROPN NNP 6 nsubj B-PERSON
Vega Vega PROPN NNP 1 flat I-PERSON
of of ADP IN 4 case B-EVENT
Torvik Torvik PROPN NNP 1 nmod I-EVENT
Partners Partners PROPN NNPS 4 flat I-EVENT
said say VERB VBD 0 root O
. . PUNCT . 6 punct O)")};
  RepairSpans(of_firm);
  EXPECT_EQ(of_firm[0].tokens[2].entity, "O");
  EXPECT_EQ(of_firm[0].tokens[3].entity, "B-ORGANIZATION");
  EXPECT_EQ(of_firm[0].tokens[4].entity, "I-ORGANIZATION");
}

}  // namespace
}  // namespace kg::extract
