// The month "May" before a commodity, read as the modal by the tagger.
#include "nlp/month_tags.h"

#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(MonthTags, MayBeforeACommodityIsTheMonth) {
  // "May crude rose 20 cts", with "May" tagged MD.
  std::vector<Token> tokens{Tagged("May", "AUX", "MD"), Tagged("crude", "NOUN", "NN"),
                            Tagged("rose", "VERB", "VBD"), Tagged("20", "NUM", "CD"),
                            Tagged("cts", "NOUN", "NNS")};
  RetagMonthMay(tokens);
  EXPECT_EQ(tokens[0].upos, "PROPN");
  EXPECT_EQ(tokens[0].xpos, "NNP");
}

TEST(MonthTags, MayBeforeAContractWithAnUnknownCommodityIsTheMonth) {
  // "May gasoil futures rose", with the unknown "gasoil" tagged a verb: the parse had made
  // "gasoil" the root and "futures" the subject of its complement.
  std::vector<Token> tokens{Tagged("May", "AUX", "MD"), Tagged("gasoil", "VERB", "VB"),
                            Tagged("futures", "NOUN", "NNS"), Tagged("rose", "VERB", "VBD")};
  RetagMonthMay(tokens);
  EXPECT_EQ(tokens[0].xpos, "NNP");
  EXPECT_EQ(tokens[1].upos, "NOUN");
  EXPECT_EQ(tokens[1].xpos, "NN");
  EXPECT_EQ(tokens[3].xpos, "VBD");
}

TEST(MonthTags, TheModalStaysAModal) {
  // "May be lower", "Prices may rise", "May I add": a verb, a pronoun or lower case after it.
  std::vector<Token> tokens{Tagged("May", "AUX", "MD"),      Tagged("be", "AUX", "VB"),
                            Tagged("prices", "NOUN", "NNS"), Tagged("may", "AUX", "MD"),
                            Tagged("rise", "VERB", "VB"),    Tagged("May", "AUX", "MD"),
                            Tagged("I", "PRON", "PRP")};
  RetagMonthMay(tokens);
  EXPECT_EQ(tokens[0].xpos, "MD");
  EXPECT_EQ(tokens[3].xpos, "MD");
  EXPECT_EQ(tokens[5].xpos, "MD");
}

}  // namespace
}  // namespace kg::nlp
