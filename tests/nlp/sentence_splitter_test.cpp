#include "nlp/sentence_splitter.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(SentenceSplitter, KeepsTitlesInitialsAndAbbreviationsInsideSentences) {
  EXPECT_EQ(Split("Mr. Lang met Dr. J. R. Odhiambo in the U.S. last week. She left."),
            (std::vector<std::string>{"Mr. Lang met Dr. J. R. Odhiambo in the U.S. last week.",
                                      "She left."}));
}

TEST(SentenceSplitter, KeepsTheSainteOfAPlaceNameInsideItsSentence) {
  // "at its Ste. Therese plant" had ended a sentence at "Ste.", leaving the node "Ste".
  EXPECT_EQ(Split("Cars will be built at the Ste. Therese plant. It opens in May."),
            (std::vector<std::string>{"Cars will be built at the Ste. Therese plant.",
                                      "It opens in May."}));
}

TEST(SentenceSplitter, BreaksAfterAbbreviationWhenNextWordStartsASentence) {
  EXPECT_EQ(Split("The deal was signed in the U.S. The bank paid."),
            (std::vector<std::string>{"The deal was signed in the U.S.", "The bank paid."}));
}

TEST(SentenceSplitter, BreaksAfterAFirmsLegalFormBeforeASubjectAndItsVerb) {
  // "Co-lead is Hambros Bank Ltd. Denomination is 1,000 dlrs." had been one sentence (the node
  // "Hambros Bank Ltd. Denomination").
  EXPECT_EQ(
      Split("Co-lead is Orvik Bank Ltd. Denomination is 1,000 dlrs. It was sold to Varn "
            "Corp. Varn said it would pay cash."),
      (std::vector<std::string>{"Co-lead is Orvik Bank Ltd.", "Denomination is 1,000 dlrs.",
                                "It was sold to Varn Corp.", "Varn said it would pay cash."}));
  // A name going on after the form, and a verb the wire capitalised by a slip, stay.
  EXPECT_EQ(Split("Kell and Co. Inc said it sold Orvik Systems Inc. Has raised its stake."),
            (std::vector<std::string>{"Kell and Co. Inc said it sold Orvik Systems Inc. Has "
                                      "raised its stake."}));
}

TEST(SentenceSplitter, KeepsClosingQuoteWithItsSentence) {
  EXPECT_EQ(Split("He said, \"We are ready.\" Then he left."),
            (std::vector<std::string>{"He said, \"We are ready.\"", "Then he left."}));
}

TEST(SentenceSplitter, HeadlineAndParagraphsAreSentences) {
  EXPECT_EQ(Split("Bank Funds New Bridge\n\nThe bank will pay.\nIt agreed on Friday."),
            (std::vector<std::string>{"Bank Funds New Bridge", "The bank will pay.",
                                      "It agreed on Friday."}));
}

TEST(SentenceSplitter, HardWrappedLinesStayOneSentence) {
  EXPECT_EQ(Split("The council approved the plan after a long\ndebate about the cost."),
            (std::vector<std::string>{
                "The council approved the plan after a long\ndebate about the cost."}));
}

TEST(SentenceSplitter, DecimalsAndQuestionsAndEmptyInput) {
  EXPECT_EQ(Split("Shares rose 3.5 percent. Why? Nobody knows!"),
            (std::vector<std::string>{"Shares rose 3.5 percent.", "Why?", "Nobody knows!"}));
  EXPECT_TRUE(Split("   \n\n ").empty());
}

TEST(SentenceSplitter, ADecimalNumberEndsASentence) {
  // "Wormald, up 20 at 3.65. Coles Myer rose" had been one sentence, "3.65. Coles" one name.
  EXPECT_EQ(Split("Omnix closed at 3.65. Coles Myer rose 20 cents."),
            (std::vector<std::string>{"Omnix closed at 3.65.", "Coles Myer rose 20 cents."}));
  // Not before the unit it counts, a typing slip for "2.2 billion".
  EXPECT_EQ(Split("It was up from 2.2. Billion last year."),
            (std::vector<std::string>{"It was up from 2.2. Billion last year."}));
}

}  // namespace
}  // namespace kg::nlp
