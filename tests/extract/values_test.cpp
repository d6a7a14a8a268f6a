#include "extract/entities/values.h"

#include <fstream>

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

std::string Money(std::string_view phrase) {
  const auto value = ParseMoney(phrase);
  return value ? value->Canonical() : "none";
}

std::string Date(std::string_view phrase, std::optional<CivilDate> article = std::nullopt,
                 TimeDirection direction = TimeDirection::kPast) {
  const auto value = ParseDate(phrase, article, direction);
  return value ? value->date : "none";
}

// Wednesday 2025-06-11.
constexpr CivilDate kArticleDay{2025, 6, 11};

TEST(Values, MoneyKeepsAmountAndCurrency) {
  EXPECT_EQ(Money("$825 million"), "825000000 USD");
  EXPECT_EQ(Money("US$1.5bn"), "1500000000 USD");
  EXPECT_EQ(Money("1.5 billion euros"), "1500000000 EUR");
  EXPECT_EQ(Money("15.5 mln dlrs"), "15500000 USD");
  EXPECT_EQ(Money("20 mln stg"), "20000000 GBP");
  EXPECT_EQ(Money("\u20AC40m"), "40000000 EUR");
  EXPECT_EQ(Money("\u00A31,250"), "1250 GBP");
  EXPECT_EQ(Money("about C$ 12 million"), "12000000 CAD");
  EXPECT_EQ(Money("two million dollars"), "2000000 USD");
  EXPECT_EQ(Money("a billion yen"), "1000000000 JPY");
  EXPECT_EQ(Money("50 cents"), "0.5 USD");
  EXPECT_EQ(Money("30 cts"), "0.3 USD");  // the newswire's cents
  // Currencies the euro replaced, and a country's dollar in the newswire's abbreviation.
  EXPECT_EQ(Money("12.0 billion marks"), "12000000000 DEM");
  EXPECT_EQ(Money("20 mln French francs"), "20000000 FRF");
  EXPECT_EQ(Money("500 mln Danish crowns"), "500000000 DKK");
  EXPECT_EQ(Money("40 mln Canadian dlrs"), "40000000 CAD");
  EXPECT_EQ(Money("300 mln Hong Kong dlrs"), "300000000 HKD");
  // The newswire's place abbreviations before its dollars ("7.45 billion H.K. Dlrs" had no value).
  EXPECT_EQ(Money("7.45 billion H.K. Dlrs"), "7450000000 HKD");
  EXPECT_EQ(Money("50 mln N.Z. dlrs"), "50000000 NZD");
  // A nationality before a currency whose ISO name is its word alone ("Yen").
  EXPECT_EQ(Money("1.2 billion Japanese yen"), "1200000000 JPY");
  EXPECT_EQ(Money("more than $3,400.75"), "3400.75 USD");
  // A sign ("rose to minus 876 mln dlrs" had read a positive amount).
  EXPECT_EQ(Money("minus 876 mln dlrs"), "-876000000 USD");
}

TEST(Values, MoneyReadsIsoCodesAndNames) {
  if (!std::ifstream(kIso4217Path)) GTEST_SKIP() << "iso-codes is not installed";
  EXPECT_EQ(Money("EUR 3 bln"), "3000000000 EUR");
  EXPECT_EQ(Money("300 million Swiss francs"), "300000000 CHF");
  EXPECT_EQ(Money("4 billion Norwegian krone"), "4000000000 NOK");
  EXPECT_EQ(Money("12 million Canadian dollars"), "12000000 CAD");
}

TEST(Values, MoneyRefusesWhatIsNotMoney) {
  EXPECT_EQ(Money("825 million"), "none");
  EXPECT_EQ(Money("the $825 million deal"), "none");
  EXPECT_EQ(Money("dollars"), "none");
  EXPECT_EQ(Money("a dollar store"), "none");
}

TEST(Values, PercentAndQuantity) {
  EXPECT_EQ(ParsePercent("12.5%")->Canonical(), "12.5%");
  EXPECT_EQ(ParsePercent("3 per cent")->Canonical(), "3%");
  EXPECT_EQ(ParsePercent("nearly 40 pct")->Canonical(), "40%");
  EXPECT_EQ(ParsePercent("0.25 percentage points")->Canonical(), "0.25 percentage point");
  EXPECT_EQ(ParseQuantity("3,000 tonnes")->Canonical(), "3000 tonne");
  EXPECT_EQ(ParseQuantity("1.2 mln barrels")->Canonical(), "1200000 barrel");
  EXPECT_EQ(ParseQuantity("two dozen drones")->Canonical(), "24 drone");
  EXPECT_EQ(ParseQuantity("40 people")->Canonical(), "40 person");
  EXPECT_FALSE(ParseQuantity("2019"));
  EXPECT_FALSE(ParseQuantity("1.75"));
  EXPECT_FALSE(ParseQuantity("5 million dollars"));
  EXPECT_FALSE(ParseQuantity("12 percent"));
}

TEST(Values, AbsoluteDates) {
  EXPECT_EQ(Date("March 3, 2024"), "2024-03-03");
  EXPECT_EQ(Date("on 3 March 2024"), "2024-03-03");
  EXPECT_EQ(Date("the 3rd of March 2024"), "2024-03-03");
  EXPECT_EQ(Date("Sept. 14, 2023"), "2023-09-14");
  EXPECT_EQ(Date("in March 2024"), "2024-03");
  EXPECT_EQ(Date("in 2019"), "2019");
  EXPECT_EQ(Date("2024-03-05"), "2024-03-05");
  EXPECT_EQ(Date("the 1990s"), "199");
  EXPECT_EQ(Date("the first quarter of 2024"), "2024-Q1");
  EXPECT_EQ(Date("February 30, 2024"), "none");
}

TEST(Values, RelativeDatesNeedTheArticleDate) {
  EXPECT_EQ(Date("on Monday"), "none");
  EXPECT_EQ(Date("yesterday"), "none");
  EXPECT_EQ(Date("March 3"), "none");
  EXPECT_EQ(Date("the year", kArticleDay), "none");
}

TEST(Values, RelativeDatesResolveAgainstTheArticle) {
  EXPECT_EQ(Date("on Monday", kArticleDay), "2025-06-09");
  EXPECT_EQ(Date("on Wednesday", kArticleDay), "2025-06-11");
  EXPECT_EQ(Date("on Monday", kArticleDay, TimeDirection::kFuture), "2025-06-16");
  EXPECT_EQ(Date("last Wednesday", kArticleDay), "2025-06-04");
  EXPECT_EQ(Date("yesterday", kArticleDay), "2025-06-10");
  EXPECT_EQ(Date("tomorrow evening", kArticleDay), "2025-06-12");
  EXPECT_EQ(Date("last year", kArticleDay), "2024");
  EXPECT_EQ(Date("next month", kArticleDay), "2025-07");
  EXPECT_EQ(Date("this week", kArticleDay), "2025-W24");
  EXPECT_EQ(Date("last March", kArticleDay), "2025-03");
  EXPECT_EQ(Date("in December", kArticleDay), "2024-12");
  EXPECT_EQ(Date("in December", kArticleDay, TimeDirection::kFuture), "2025-12");
  EXPECT_EQ(Date("on March 3", kArticleDay), "2025-03-03");
  EXPECT_EQ(Date("the fourth quarter", kArticleDay), "2025-Q4");
}

TEST(Values, ArticleDatesInTheirUsualForms) {
  EXPECT_EQ(ParseArticleDate("2024-03-05T10:00:00Z"), (CivilDate{2024, 3, 5}));
  EXPECT_EQ(ParseArticleDate("26-FEB-1987 15:01:01.79"), (CivilDate{1987, 2, 26}));
  EXPECT_EQ(ParseArticleDate("Tue, 05 Mar 2024 10:00:00 GMT"), (CivilDate{2024, 3, 5}));
  EXPECT_EQ(ParseArticleDate("March 5, 2024"), (CivilDate{2024, 3, 5}));
  EXPECT_FALSE(ParseArticleDate("last week"));
  EXPECT_FALSE(ParseArticleDate(""));
}

TEST(Values, ParseValueTriesEachKind) {
  EXPECT_EQ(ParseValue("$825 million", kArticleDay)->kind, ValueKind::kMoney);
  EXPECT_EQ(ParseValue("12%", kArticleDay)->kind, ValueKind::kPercent);
  EXPECT_EQ(ParseValue("on Monday", kArticleDay)->kind, ValueKind::kDate);
  EXPECT_EQ(ParseValue("3,000 tonnes", kArticleDay)->kind, ValueKind::kQuantity);
  EXPECT_FALSE(ParseValue("the pipeline", kArticleDay));
}

}  // namespace
}  // namespace kg::extract
