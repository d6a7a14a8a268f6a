// Kinds of wrong triples and junk nodes found in session 37 (session 36's judging sheets and the
// 1,000 stories' parses of the same shapes): each tree is a hand-written analysis of a sentence
// written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/name_inner_modifiers.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS37Classes, AClauseHungOnAnInnerWordOfANameIsTheWholeNames) {
  // "a complaint with the General Agreement on Tariffs and Trade (GATT) challenging ..." parsed
  // "challenging" on "Tariffs": the challenger was the node "Tariffs and Trade".
  const auto triples = ExtractAfter(RepairNameInnerModifiers, R"(The the DET DT 2 det
Council Council PROPN NNP 9 nsubj B-ORGANIZATION
on on ADP IN 4 case I-ORGANIZATION
Fisheries Fisheries PROPN NNPS 2 nmod I-ORGANIZATION
and and CCONJ CC 6 cc I-ORGANIZATION
Trade Trade PROPN NNP 4 conj I-ORGANIZATION
representing represent VERB VBG 4 acl
fishermen fisherman NOUN NNS 7 obj
met meet VERB VBD 0 root
in in ADP IN 11 case
May May PROPN NNP 9 obl B-DATE
. . PUNCT . 9 punct)");
  const auto represent = Matching(triples, "", "represent", "fishermen");
  ASSERT_EQ(represent.size(), 1U) << Listing(triples);
  EXPECT_EQ(represent[0].subject.name, "Council on Fisheries and Trade");
}

TEST(JudgedS37Classes, ANameParsedAsSeveralArgumentsOfOneWordIsOne) {
  // "General Motors do Brasil said" parsed "do" an auxiliary and "Brasil" a second subject: the
  // relation read "do said".
  const auto triples =
      ExtractAfter(RepairNameInnerModifiers, R"(Orvik Orvik PROPN NNP 2 compound B-ORGANIZATION
Motors Motors PROPN NNPS 5 nsubj I-ORGANIZATION
do do AUX VBP 5 aux I-ORGANIZATION
Brasil Brasil PROPN NNP 5 nsubj I-ORGANIZATION
raised raise VERB VBD 0 root
prices price NOUN NNS 5 obj
. . PUNCT . 5 punct)");
  const auto raised = Matching(triples, "", "raise", "prices");
  ASSERT_EQ(raised.size(), 1U) << Listing(triples);
  EXPECT_EQ(raised[0].subject.name, "Orvik Motors do Brasil");
  EXPECT_EQ(raised[0].relation, "raised");
}

}  // namespace
}  // namespace kg::extract
