#include "extract/entities/values.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "extract/entities/value_words.h"

namespace kg::extract {
namespace {

using values_internal::Piece;
using Kind = Piece::Kind;

bool IsWord(const std::vector<Piece>& p, std::size_t i, std::string_view word) {
  return i < p.size() && p[i].kind == Kind::kWord && p[i].text == word;
}

std::optional<double> WordNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 21> kSmall = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  static constexpr std::array<std::string_view, 7> kTens = {"thirty",  "forty",  "fifty", "sixty",
                                                            "seventy", "eighty", "ninety"};
  for (std::size_t n = 0; n < kSmall.size(); ++n) {
    if (word == kSmall[n]) return static_cast<double>(n);
  }
  for (std::size_t n = 0; n < kTens.size(); ++n) {
    if (word == kTens[n]) return static_cast<double>(30 + 10 * n);
  }
  if (word == "a" || word == "an") return 1.0;
  if (word == "dozen") return 12.0;
  return std::nullopt;
}

// A number at pieces[*i] with its scales ("1.5 billion", "two dozen", "a million"), advancing
// *i past them. "a"/"an" count only before a scale word.
std::optional<double> AmountAt(const std::vector<Piece>& p, std::size_t* i) {
  if (*i >= p.size()) return std::nullopt;
  std::optional<double> base;
  if (p[*i].kind == Kind::kNumber) {
    base = ParseNumber(p[*i].text);
  } else if (p[*i].kind == Kind::kWord) {
    base = WordNumber(p[*i].text);
    if ((p[*i].text == "a" || p[*i].text == "an") &&
        !(*i + 1 < p.size() &&
          (values_internal::ScaleOf(p[*i + 1].text) || IsWord(p, *i + 1, "dozen")))) {
      return std::nullopt;
    }
  }
  if (!base) return std::nullopt;
  ++*i;
  double amount = *base;
  while (*i < p.size() && p[*i].kind == Kind::kWord) {
    if (const auto scale = values_internal::ScaleOf(p[*i].text)) {
      amount *= *scale;
    } else if (p[*i].text == "dozen" && *base != 12.0) {
      amount *= 12.0;
    } else {
      break;
    }
    ++*i;
  }
  return amount;
}

// Skips "about", "more than", "up to" and the like at the front.
std::size_t SkipApproximators(const std::vector<Piece>& p) {
  std::size_t i = 0;
  while (i < p.size() && p[i].kind == Kind::kWord && values_internal::IsApproximator(p[i].text)) {
    ++i;
  }
  return i;
}

// -1 after "minus" or "negative" at p[*i] ("rose to minus 876 mln dlrs", "minus 0.5 pct"),
// which it skips; else 1.
double SignAt(const std::vector<Piece>& p, std::size_t* i) {
  if (*i < p.size() && p[*i].kind == Kind::kWord &&
      (p[*i].text == "minus" || p[*i].text == "negative")) {
    ++*i;
    return -1.0;
  }
  return 1.0;
}

std::string FormatAmount(double amount) {
  char buffer[64];
  if (std::fabs(amount - std::round(amount)) < 1e-9 && std::fabs(amount) < 1e18) {
    std::snprintf(buffer, sizeof buffer, "%.0f", amount);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6g", amount);
  }
  return buffer;
}

bool IsMinorUnit(std::string_view word) {
  // "cts", "ct": the newswire's cents ("a dividend of 30 cts a share").
  return word == "cent" || word == "cents" || word == "ct" || word == "cts" || word == "pence" ||
         word == "penny";
}

// The singular of a unit noun: "tonnes" -> "tonne", "batteries" -> "battery".
std::string Singular(std::string word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kIrregular = {
      {{"people", "person"},
       {"men", "man"},
       {"women", "woman"},
       {"children", "child"},
       {"feet", "foot"}}};
  for (const auto& [plural, singular] : kIrregular) {
    if (word == plural) return std::string(singular);
  }
  const auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 && word.ends_with(suffix);
  };
  if (ends("ies")) return word.substr(0, word.size() - 3) + "y";
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes")) {
    return word.substr(0, word.size() - 2);
  }
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is"))
    return word.substr(0, word.size() - 1);
  return word;
}

Value MakeValue(ValueKind kind, double amount, std::string currency, std::string unit) {
  Value value;
  value.kind = kind;
  value.amount = amount;
  value.currency = std::move(currency);
  value.unit = std::move(unit);
  return value;
}

}  // namespace

std::string Value::Canonical() const {
  const std::string rate = per.empty() ? "" : "/" + per;
  switch (kind) {
    case ValueKind::kMoney:
      return FormatAmount(amount) + " " + currency + rate;
    case ValueKind::kPercent:
      return (unit == "%" ? FormatAmount(amount) + "%" : FormatAmount(amount) + " " + unit) + rate;
    case ValueKind::kQuantity:
      return (unit.empty() ? FormatAmount(amount) : FormatAmount(amount) + " " + unit) + rate;
    case ValueKind::kDate:
      return date;
  }
  return {};
}

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const auto word = WordNumber(text)) return word;
  std::string digits;
  bool seen_point = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
      digits += c;
    } else if (c == ',' && i > 0 && !seen_point) {
      continue;  // a thousands separator
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  return std::stod(digits);
}

std::optional<Value> ParseMoney(std::string_view phrase) {
  const auto p = values_internal::Lex(phrase);
  std::size_t i = SkipApproximators(p);
  const double sign = SignAt(p, &i);
  std::optional<std::string> currency;
  // A sign or code before the number: "$825 million", "US$ 3 bln", "EUR 3 bln".
  if (i < p.size() && p[i].kind == Kind::kSymbol) {
    currency = values_internal::CurrencyOfSymbol(p[i].text);
    if (!currency) return std::nullopt;
    ++i;
  } else if (std::size_t used = 0; i < p.size() && p[i].kind == Kind::kWord &&
                                   p[i].original.size() == 3 &&
                                   (currency = values_internal::CurrencyOfWords(p, i, &used))) {
    i += used;
  }
  auto amount = AmountAt(p, &i);
  if (!amount) return std::nullopt;
  // A currency word after it: "1.5 billion euros", "15.5 mln dlrs", "50 cents".
  if (!currency) {
    std::size_t used = 0;
    currency = values_internal::CurrencyOfWords(p, i, &used);
    if (!currency) return std::nullopt;
    if (IsMinorUnit(p[i].text)) *amount /= 100.0;
    i += used;
  } else if (std::size_t used = 0; i < p.size() && values_internal::CurrencyOfWords(p, i, &used)) {
    i += used;  // "$5 million dollars", "US$ 3 bln dlrs": the word repeats the sign
  }
  if (i != p.size()) return std::nullopt;
  return MakeValue(ValueKind::kMoney, sign * *amount, *currency, {});
}

std::optional<Value> ParsePercent(std::string_view phrase) {
  const auto p = values_internal::Lex(phrase);
  std::size_t i = SkipApproximators(p);
  const double sign = SignAt(p, &i);
  const auto amount = AmountAt(p, &i);
  if (!amount || i >= p.size()) return std::nullopt;
  std::string unit;
  if (p[i].text == "%" || IsWord(p, i, "percent") || IsWord(p, i, "pct")) {
    unit = "%";
    ++i;
  } else if (IsWord(p, i, "per") && IsWord(p, i + 1, "cent")) {
    unit = "%";
    i += 2;
  } else if (IsWord(p, i, "percentage") &&
             (IsWord(p, i + 1, "point") || IsWord(p, i + 1, "points"))) {
    unit = "percentage point";
    i += 2;
  } else {
    return std::nullopt;
  }
  if (i != p.size()) return std::nullopt;
  return MakeValue(ValueKind::kPercent, sign * *amount, {}, unit);
}

std::optional<Value> ParseQuantity(std::string_view phrase) {
  const auto p = values_internal::Lex(phrase);
  std::size_t i = SkipApproximators(p);
  const auto amount = AmountAt(p, &i);
  // A unit noun must follow, and it must be the last word: "3,000 tonnes", not "2019".
  if (!amount || i + 1 != p.size() || p[i].kind != Kind::kWord) return std::nullopt;
  const std::string_view original = p[i].original;
  if (!original.empty() && std::isupper(static_cast<unsigned char>(original.front())) != 0 &&
      original.size() > 2) {
    return std::nullopt;  // "3 Boeing" names a thing, not a unit
  }
  std::size_t used = 0;
  if (values_internal::CurrencyOfWords(p, i, &used) || values_internal::MonthOf(p[i].text) ||
      p[i].text == "percent" || p[i].text == "pct") {
    return std::nullopt;
  }
  return MakeValue(ValueKind::kQuantity, *amount, {}, Singular(p[i].text));
}

std::optional<Value> ParseValue(std::string_view phrase, std::optional<CivilDate> article_date,
                                TimeDirection direction) {
  if (auto money = ParseMoney(phrase)) return money;
  if (auto percent = ParsePercent(phrase)) return percent;
  if (auto date = ParseDate(phrase, article_date, direction)) return date;
  return ParseQuantity(phrase);
}

}  // namespace kg::extract
