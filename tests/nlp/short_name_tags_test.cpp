// "the Fed", read by the tagger as the past of "feed" or an adjective.
#include "nlp/short_name_tags.h"

#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(ShortNameTags, TheFedIsAName) {
  // "using the Fed as agent, sold Australian dollars", with "Fed" tagged VBN: the parse had made
  // it an adjective of "dollars" and lost the bank that sold them.
  std::vector<Token> tokens{Tagged("using", "VERB", "VBG"), Tagged("the", "DET", "DT"),
                            Tagged("Fed", "VERB", "VBN"), Tagged("as", "ADP", "IN"),
                            Tagged("agent", "NOUN", "NN")};
  RetagShortNames(tokens);
  EXPECT_EQ(tokens[2].upos, "PROPN");
  EXPECT_EQ(tokens[2].xpos, "NNP");
  // Tagged NNP with a verb's universal tag, and at the start of a sentence.
  std::vector<Token> start{Tagged("The", "DET", "DT"), Tagged("Fed", "VERB", "NNP"),
                           Tagged("ruled", "VERB", "VBD")};
  RetagShortNames(start);
  EXPECT_EQ(start[1].upos, "PROPN");
}

TEST(ShortNameTags, TheVerbStaysAVerb) {
  // "cattle were fed grain", "well fed": no article before it.
  std::vector<Token> tokens{Tagged("cattle", "NOUN", "NNS"), Tagged("were", "AUX", "VBD"),
                            Tagged("fed", "VERB", "VBN"),    Tagged("grain", "NOUN", "NN"),
                            Tagged("and", "CCONJ", "CC"),    Tagged("Fed", "VERB", "VBN")};
  RetagShortNames(tokens);
  EXPECT_EQ(tokens[2].upos, "VERB");
  EXPECT_EQ(tokens[5].upos, "VERB");
}

}  // namespace
}  // namespace kg::nlp
