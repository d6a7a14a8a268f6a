#include "nlp/dateline.h"

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

TEST(Dateline, WireDatelinesAreFound) {
  const std::string s = "WASHINGTON, Feb 26 - The bank raised its rates.";
  EXPECT_EQ(s.substr(DatelineLength(s)), "The bank raised its rates.");
  const std::string t = "NEW YORK, March 3 -- Shares rose.";
  EXPECT_EQ(t.substr(DatelineLength(t)), "Shares rose.");
  const std::string u = "PARIS (Reuters) - Macron spoke.";
  EXPECT_EQ(u.substr(DatelineLength(u)), "Macron spoke.");
  // A country with its article ("GRONINGEN" had spoken: judged wrong, sheet 1327).
  const std::string n = "DELFTHOVEN, the Netherlands, March 31 - Firms must cooperate.";
  EXPECT_EQ(n.substr(DatelineLength(n)), "Firms must cooperate.");
  EXPECT_EQ(DatelineLength("WASHINGTON, the capital - and more."), 0U);
}

TEST(Dateline, ATitleCasePlaceWithADateIsADateline) {
  const std::string_view s = "Caracas, March 6 - The bank raised its rates.";
  EXPECT_EQ(s.substr(DatelineLength(s)), "The bank raised its rates.");
  const std::string_view t = "Lagos, Sept. 12 - Shares rose.";
  EXPECT_EQ(t.substr(DatelineLength(t)), "Shares rose.");
  // A recased all-capitals story: only the place's first letter stays a capital.
  const std::string_view r = "La paz, march 4 - about 1,000 bank employees quit.";
  EXPECT_EQ(r.substr(DatelineLength(r)), "about 1,000 bank employees quit.");
  // A region between the place and the date.
  const std::string_view e = "Edmonton, Alberta, March 17 - Numac said it grew.";
  EXPECT_EQ(e.substr(DatelineLength(e)), "Numac said it grew.");
  const std::string_view g = "Greensboro, N.C., June 1 - The judge said he would rule.";
  EXPECT_EQ(g.substr(DatelineLength(g)), "The judge said he would rule.");
  // One place in title case opening a digest's item.
  const std::string_view a = "Abidjan - The African Development Bank said it lent more.";
  EXPECT_EQ(a.substr(DatelineLength(a)), "The African Development Bank said it lent more.");
  EXPECT_EQ(DatelineLength("Acme - the firm - won."), 0U);
  // A place in capitals without a date ("WASHINGTON" had been a speaker); not an acronym.
  const std::string_view h = "HONG KONG - Gold was trading at 421 dlrs an ounce.";
  EXPECT_EQ(h.substr(DatelineLength(h)), "Gold was trading at 421 dlrs an ounce.");
  EXPECT_EQ(DatelineLength("NATO - The alliance met."), 0U);
  // A lower-case word between them is a sentence's own.
  EXPECT_EQ(DatelineLength("Acme, which grew, March 17 - rose."), 0U);
  // Title case without a month and a day is a sentence's own words.
  EXPECT_EQ(DatelineLength("Paris, Lyon and Nice - three cities - voted."), 0U);
  EXPECT_EQ(DatelineLength("Smith, Marchetti 2 - the firm - won."), 0U);
}

TEST(Dateline, SentencesThatOnlyLookLikeOneKeepTheirWords) {
  EXPECT_EQ(DatelineLength("NATO - the alliance - met in Brussels."), 0U);  // no comma: a subject
  EXPECT_EQ(DatelineLength("Paris, the capital - and more."), 0U);          // not in capitals
  EXPECT_EQ(DatelineLength("WASHINGTON, officials said - quietly - no."), 0U);  // lower case
  EXPECT_EQ(DatelineLength("The U.S. economy grew."), 0U);
  EXPECT_EQ(DatelineLength("LONDON, March 3 - "), 0U);  // nothing after it
}

}  // namespace
}  // namespace kg::nlp
