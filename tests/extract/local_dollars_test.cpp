// The dollar a story means by a bare "dlrs": the one of the place its dateline names.
#include "extract/entities/local_dollars.h"

#include <gtest/gtest.h>

#include "extract/entities/values.h"

namespace kg::extract {
namespace {

TEST(LocalDollars, TheDatelineAfterAHeadlineNamesThePlace) {
  EXPECT_EQ(DatelinePlace("ACME RAISES PAYOUT\n\nTORONTO, March 4 - Acme Ltd said it would pay"),
            "TORONTO");
  EXPECT_EQ(DatelinePlace("HONG KONG, March 9 - Loans rose 3.3 pct"), "HONG KONG");
  EXPECT_EQ(DatelinePlace("Acme Ltd said it would pay 40 mln dlrs."), "");
}

TEST(LocalDollars, ACanadianOrAustralianPlaceHasItsDollar) {
  EXPECT_EQ(LocalDollarOfPlace("TORONTO").value_or(""), "CAD");
  EXPECT_EQ(LocalDollarOfPlace("Sydney").value_or(""), "AUD");
  EXPECT_EQ(LocalDollarOfPlace("HONG KONG").value_or(""), "HKD");
  EXPECT_FALSE(LocalDollarOfPlace("NEW YORK"));
}

TEST(LocalDollars, ABareDollarIsTheLocalOneAndANamedUsDollarStays) {
  auto bare = ParseValue("40 mln dlrs", std::nullopt);
  ASSERT_TRUE(bare);
  LocaliseDollar(*bare, "40 mln dlrs", "CAD");
  EXPECT_EQ(bare->Canonical(), "40000000 CAD");
  auto named = ParseValue("40 mln U.S. dlrs", std::nullopt);
  ASSERT_TRUE(named);
  LocaliseDollar(*named, "sold for 40 mln U.S. dlrs", "CAD");
  EXPECT_EQ(named->Canonical(), "40000000 USD");
  auto stg = ParseValue("40 mln stg", std::nullopt);
  ASSERT_TRUE(stg);
  LocaliseDollar(*stg, "40 mln stg", "CAD");
  EXPECT_EQ(stg->Canonical(), "40000000 GBP");
}

}  // namespace
}  // namespace kg::extract
