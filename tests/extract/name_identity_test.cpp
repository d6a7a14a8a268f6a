#include "extract/entities/name_identity.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

TEST(NameIdentity, LegalSuffixesAndStopsShareOneKey) {
  EXPECT_EQ(IdentityKey("The Vantora Group Inc."), "vantora group");
  EXPECT_EQ(IdentityKey("Vantora Group"), "vantora group");
  EXPECT_EQ(IdentityKey("Nordvik Energy A/S"), IdentityKey("Nordvik Energy"));
  EXPECT_EQ(IdentityKey("Halden Shipping, Ltd"), IdentityKey("Halden Shipping"));
  EXPECT_EQ(IdentityKey("E.U."), IdentityKey("EU"));
  EXPECT_EQ(IdentityKey("Inc."), "inc");
  EXPECT_EQ(WithoutLegalSuffix("Banco Ferreira S.A."), "Banco Ferreira");
}

TEST(NameIdentity, ALegalFormIsOneSpellingPerForm) {
  EXPECT_EQ(LegalForm("Nissan Motor Co Ltd"), "co");
  EXPECT_EQ(LegalForm("Nissan Motor Company"), "co");
  EXPECT_EQ(LegalForm("Nissan Motor Corp."), "corp");
  EXPECT_EQ(LegalForm("Procter and Gamble A.G."), "ag");
  EXPECT_EQ(LegalForm("Procter and Gamble"), "");
  // A name that is only a suffix has no form.
  EXPECT_EQ(LegalForm("Inc"), "");
}

TEST(NameIdentity, DifferentNamesStayApart) {
  EXPECT_FALSE(SameEntity("First National Bank of Algeria", "National Bank of Algeria"));
  EXPECT_FALSE(SameEntity("Sentinel Advisors", "Sentinel"));
  EXPECT_FALSE(SameEntity("Austria", "Australia"));
  EXPECT_FALSE(SameEntity("EU", "European Commission"));
}

TEST(NameIdentity, AcronymsMatchTheirLongForms) {
  EXPECT_TRUE(IsAcronymOf("EU", "European Union"));
  EXPECT_TRUE(IsAcronymOf("E.U.", "European Union"));
  EXPECT_TRUE(IsAcronymOf("NATO", "North Atlantic Treaty Organization"));
  EXPECT_TRUE(IsAcronymOf("Nato", "North Atlantic Treaty Organization"));
  EXPECT_TRUE(IsAcronymOf("OECD", "Organisation for Economic Co-operation and Development"));
  EXPECT_TRUE(IsAcronymOf("IAEA", "the International Atomic Energy Agency"));
  EXPECT_TRUE(IsAcronymOf("BKF", "Baltic Kelp Farms Ltd"));
  EXPECT_FALSE(IsAcronymOf("EU", "Europe"));
  EXPECT_FALSE(IsAcronymOf("EU", "european union"));
  EXPECT_FALSE(IsAcronymOf("eu", "European Union"));
  EXPECT_FALSE(IsAcronymOf("NATO", "North Atlantic Organization"));
  EXPECT_FALSE(IsAcronymOf("UN", "United Nations Security Council"));
  EXPECT_EQ(SameEntity("European Union", "E.U."), IdentityRule::kAcronym);
}

TEST(NameIdentity, AHeadlineNamesAFirmByItsWholeNameWithoutItsLegalForm) {
  EXPECT_TRUE(HeadlineNames("DEGUSSA COMBINES PHARMACEUTICAL INTERESTS", "Degussa AG"));
  EXPECT_TRUE(HeadlineNames("TARN ROBOTICS' PROFIT RISES", "Tarn Robotics Inc"));
  EXPECT_TRUE(HeadlineNames("ORVIK'S UNIT SOLD", "Orvik Corp"));
  EXPECT_TRUE(HeadlineNames("U.S. STEEL CUTS OUTPUT", "U.S. Steel"));
  EXPECT_TRUE(HeadlineNames("SOCI\u00C9T\u00C9 G\u00C9N\u00C9RALE RAISES CAPITAL",
                            "Soci\u00E9t\u00E9 G\u00E9n\u00E9rale SA"));
  // Every word of the name, in order, as whole words.
  EXPECT_FALSE(HeadlineNames("FIRST QUARTER NET RISES", "First Union Corp"));
  EXPECT_FALSE(HeadlineNames("BANKS SUE SAUDI COMPANY", "Saudi Research Co"));
  EXPECT_FALSE(HeadlineNames("DEGUSSAX COMBINES INTERESTS", "Degussa AG"));
  EXPECT_FALSE(HeadlineNames("", "Degussa AG"));
}

TEST(NameIdentity, CuratedExonyms) {
  EXPECT_EQ(CurrentNameOf("Kiev"), "Kyiv");
  EXPECT_EQ(CurrentNameOf("BOMBAY"), "Mumbai");
  EXPECT_FALSE(CurrentNameOf("Kyiv"));
  EXPECT_EQ(SameEntity("Kiev", "Kyiv"), IdentityRule::kExonym);
  EXPECT_EQ(SameEntity("Kyiv", "Kiev"), IdentityRule::kExonym);
  EXPECT_EQ(RuleName(IdentityRule::kExonym), "exonym");
}

}  // namespace
}  // namespace kg::extract
