// "close" after a plural noun and before "to", read as a verb by the tagger.
#include "nlp/postnominal_adjectives.h"

#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(PostnominalAdjectives, SourcesCloseToABankAreNoClause) {
  // "sources close to the central bank said", with "close" tagged VBP.
  std::vector<Token> tokens{Tagged("sources", "NOUN", "NNS"), Tagged("close", "VERB", "VBP"),
                            Tagged("to", "ADP", "IN"), Tagged("the", "DET", "DT"),
                            Tagged("bank", "NOUN", "NN")};
  RetagPostnominalAdjectives(tokens);
  EXPECT_EQ(tokens[1].upos, "ADJ");
  EXPECT_EQ(tokens[1].xpos, "JJ");
}

TEST(PostnominalAdjectives, AVerbOfClosingStaysAVerb) {
  // "Shares close lower", "the banks close at noon": no "to", or no plural before it.
  std::vector<Token> tokens{Tagged("banks", "NOUN", "NNS"), Tagged("close", "VERB", "VBP"),
                            Tagged("at", "ADP", "IN"),      Tagged("it", "PRON", "PRP"),
                            Tagged("close", "VERB", "VB"),  Tagged("to", "ADP", "IN")};
  RetagPostnominalAdjectives(tokens);
  EXPECT_EQ(tokens[1].upos, "VERB");
  EXPECT_EQ(tokens[4].upos, "VERB");
}

}  // namespace
}  // namespace kg::nlp
