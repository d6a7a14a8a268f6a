// Infinitives the tagger read as nouns after a verb or noun of intent, and nouns it read as
// infinitives.
#include "nlp/infinitive_tags.h"

#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

TEST(InfinitiveTags, ANounAfterPlansToIsTheVerbPlanned) {
  // "it plans to issue 300 mln ..." with "to" a preposition and "issue" a noun had made
  // "issue 300" the node of "plan to".
  std::vector<Token> tokens{Tagged("it", "PRON", "PRP"), Tagged("plans", "VERB", "VBZ"),
                            Tagged("to", "ADP", "IN"),   Tagged("issue", "NOUN", "NN"),
                            Tagged("300", "NUM", "CD"),  Tagged("shares", "NOUN", "NNS")};
  RetagInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[2].upos, "PART");
  EXPECT_EQ(tokens[2].xpos, "TO");
  EXPECT_EQ(tokens[3].upos, "VERB");
  EXPECT_EQ(tokens[3].xpos, "VB");
}

TEST(InfinitiveTags, ANounAfterAnyOtherWordOrANounsPluralStaysANoun) {
  // "returned to profit": no verb of intent; "agreed to terms": a plural is no infinitive;
  // "agreed to issue of shares": a noun with its "of" phrase.
  std::vector<Token> tokens{Tagged("returned", "VERB", "VBD"), Tagged("to", "ADP", "IN"),
                            Tagged("profit", "NOUN", "NN"),    Tagged("agreed", "VERB", "VBD"),
                            Tagged("to", "ADP", "IN"),         Tagged("terms", "NOUN", "NNS"),
                            Tagged("agreed", "VERB", "VBD"),   Tagged("to", "ADP", "IN"),
                            Tagged("issue", "NOUN", "NN"),     Tagged("of", "ADP", "IN"),
                            Tagged("shares", "NOUN", "NNS")};
  RetagInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[2].upos, "NOUN");
  EXPECT_EQ(tokens[5].upos, "NOUN");
  EXPECT_EQ(tokens[8].upos, "NOUN");
  EXPECT_EQ(tokens[7].upos, "ADP");
}

TEST(InfinitiveTags, ANounAfterAPassiveVerbOfSayingAndToIsTheVerbReported) {
  // "The minister is said to favour a cut" with "favour" a noun had made "favour a cut" the
  // object of "is said to"; "said to the board" (no "be" before it) keeps its noun.
  std::vector<Token> tokens{Tagged("is", "AUX", "VBZ"),  Tagged("said", "VERB", "VBN"),
                            Tagged("to", "ADP", "IN"),   Tagged("favour", "NOUN", "NN"),
                            Tagged("a", "DET", "DT"),    Tagged("cut", "NOUN", "NN"),
                            Tagged("he", "PRON", "PRP"), Tagged("said", "VERB", "VBD"),
                            Tagged("to", "ADP", "IN"),   Tagged("board", "NOUN", "NN")};
  RetagInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[2].upos, "PART");
  EXPECT_EQ(tokens[3].upos, "VERB");
  EXPECT_EQ(tokens[3].xpos, "VB");
  EXPECT_EQ(tokens[9].upos, "NOUN");
}

TEST(InfinitiveTags, AWordWordNetKnowsAsNoVerbAfterToIsANounOrAdjective) {
  // "predicted a return to profitability", "contributing to downward pressure" with "to" an
  // infinitive's marker had made "profitability" and "downward" verbs.
  std::vector<Token> tokens{Tagged("a", "DET", "DT"),         Tagged("return", "NOUN", "NN"),
                            Tagged("to", "PART", "TO"),       Tagged("profitability", "VERB", "VB"),
                            Tagged("adding", "VERB", "VBG"),  Tagged("to", "PART", "TO"),
                            Tagged("downward", "VERB", "VB"), Tagged("pressure", "NOUN", "NN")};
  RetagNonVerbInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[2].upos, "ADP");
  EXPECT_EQ(tokens[3].upos, "NOUN");
  EXPECT_EQ(tokens[5].xpos, "IN");
  EXPECT_EQ(tokens[6].upos, "ADJ");
}

TEST(InfinitiveTags, AVerbAfterToStaysAVerb) {
  // A verb WordNet knows ("to close"), a word it does not know at all ("to reafffirm"), one
  // after "in order" or before a personal pronoun ("in order to norm it").
  std::vector<Token> tokens{Tagged("to", "PART", "TO"), Tagged("close", "VERB", "VB"),
                            Tagged("to", "PART", "TO"), Tagged("reafffirm", "VERB", "VB"),
                            Tagged("in", "ADP", "IN"),  Tagged("order", "NOUN", "NN"),
                            Tagged("to", "PART", "TO"), Tagged("norm", "VERB", "VB"),
                            Tagged("it", "PRON", "PRP")};
  RetagNonVerbInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[1].upos, "VERB");
  EXPECT_EQ(tokens[3].upos, "VERB");
  EXPECT_EQ(tokens[7].upos, "VERB");
  EXPECT_EQ(tokens[6].xpos, "TO");
}

TEST(InfinitiveTags, ANounAfterANounOfLeaveAndToIsTheVerbAllowed) {
  // "seek authorisation to issue bonds" with "to" a preposition and "issue" a noun.
  std::vector<Token> tokens{Tagged("authorisation", "NOUN", "NN"), Tagged("to", "ADP", "IN"),
                            Tagged("issue", "NOUN", "NN"), Tagged("bonds", "NOUN", "NNS")};
  RetagInfinitives(tokens, *Lexicon::Open());
  EXPECT_EQ(tokens[1].xpos, "TO");
  EXPECT_EQ(tokens[2].upos, "VERB");
}

}  // namespace
}  // namespace kg::nlp
