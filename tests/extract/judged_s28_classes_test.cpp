// Kinds of wrong triples and nodes found in session 28 (the judging sheets of session 27): each
// tree is a hand-written analysis of a sentence written for this test, attached as the parser
// attached such sentences.
#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

TEST(JudgedS28Classes, ACountedStretchOfTimeIsNoPartOfTheNodeBeforeIt) {
  // "The notes can be sold to the fund after one year." with "after one year" hung on "fund":
  // the node had been "fund after one year".
  const auto triples = Extract(R"(The the DET DT 2 det
notes note NOUN NNS 5 nsubj:pass
can can AUX MD 5 aux
be be AUX VB 5 aux:pass
sold sell VERB VBN 0 root
to to ADP IN 8 case
the the DET DT 8 det
fund fund NOUN NN 5 obl
after after ADP IN 11 case
one one NUM CD 11 nummod
year year NOUN NN 8 nmod
. . PUNCT . 5 punct)");
  const auto sold = Matching(triples, "notes", "", "fund");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].object.name, "fund") << Listing(triples);
}

TEST(JudgedS28Classes, ACountedStretchOfTimeIsNoArgumentOfTheVerb) {
  // "The agency had stopped its lending for several years.": no "had stopped for -> several
  // years" edge; the lending is still what was stopped.
  const auto triples = Extract(R"(The the DET DT 2 det
agency agency NOUN NN 4 nsubj
had have AUX VBD 4 aux
stopped stop VERB VBN 0 root
its its PRON PRP$ 6 nmod:poss
lending lending NOUN NN 4 obj
for for ADP IN 9 case
several several ADJ JJ 9 amod
years year NOUN NNS 4 obl
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(triples, "", "", "years").size(), 0U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "agency", "", "lending").size(), 1U) << Listing(triples);
  // "in the year" with nothing but its article is the stretch the story is about, no argument.
  const auto year = Extract(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
amortized amortize VERB VBD 0 root
loans loan NOUN NNS 3 obj
in in ADP IN 7 case
the the DET DT 7 det
year year NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(year, "", "", "year").size(), 0U) << Listing(year);
  EXPECT_EQ(Matching(year, "bank", "", "loans").size(), 1U) << Listing(year);
}

TEST(JudgedS28Classes, TheSpanOfARecordStaysWithTheRecord) {
  // "Copper rose to its highest level in five years.": the five years measure the record, they
  // do not date the rise.
  const auto triples = Extract(R"(Copper copper NOUN NN 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 6 case
its its PRON PRP$ 6 nmod:poss
highest high ADJ JJS 6 amod
level level NOUN NN 2 obl
in in ADP IN 9 case
five five NUM CD 9 nummod
years year NOUN NNS 6 nmod
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Copper", "", "highest level in five years").size(), 1U)
      << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
