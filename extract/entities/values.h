#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// A calendar day, as std::chrono::year_month_day would hold it, kept plain so callers need no
// <chrono>. month 1-12, day 1-31.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

enum class ValueKind { kMoney, kDate, kPercent, kQuantity };

// Which way a weekday or month without a year points from the article's date. News mostly
// reports what happened ("on Monday" = the last Monday), so kPast is the default; a clause in the
// future tense ("will meet on Monday") asks for kFuture.
enum class TimeDirection { kPast, kFuture };

// A value node's normalised meaning.
// - kMoney: amount in units of currency (825000000 for "$825 million"), currency an ISO 4217
//   alpha-3 code ("USD").
// - kPercent: amount is the number before the sign (12.5 for "12.5%"); unit is "%", or
//   "percentage point" for "percentage points".
// - kQuantity: amount is the count (1200000 for "1.2 mln barrels"), unit the singular unit noun,
//   lower case ("barrel"); empty for a bare count of something unnamed.
// - kDate: date is ISO 8601 at the precision the text gives ("2024-03-03", "2024-03", "2024"),
//   or a quarter as TIMEX3 writes it ("2024-Q1").
struct Value {
  ValueKind kind = ValueKind::kQuantity;
  double amount = 0.0;
  std::string currency;
  std::string unit;
  std::string date;
  // The unit a rate is counted per, singular: "share" of "1.75 dlrs a share", "lb" of "50.57 cts
  // per lb"; "" for an amount that is no rate.
  std::string per;

  // The normalised value as one string: "825000000 USD", "12.5%", "1200000 barrel", "2024-03-03",
  // a rate with "/" and its unit ("1.75 USD/share"). Amounts print without a fraction when whole,
  // else with up to 6 significant decimals.
  [[nodiscard]] std::string Canonical() const;
};

// Reads the numbers that amounts are written with: "825", "1,234.5", "1.5", ".5", and the
// English words one to twenty, the tens, "a"/"an" (as 1) and "dozen". Empty when text is not one
// number.
[[nodiscard]] std::optional<double> ParseNumber(std::string_view text);

// "$825 million", "US$1.5bn", "1.5 billion euros", "15.5 mln dlrs", "20 mln stg", "EUR 3 bln",
// "3 billion Swiss francs", "50 cents". Currencies come from the ISO 4217 names in Debian's
// iso-codes package (read once, on first use, from kIso4217Path; when the file is missing only
// the symbols and the common words below are known) plus symbols and newswire abbreviations
// ($, US$, C$, A$, €, £, ¥, dlrs, cts, stg, dollars, euros, pounds, yen, ...), the currencies the
// euro replaced that iso-codes no longer lists ("marks" DEM, "guilders" NLG, "French francs" FRF,
// "lire" ITL, ...) and "Danish crowns" for kroner. An unqualified "$" or "dollars" is USD; a
// country's adjective before "dlrs" names its dollar ("Canadian dlrs" CAD). "minus" or
// "negative" before the number makes it negative ("minus 876 mln dlrs"). Empty when the phrase
// names no amount of money.
[[nodiscard]] std::optional<Value> ParseMoney(std::string_view phrase);

// "12%", "12 percent", "12 per cent", "12 pct", "0.25 percentage point(s)"; "minus 0.5 pct" is
// negative.
[[nodiscard]] std::optional<Value> ParsePercent(std::string_view phrase);

// A number with a scale and a unit noun: "3,000 tonnes", "1.2 mln barrels", "two dozen
// drones". Empty for a bare number (a bare number names nothing a graph should hold) and for
// money, percentages and years.
[[nodiscard]] std::optional<Value> ParseQuantity(std::string_view phrase);

// Dates, absolute or relative to the article's date: "March 3, 2024", "3 March 2024",
// "2024-03-03", "March 2024", "in 2019", "on Monday", "yesterday", "last year", "next month",
// "the first quarter of 2024", "March 3" (the article's year, or the nearest such day in
// direction). Leading prepositions ("on", "in", "since", "by") and "the" are ignored. A relative
// date without an article date is empty: kg would rather say nothing than guess.
// Source of the calendar arithmetic: std::chrono's civil calendar (C++20, Hinnant's algorithms).
[[nodiscard]] std::optional<Value> ParseDate(std::string_view phrase,
                                             std::optional<CivilDate> article_date,
                                             TimeDirection direction = TimeDirection::kPast);

// An article's own date as feeds and front matter write it: ISO 8601 ("2024-03-05",
// "2024-03-05T10:00:00Z"), "March 5, 2024", "5 March 2024", RFC 2822 ("Tue, 05 Mar 2024
// 10:00:00 GMT"), or the Reuters form "26-FEB-1987 15:01:01.79". Empty when unreadable.
[[nodiscard]] std::optional<CivilDate> ParseArticleDate(std::string_view text);

// Tries money, percent, date, then quantity, and returns the first that reads the phrase.
[[nodiscard]] std::optional<Value> ParseValue(std::string_view phrase,
                                              std::optional<CivilDate> article_date,
                                              TimeDirection direction = TimeDirection::kPast);

inline constexpr const char* kIso4217Path = "/usr/share/iso-codes/json/iso_4217.json";

}  // namespace kg::extract
