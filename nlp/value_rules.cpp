#include "nlp/value_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr std::array<std::string_view, 6> kScales = {"million",  "billion", "trillion",
                                                     "thousand", "mln",     "bln"};
constexpr std::array<std::string_view, 9> kCurrencySymbols = {"$",  "us$", "£",   "€",  "¥",
                                                              "c$", "a$",  "hk$", "nz$"};
// Units of measure, with the newswire's ("kilos", "bpd", "ounces" of gold, "bushels" of grain).
// Rainfall's millimetres and centimetres too ("totalled one to eight mm").
// A power station's megawatts too ("rated at 1,270 MW each": "MW" had been a place).
constexpr std::array<std::string_view, 50> kUnits = {
    "mw",      "megawatts",  "megawatt",    "kw",          "kilowatts",   "gw",          "kwh",
    "km",      "kilometres", "kilometers",  "miles",       "mile",        "metres",      "meters",
    "m",       "kg",         "kilograms",   "tonnes",      "tons",        "pounds",      "barrels",
    "litres",  "liters",     "feet",        "foot",        "inches",      "acres",       "hectares",
    "degrees", "mph",        "cm",          "kilos",       "kilo",        "kgs",         "tonne",
    "ton",     "barrel",     "bpd",         "ounces",      "ounce",       "bushels",     "lbs",
    "gallons", "mm",         "millimetres", "millimeters", "centimetres", "centimeters", "inch",
    "yards"};
constexpr std::array<std::string_view, 5> kYearBefore = {"in", "since", "by", "until", "of"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// "4", "3.5", "2,000", "1/2", "four" is not a number here (too ambiguous in names).
bool IsNumber(const std::string& w) {
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '/';
  });
}

bool IsYear(const std::string& w) {
  return w.size() == 4 && IsNumber(w) && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0);
}

bool IsIsoDate(const std::string& w) {
  return w.size() == 10 && w[4] == '-' && w[7] == '-' && IsYear(w.substr(0, 4));
}

// A day of the month, bare or ordinal: "15", "15th", "1st", "22nd", "3rd".
bool IsDay(const std::string& w) { return (IsNumber(w) && w.size() <= 2) || IsOrdinalDay(w); }

bool IsMonth(const std::string& w) {
  return Gazetteer::IsMonthOrWeekday(w) && w.size() > 2 &&
         std::isupper(static_cast<unsigned char>(w[0]));
}

// The end of a number with its scale word ("4 million") starting at i, or i when none.
std::size_t NumberEnd(const std::vector<std::string>& t, std::size_t i) {
  if (i >= t.size() || !IsNumber(t[i])) return i;
  std::size_t e = i + 1;
  while (e < t.size() && In(kScales, Lower(t[e]))) ++e;
  return e;
}

// The end of a number written in words with its scale words ("seven billion", "two mln")
// starting at i, or i when none: only before a unit of measure ("seven billion tonnes"), where
// a word of counting names no one ("Seven Up", "One Liberty Plaza").
std::size_t WordNumberEnd(const std::vector<std::string>& t, std::size_t i) {
  static constexpr std::array<std::string_view, 27> kWords = {
      "one",     "two",     "three",     "four",     "five",     "six",      "seven",
      "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
      "forty",   "fifty",   "sixty",     "seventy",  "eighty",   "ninety"};
  if (i >= t.size() || !In(kWords, Lower(t[i]))) return i;
  std::size_t e = i + 1;
  while (e < t.size() && In(kScales, Lower(t[e]))) ++e;
  return e < t.size() && In(kUnits, Lower(t[e])) ? e : i;
}

// Currency words that follow a nationality ("96 mln Swiss francs", "1.2 billion Japanese yen",
// "Swiss franc", "Saudi riyals"): the words of kCurrency and the singulars and other currencies
// whose word alone would be too ambiguous to start an amount.
bool IsQualifiedCurrencyWord(const std::string& w) {
  static constexpr std::array<std::string_view, 20> kMore = {
      "franc",   "krona",  "kronor",  "krone", "kroner", "riyal", "riyals",
      "dinar",   "dinars", "rand",    "peso",  "pesos",  "rupee", "shekel",
      "shekels", "won",    "ringgit", "baht",  "zloty",  "lira"};
  return Gazetteer::IsCurrencyWord(w) || In(kMore, w);
}

// The end of a currency written with its country between the amount and the word ("50 mln Hong
// Kong dlrs", "235 mln H.K. Dlrs", "40 mln Canadian dollars", "8.50 billion U.S. Dlrs", "96 mln
// Swiss francs", "1.2 billion Japanese yen") starting at i: one or two capitalised words, or an
// abbreviation with full stops, then a currency word (IsQualifiedCurrencyWord) in any case; i
// when there is none.
std::size_t QualifiedCurrencyEnd(const std::vector<std::string>& t, std::size_t i) {
  const auto currency = [&](std::size_t k) {
    return k < t.size() && IsQualifiedCurrencyWord(Lower(t[k]));
  };
  const auto capitalised = [&](std::size_t k) { return k < t.size() && StartsWithCapital(t[k]); };
  if (!capitalised(i)) return i;
  if (currency(i + 1)) return i + 2;
  if (capitalised(i + 1) && currency(i + 2)) return i + 3;
  return i;
}

}  // namespace

std::vector<EntityMention> FindValues(const std::vector<std::string>& t) {
  std::vector<EntityMention> out;
  std::size_t i = 0;
  while (i < t.size()) {
    const std::string w = Lower(t[i]);
    std::size_t e = i;
    std::string type;
    if (In(kCurrencySymbols, w) && NumberEnd(t, i + 1) > i + 1) {
      e = NumberEnd(t, i + 1);
      type = "MONEY";
    } else if (const std::size_t n = NumberEnd(t, i); n > i) {
      const std::string next = n < t.size() ? Lower(t[n]) : "";
      if (next == "%" || next == "percent" || next == "pct") {
        e = n + 1;
        type = "PERCENT";
      } else if (n < t.size() && (Gazetteer::IsCurrencyWord(next) || next == "dollars")) {
        e = n + 1;
        type = "MONEY";
      } else if (const std::size_t d = QualifiedCurrencyEnd(t, n); d > n) {
        e = d;
        type = "MONEY";
      } else if (n < t.size() && In(kUnits, next)) {
        e = n + 1;
        type = "QUANTITY";
      } else if (IsYear(t[i]) && n == i + 1 && i > 0 && In(kYearBefore, Lower(t[i - 1]))) {
        e = n;
        type = "DATE";
      } else if (n == i + 1 && t[i].size() <= 2 && n < t.size() && IsMonth(t[n])) {
        e = n + 1;  // "30 August"
        if (e < t.size() && IsYear(t[e])) ++e;
        type = "DATE";
      }
    } else if (const std::size_t words = WordNumberEnd(t, i); words > i) {
      e = words + 1;  // "seven billion tonnes", "two mln barrels"
      type = "QUANTITY";
    } else if (IsOrdinalDay(t[i]) && i + 1 < t.size() && IsMonth(t[i + 1])) {
      e = i + 2;  // "21st April", "3rd of June" is left to the model
      if (e < t.size() && IsYear(t[e])) ++e;
      type = "DATE";
    } else if (IsIsoDate(t[i])) {
      e = i + 1;
      type = "DATE";
    } else if (IsMonth(t[i])) {
      e = i + 1;                             // "August 30 , 1996", "Monday"
      if (e < t.size() && IsDay(t[e])) ++e;  // "March 15", "March 15th"
      if (e + 1 < t.size() && t[e] == "," && IsYear(t[e + 1])) e += 2;
      if (e < t.size() && IsYear(t[e])) ++e;
      type = "DATE";
    }
    if (type.empty()) {
      ++i;
      continue;
    }
    out.push_back({i, e, type});
    i = e;
  }
  return out;
}

}  // namespace kg::nlp
