#include "nlp/tokenizer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

std::vector<std::string> Forms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.form);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(Forms("I don't think it's John's."),
            (V{"I", "do", "n't", "think", "it", "'s", "John", "'s", "."}));
  EXPECT_EQ(Forms("We can't, won't, cannot."),
            (V{"We", "ca", "n't", ",", "wo", "n't", ",", "can", "not", "."}));
  EXPECT_EQ(Forms("They're sure we'll go; I'd say I'm gonna."),
            (V{"They", "'re", "sure", "we", "'ll", "go", ";", "I", "'d", "say", "I", "'m", "gon",
               "na", "."}));
  EXPECT_EQ(Forms("the parents' car"), (V{"the", "parents", "'", "car"}));
}

TEST(Tokenizer, KeepsTheStopOfAStateAfterACity) {
  // "between Burbank, Calif., and Denver" with the stop split off had been parsed as a sentence
  // ending at "Calif", and the report cut there.
  EXPECT_EQ(Forms("between Burbank, Calif., and Denver, Colo., from Elkton, Md."),
            (V{"between", "Burbank", ",", "Calif.", ",", "and", "Denver", ",", "Colo.", ",", "from",
               "Elkton", ",", "Md."}));
  // Only as written: a word that is also an abbreviation in lower case ends on its stop.
  EXPECT_EQ(Forms("He fell ill. Then he left."),
            (V{"He", "fell", "ill", ".", "Then", "he", "left", "."}));
}

TEST(Tokenizer, SplitsPunctuationButKeepsNumbersAndAbbreviations) {
  EXPECT_EQ(Forms("The U.S. paid $1,000.50 (about 5%) to Mr. Smith Inc. in Jan."),
            (V{"The", "U.S.", "paid", "$", "1,000.50", "(", "about", "5", "%", ")", "to", "Mr.",
               "Smith", "Inc.", "in", "Jan."}));
  EXPECT_EQ(Forms("\"Yes,\" he said -- twice... Really?!"),
            (V{"\"", "Yes", ",", "\"", "he", "said", "--", "twice", "...", "Really", "?", "!"}));
  EXPECT_EQ(Forms("See http://example.com/a.html, or mail bob@example.org."),
            (V{"See", "http://example.com/a.html", ",", "or", "mail", "bob@example.org", "."}));
  EXPECT_EQ(Forms("a long-term, well-known plan at 10:30"),
            (V{"a", "long-term", ",", "well-known", "plan", "at", "10:30"}));
  // "an order with Franco-U.S. Group CFM" had been cut into two sentences at "U.S".
  EXPECT_EQ(Forms("a Franco-U.S. group, a trade-off."),
            (V{"a", "Franco-U.S.", "group", ",", "a", "trade-off", "."}));
  // A decimal number ending the sentence keeps no stop ("3.65." had been one token).
  EXPECT_EQ(Forms("closed at 3.65."), (V{"closed", "at", "3.65", "."}));
  EXPECT_TRUE(IsDecimalNumber("1,000.50"));
  EXPECT_FALSE(IsDecimalNumber("U.S"));
  EXPECT_FALSE(IsDecimalNumber("3."));
  EXPECT_FALSE(IsDecimalNumber("1,000"));
}

TEST(Tokenizer, OffsetsCountCodePoints) {
  const std::string text = "Caf\u00e9 M\u00fcller's  \u201Cbest\u201D.";
  const auto tokens = Tokenize(text);
  ASSERT_GE(tokens.size(), 4U);
  EXPECT_EQ(tokens[0].form, "Caf\u00e9");
  EXPECT_EQ(tokens[0].start, 0U);
  EXPECT_EQ(tokens[0].end, 4U);
  EXPECT_EQ(tokens[1].form, "M\u00fcller");
  EXPECT_EQ(tokens[1].start, 5U);
  EXPECT_EQ(tokens[1].end, 11U);
  EXPECT_EQ(tokens[2].form, "'s");
  EXPECT_EQ(tokens[2].start, 11U);
  EXPECT_EQ(tokens[2].end, 13U);
  EXPECT_EQ(tokens.back().form, ".");
  EXPECT_EQ(tokens.back().start, 21U);
  EXPECT_EQ(tokens.back().end, 22U);
}

}  // namespace
}  // namespace kg::nlp
