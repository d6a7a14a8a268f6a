// Amounts that wire copy writes as the "of" phrase of a measure noun: invented sentences,
// hand-parsed as the shipped parser parses such sentences.
#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

TEST(MeasuredObjects, TheAmountOfALossIsAMoneyNode) {
  // "Halden Brewing reported a loss of 12.5 mln dlrs."
  const auto triples = Extract(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
reported report VERB VBD 0 root
a a DET DT 5 det
loss loss NOUN NN 3 obj
of of ADP IN 9 case
12.5 12.5 NUM CD 8 nummod
mln million NUM CD 9 nummod
dlrs dlr NOUN NNS 5 nmod
. . PUNCT . 3 punct)");
  const auto loss = Matching(triples, "Halden Brewing", "report loss of", "");
  ASSERT_EQ(loss.size(), 1U) << Listing(triples);
  EXPECT_EQ(loss[0].object.type, model::EntityType::kMoney);
  EXPECT_EQ(loss[0].value, "12500000 USD");
}

TEST(MeasuredObjects, AnOfPhraseThatIsNoAmountStaysInTheNode) {
  // "Halden Brewing reported a loss of customers."
  const auto triples = Extract(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
reported report VERB VBD 0 root
a a DET DT 5 det
loss loss NOUN NN 3 obj
of of ADP IN 7 case
customers customer NOUN NNS 5 nmod
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Halden Brewing", "report", "loss of customers").size(), 1U)
      << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
