// Numbers the tagger read as names or nouns.
#include "nlp/number_tags.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(NumberTags, ANumberTaggedAProperNounIsANumber) {
  // "was put at 91.2 in January" with "91.2" tagged NNP.
  std::vector<Token> tokens{Tagged("put", "VERB", "VBN"), Tagged("at", "ADP", "IN"),
                            Tagged("91.2", "PROPN", "NNP"), Tagged("4,340", "NOUN", "NN"),
                            Tagged("January", "PROPN", "NNP")};
  RetagNumbers(tokens);
  EXPECT_EQ(tokens[2].upos, "NUM");
  EXPECT_EQ(tokens[2].xpos, "CD");
  EXPECT_EQ(tokens[3].upos, "NUM");
  EXPECT_EQ(tokens[4].upos, "PROPN");
}

TEST(NumberTags, CodesAndPunctuatedTokensKeepTheirTags) {
  // A list marker "104.40." ends in a full stop; "747s" and "A300" are names of things.
  std::vector<Token> tokens{Tagged("104.40.", "PROPN", "ADD"), Tagged("747s", "NOUN", "NNS"),
                            Tagged("A300", "PROPN", "NNP"), Tagged("1,,2", "NOUN", "NN")};
  RetagNumbers(tokens);
  EXPECT_EQ(tokens[0].upos, "PROPN");
  EXPECT_EQ(tokens[1].upos, "NOUN");
  EXPECT_EQ(tokens[2].upos, "PROPN");
  EXPECT_EQ(tokens[3].upos, "NOUN");
}

TEST(NumberTags, TheSingularDollarAfterAnAmountIsANoun) {
  // "a one-time 30 mln dlr special provision" with "dlr" tagged CC had parsed "provision" a
  // conjunct and left the node "one-time 30"; "dlr" after a word that is no amount stays, and so
  // does an adjective ("a 1.02 billion dlr acquisition" parses right so).
  std::vector<Token> tokens{Tagged("30", "NUM", "CD"),    Tagged("mln", "X", "FW"),
                            Tagged("dlr", "CCONJ", "CC"), Tagged("provision", "NOUN", "NN"),
                            Tagged("the", "DET", "DT"),   Tagged("dlr", "PROPN", "NNP"),
                            Tagged("1.02", "NUM", "CD"),  Tagged("dlr", "ADJ", "JJ")};
  RetagNumbers(tokens);
  EXPECT_EQ(tokens[2].upos, "NOUN");
  EXPECT_EQ(tokens[2].xpos, "NN");
  EXPECT_EQ(tokens[5].upos, "PROPN");
  EXPECT_EQ(tokens[7].upos, "ADJ");
}

TEST(NumberTags, AScaleWordAfterANumberIsNoPreposition) {
  // "paid 96 mln Swiss francs" with "mln" tagged IN was parsed with "96" the object and "mln" the
  // case of "francs"; a scale word read as a noun parses as the amount's.
  std::vector<Token> tokens{Tagged("paid", "VERB", "VBD"), Tagged("96", "NUM", "CD"),
                            Tagged("mln", "ADP", "IN"), Tagged("Swiss", "ADJ", "JJ"),
                            Tagged("francs", "NOUN", "NNS")};
  RetagNumbers(tokens);
  EXPECT_EQ(tokens[2].upos, "NOUN");
  EXPECT_EQ(tokens[2].xpos, "NN");
  // Not after a word: "mln" there is whatever the tagger said.
  std::vector<Token> alone{Tagged("the", "DET", "DT"), Tagged("mln", "ADP", "IN")};
  RetagNumbers(alone);
  EXPECT_EQ(alone[1].upos, "ADP");
}

}  // namespace
}  // namespace kg::nlp
