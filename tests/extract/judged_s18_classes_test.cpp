// Classes found by blind judging of news triples in session 18 (bench/judged/): each tree is a
// hand-written analysis of a sentence written for this test, attached as the parser attached such
// a sentence, and run through the repair the class needs.
#include <gtest/gtest.h>

#include "extract/clauses/reporting_times.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS18Classes, ADayRightAfterAVerbOfSayingIsItsTimeNotTheReportsSubject) {
  // "Ilse Varga said Wednesday the fee would be high." with "Wednesday" a second subject of the
  // reported clause: the statement had read "Wednesday the fee would be high".
  const auto triples = ExtractAfter(RepairReportingTimes, R"(Ilse Ilse PROPN NNP 3 nsubj B-PERSON
Varga Varga PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
Wednesday Wednesday PROPN NNP 9 nsubj B-DATE
the the DET DT 6 det
fee fee NOUN NN 9 nsubj
would would AUX MD 9 aux
be be AUX VB 9 cop
high high ADJ JJ 3 ccomp
. . PUNCT . 3 punct)");
  const auto said = Matching(triples, "Varga", "say", "fee");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name.rfind("the fee", 0), 0U) << Listing(triples);
  // A day that is the report's only subject stays: "Varga said Monday was a holiday."
  const auto holiday = ExtractAfter(RepairReportingTimes, R"(Varga Varga PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
Monday Monday PROPN NNP 6 nsubj B-DATE
was be AUX VBD 6 cop
a a DET DT 6 det
holiday holiday NOUN NN 2 ccomp
. . PUNCT . 2 punct)");
  const auto monday = Matching(holiday, "Varga", "say", "holiday");
  ASSERT_EQ(monday.size(), 1U) << Listing(holiday);
  EXPECT_EQ(monday[0].object.name.rfind("Monday", 0), 0U) << Listing(holiday);
}

}  // namespace
}  // namespace kg::extract
