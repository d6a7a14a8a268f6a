// Kinds of wrong triples and junk nodes found in session 33 (the last judging sheets of session
// 32 and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis of a
// sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/national_name_heads.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS33Classes, AModifierTheRecogniserTookIntoAFirmsNameIsNoPartOfIt) {
  // "Privately-held Piper Aircraft Corp said ..." tagged as one organisation from the modifier
  // on had given the node "Privately-held Piper Aircraft Corp" beside "Piper Aircraft Corp".
  const auto triples =
      ExtractAfter(RepairNationalNameHeads, R"(State-run State-run PROPN NNP 5 nsubj B-ORGANIZATION
Norsk Norsk PROPN NNP 1 flat I-ORGANIZATION
Hydro Hydro PROPN NNP 1 flat I-ORGANIZATION
AS AS PROPN NNP 1 flat I-ORGANIZATION
opened open VERB VBD 0 root
a a DET DT 8 det
new new ADJ JJ 8 amod
plant plant NOUN NN 5 obj
. . PUNCT . 5 punct)");
  const auto opened = Matching(triples, "Norsk Hydro AS", "open", "new plant");
  ASSERT_EQ(opened.size(), 1U) << Listing(triples);
  EXPECT_EQ(opened[0].subject.name, "Norsk Hydro AS") << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
