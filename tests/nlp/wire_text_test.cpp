#include "nlp/wire_text.h"

#include <string>

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

// Invented wire copy: headline, blank line, a dateline opening the first paragraph.
TEST(WireText, DatelineAndHeadlineAreBlankedInPlace) {
  const std::string title = "KELSO TO BUY VANTORA UNIT";
  const std::string text = title +
                           "\n\nST ANDREWS, Fife, May 4 - Kelso Holdings said it will buy the "
                           "unit.\n\nThe deal closes in June.";
  const std::string out = BlankWireMarkup(text, title);
  ASSERT_EQ(out.size(), text.size());  // offsets into the result are offsets into the text
  EXPECT_EQ(out.find("KELSO"), std::string::npos);
  EXPECT_EQ(out.find("ANDREWS"), std::string::npos);
  EXPECT_EQ(out.find("May 4"), std::string::npos);
  EXPECT_EQ(out.find("Kelso Holdings said"), text.find("Kelso Holdings said"));
  EXPECT_NE(out.find("The deal closes in June."), std::string::npos);
}

TEST(WireText, TickersGoAndCompanyBracketsOpen) {
  const std::string text = "Halden Brewing <HALD.L> sold its stake in <Torvik Malt Ltd> today.";
  const std::string out = BlankWireMarkup(text, "");
  ASSERT_EQ(out.size(), text.size());
  EXPECT_EQ(out.find("HALD"), std::string::npos);
  EXPECT_NE(out.find(" Torvik Malt Ltd "), std::string::npos);
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
}

TEST(WireText, ATickerWithItsExchangesCodeGoesButANameInCapitalsStays) {
  // "Saab Scania AB <SABS ST>" had given the node "AB SABS ST".
  const std::string text = "It signed with Orvik Scania AB <ORVS ST> and <TOLLE AND CO> today.";
  const std::string out = BlankWireMarkup(text, "");
  ASSERT_EQ(out.size(), text.size());
  EXPECT_EQ(out.find("ORVS"), std::string::npos);
  EXPECT_EQ(out.find(" ST "), std::string::npos);
  EXPECT_NE(out.find(" TOLLE AND CO "), std::string::npos);
}

TEST(WireText, OrdinaryTextKeepsEveryWord) {
  // No blank line after the first line: a one-paragraph article, not a headline.
  const std::string text = "Oskar Lind met the envoy.\nThey spoke - briefly - about 3 < 4.";
  EXPECT_EQ(BlankWireMarkup(text, "Oskar Lind met the envoy."), text);
  const std::string short_story = "NATO - the alliance - met in Brussels.";
  EXPECT_EQ(BlankWireMarkup(short_story, ""), short_story);
}

TEST(WireText, TheWiresSignOffIsBlanked) {
  // "... peanuts.\" REUTER...^M" at a story's end had given the nodes "REUTER" and "M".
  const std::string text = "\"The sums are small,\" he said. REUTER...^M\n";
  const std::string out = BlankWireMarkup(text, "");
  ASSERT_EQ(out.size(), text.size());
  EXPECT_EQ(out.find("REUTER"), std::string::npos);
  EXPECT_EQ(out.find('^'), std::string::npos);
  EXPECT_NE(out.find("he said."), std::string::npos);
  // Inside the story, or as part of a word, it is the story's.
  const std::string inside = "REUTER staff said the sums are small. Talks went on.";
  EXPECT_EQ(BlankWireMarkup(inside, ""), inside);
  const std::string word = "Prices rose at NEWREUTER";
  EXPECT_EQ(BlankWireMarkup(word, ""), word);
}

TEST(WireText, TickersAndBracketsNameCompanies) {
  // The name before a ticker (back to the first uncapitalised word, "of" between two capitalised
  // words kept, no leading "The") and the name in brackets.
  const std::string text =
      "The takeover of Veldro <VLD.PA> by The Halden Brewing Co <HALD.L> was backed by Bank of "
      "Tarvo <BTV.T> and <Torvik Malt Ltd>, officials said.\nOskar <not a ticker> spoke; 3 < 4.";
  const std::vector<std::string> names = WireCompanyNames(text);
  ASSERT_EQ(names.size(), 4U);
  EXPECT_EQ(names[0], "Veldro");
  EXPECT_EQ(names[1], "Halden Brewing Co");
  EXPECT_EQ(names[2], "Bank of Tarvo");
  EXPECT_EQ(names[3], "Torvik Malt Ltd");
  // A ticker after a lower-case word marks no name; a tab is a blank like a space; a line break
  // or a run of "<" before a ticker is no name.
  EXPECT_TRUE(WireCompanyNames("shares of <XYZ.N> rose").empty());
  ASSERT_EQ(WireCompanyNames("Halden\t<HALD.L> rose").size(), 1U);
  EXPECT_EQ(WireCompanyNames("Halden\t<HALD.L> rose")[0], "Halden");
  EXPECT_TRUE(WireCompanyNames("Halden\n<HALD.L> rose").empty());
  EXPECT_TRUE(WireCompanyNames("\t<HALD.L>").empty());
  EXPECT_TRUE(WireCompanyNames(std::string(10000, '<') + "X>").empty());
}

}  // namespace
}  // namespace kg::nlp
