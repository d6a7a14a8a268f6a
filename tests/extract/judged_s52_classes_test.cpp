// Kinds of wrong or cut triples found in session 52 (three held-out sheets of the code session 51
// left, and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis
// of a sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

TEST(JudgedS52Classes, AnUntaggedFirmNameKeepsItsDeeperCapitalisedWords) {
  // "The Broken Hill Pty Co Ltd said" had been "Hill Pty Co Ltd" ("Broken" an adjective on
  // "Hill", which hangs on "Pty"), and "The De La Rue Co. Plc" had been "De Rue Co. Plc" ("La"
  // flat after "De").
  const auto deep = Extract(R"(The the DET DT 6 det
Cracked cracked ADJ NNP 3 amod
Ridge Ridge PROPN NNP 4 compound
Pty Pty PROPN NNP 6 compound
Co Co PROPN NNP 6 compound
Ltd Ltd PROPN NNP 7 nsubj
sold sell VERB VBD 0 root
the the DET DT 9 det
mine mine NOUN NN 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(deep, "Cracked Ridge Pty Co Ltd", "sell", "mine").size(), 1U) << Listing(deep);
  const auto flat = Extract(R"(The the DET DT 6 det
Da Da PROPN NNP 4 compound
La La PROPN NNP 2 flat
Vega Vega PROPN NNP 6 compound
Co. Co. PROPN NNP 6 compound
Plc Plc PROPN NNP 7 nsubj
sold sell VERB VBD 0 root
the the DET DT 9 det
mine mine NOUN NN 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(flat, "Da La Vega Co. Plc", "sell", "mine").size(), 1U) << Listing(flat);
}

}  // namespace
}  // namespace kg::extract
