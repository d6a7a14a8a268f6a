// Acronyms the tagger read as the function words they spell.
#include "nlp/acronym_tags.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(AcronymTags, AnAllCapitalFunctionWordAfterADeterminerIsAName) {
  // "the WHO warned" with "WHO" a wh-pronoun; "an IT firm" with "IT" a pronoun.
  std::vector<Token> tokens{Tagged("the", "DET", "DT"),      Tagged("WHO", "PRON", "WP"),
                            Tagged("warned", "VERB", "VBD"), Tagged("an", "DET", "DT"),
                            Tagged("IT", "PRON", "PRP"),     Tagged("firm", "NOUN", "NN")};
  RetagAcronyms(tokens);
  EXPECT_EQ(tokens[1].upos, "PROPN");
  EXPECT_EQ(tokens[1].xpos, "NNP");
  EXPECT_EQ(tokens[4].upos, "PROPN");
}

TEST(AcronymTags, FunctionWordsElsewhereKeepTheirTags) {
  // "IT is" opens a sentence (no determiner); "the A" is one letter; "the US" is already a name.
  std::vector<Token> tokens{Tagged("IT", "PRON", "PRP"), Tagged("is", "AUX", "VBZ"),
                            Tagged("the", "DET", "DT"),  Tagged("A", "DET", "DT"),
                            Tagged("the", "DET", "DT"),  Tagged("US", "PROPN", "NNP"),
                            Tagged("the", "DET", "DT"),  Tagged("who", "PRON", "WP")};
  RetagAcronyms(tokens);
  EXPECT_EQ(tokens[0].upos, "PRON");
  EXPECT_EQ(tokens[3].upos, "DET");
  EXPECT_EQ(tokens[5].upos, "PROPN");
  EXPECT_EQ(tokens[7].upos, "PRON");  // lower case: the word itself
}

}  // namespace
}  // namespace kg::nlp
