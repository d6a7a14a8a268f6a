// Dates in news text, absolute or relative to the article's date (see values.h).
#include <array>
#include <chrono>
#include <cstdio>
#include <string>

#include "extract/entities/value_words.h"
#include "extract/entities/values.h"

namespace kg::extract {
namespace {

namespace ch = std::chrono;
using values_internal::Piece;
using Kind = Piece::Kind;

ch::sys_days ToDays(const CivilDate& d) {
  return ch::sys_days{ch::year{d.year} / ch::month{static_cast<unsigned>(d.month)} /
                      ch::day{static_cast<unsigned>(d.day)}};
}

CivilDate FromDays(ch::sys_days days) {
  const ch::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool Valid(int year, int month, int day) {
  const ch::year_month_day ymd{ch::year{year}, ch::month{static_cast<unsigned>(month)},
                               ch::day{static_cast<unsigned>(day)}};
  return year >= 1000 && year <= 2999 && ymd.ok();
}

std::string Iso(int year, int month = 0, int day = 0) {
  char buffer[32];
  if (day > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

Value DateValue(std::string iso) {
  Value value;
  value.kind = ValueKind::kDate;
  value.date = std::move(iso);
  return value;
}

std::optional<int> IntOf(const Piece& piece) {
  if (piece.kind != Kind::kNumber || piece.text.size() > 4) return std::nullopt;
  for (const char c : piece.text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::stoi(piece.text);
}

std::optional<int> YearOf(const Piece& piece) {
  if (piece.text.size() != 4) return std::nullopt;
  const auto year = IntOf(piece);
  if (year && *year >= 1000 && *year <= 2999) return year;
  return std::nullopt;
}

// Words around a date that do not change it.
bool IsFiller(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "on", "in",  "since", "by",   "from", "until", "till",    "during",  "at",        "as",
      "of", "the", "early", "late", "mid",  "later", "earlier", "morning", "afternoon", "evening"};
  for (const auto word : kWords) {
    if (w == word) return true;
  }
  return w == "night";
}

// The day pieces[*i] names with an optional ordinal suffix ("3", "3rd"), advancing *i.
std::optional<int> DayAt(const std::vector<Piece>& p, std::size_t* i) {
  if (*i >= p.size()) return std::nullopt;
  const auto day = IntOf(p[*i]);
  if (!day || *day < 1 || *day > 31 || p[*i].text.size() > 2) return std::nullopt;
  ++*i;
  if (*i < p.size() &&
      (p[*i].text == "st" || p[*i].text == "nd" || p[*i].text == "rd" || p[*i].text == "th")) {
    ++*i;
  }
  return day;
}

class DateReader {
 public:
  DateReader(std::vector<Piece> pieces, std::optional<CivilDate> article, TimeDirection direction)
      : p_(std::move(pieces)), article_(article), direction_(direction) {}

  std::optional<Value> Read() {
    if (p_.empty()) return std::nullopt;
    if (auto v = Quarter()) return v;
    if (auto v = Deictic()) return v;
    if (auto v = Relative()) return v;
    if (auto v = Calendar()) return v;
    return std::nullopt;
  }

 private:
  bool Is(std::size_t i, std::string_view word) const {
    return i < p_.size() && p_[i].kind == Kind::kWord && p_[i].text == word;
  }

  // "the first quarter of 2024", "Q1 2024", "the fourth quarter" (the article's year).
  std::optional<Value> Quarter() {
    static constexpr std::array<std::string_view, 4> kOrdinals = {"first", "second", "third",
                                                                  "fourth"};
    int quarter = 0;
    std::size_t i = 0;
    for (std::size_t q = 0; q < kOrdinals.size(); ++q) {
      if (Is(0, kOrdinals[q]) && Is(1, "quarter")) quarter = static_cast<int>(q) + 1;
    }
    if (quarter > 0) {
      i = 2;
    } else if (Is(0, "q") && p_.size() >= 2 && IntOf(p_[1]) && *IntOf(p_[1]) >= 1 &&
               *IntOf(p_[1]) <= 4) {
      quarter = *IntOf(p_[1]);
      i = 2;
    } else {
      return std::nullopt;
    }
    std::optional<int> year;
    if (i < p_.size() && (year = YearOf(p_[i]))) ++i;
    if (!year && article_) year = article_->year;
    if (!year || i != p_.size()) return std::nullopt;
    return DateValue(Iso(*year) + "-Q" + std::to_string(quarter));
  }

  // "today", "yesterday", "tomorrow", "tonight".
  std::optional<Value> Deictic() {
    if (p_.size() != 1 || !article_) return std::nullopt;
    int offset = 0;
    if (Is(0, "yesterday")) {
      offset = -1;
    } else if (Is(0, "tomorrow")) {
      offset = 1;
    } else if (!Is(0, "today") && !Is(0, "tonight")) {
      return std::nullopt;
    }
    const CivilDate d = FromDays(ToDays(*article_) + ch::days{offset});
    return DateValue(Iso(d.year, d.month, d.day));
  }

  // "last year", "next month", "this week", "last Monday", "next March", and a bare weekday.
  std::optional<Value> Relative() {
    int step = 0;  // -1 last, +1 next, 0 this / bare
    std::size_t i = 0;
    if (Is(0, "last") || Is(0, "past") || Is(0, "previous")) {
      step = -1;
      i = 1;
    } else if (Is(0, "next") || Is(0, "coming")) {
      step = 1;
      i = 1;
    } else if (Is(0, "this")) {
      i = 1;
    }
    if (!article_) return std::nullopt;
    if (i == 0) {
      // A bare weekday: "Monday" (a bare "year" or "March" is not relative).
      const auto weekday = p_.size() == 1 ? values_internal::WeekdayOf(p_[0].text) : std::nullopt;
      if (!weekday) return std::nullopt;
      return Weekday(*weekday, direction_ == TimeDirection::kPast ? -1 : 1, true);
    }
    if (i + 1 != p_.size()) return std::nullopt;
    const std::string_view unit = p_[i].text;
    if (unit == "year") return DateValue(Iso(article_->year + step));
    if (unit == "month") {
      const ch::year_month ym =
          ch::year{article_->year} / ch::month{static_cast<unsigned>(article_->month)} +
          ch::months{step};
      return DateValue(
          Iso(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month()))));
    }
    if (unit == "week") return Week(ToDays(*article_) + ch::weeks{step});
    if (const auto weekday = values_internal::WeekdayOf(unit)) {
      if (step == 0) return Weekday(*weekday, direction_ == TimeDirection::kPast ? -1 : 1, true);
      return Weekday(*weekday, step, false);
    }
    if (const auto month = values_internal::MonthOf(unit)) {
      int year = article_->year;
      if (step < 0 && *month >= article_->month) --year;
      if (step > 0 && *month <= article_->month) ++year;
      return DateValue(Iso(year, *month));
    }
    return std::nullopt;
  }

  // The weekday nearest the article's date in direction (-1 back, +1 forward); the article's own
  // day counts when include_today.
  std::optional<Value> Weekday(int weekday, int direction, bool include_today) const {
    const ch::sys_days today = ToDays(*article_);
    ch::sys_days day = today;
    if (!include_today) day += ch::days{direction};
    while (ch::weekday{day}.c_encoding() != static_cast<unsigned>(weekday)) {
      day += ch::days{direction};
    }
    const CivilDate d = FromDays(day);
    return DateValue(Iso(d.year, d.month, d.day));
  }

  // The ISO 8601 week holding day: "2024-W09".
  static std::optional<Value> Week(ch::sys_days day) {
    const unsigned iso_weekday = ch::weekday{day}.iso_encoding();  // Monday 1 .. Sunday 7
    const ch::sys_days thursday = day - ch::days{iso_weekday - 1} + ch::days{3};
    const ch::year year = ch::year_month_day{thursday}.year();
    const ch::sys_days first = ch::sys_days{year / ch::January / 1};
    const auto week = (thursday - first).count() / 7 + 1;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-W%02d", static_cast<int>(year),
                  static_cast<int>(week));
    return DateValue(buffer);
  }

  // "March 3, 2024", "Monday, March 3", "3 March 2024", "3rd of March", "March 2024", "2019",
  // "the 1990s", "March 3" (year from the article).
  std::optional<Value> Calendar() {
    std::size_t i = 0;
    if (values_internal::WeekdayOf(p_[0].text) && p_.size() > 1) i = 1;
    std::optional<int> month;
    std::optional<int> day;
    if (i < p_.size() && (month = values_internal::MonthOf(p_[i].text)) &&
        p_[i].kind == Kind::kWord) {
      ++i;
      day = DayAt(p_, &i);
    } else if ((day = DayAt(p_, &i))) {
      if (Is(i, "of")) ++i;
      if (i >= p_.size() || !(month = values_internal::MonthOf(p_[i].text))) return std::nullopt;
      ++i;
    }
    std::optional<int> year;
    if (i < p_.size() && (year = YearOf(p_[i]))) ++i;
    if (!month && year && Is(i, "s") && *year % 10 == 0) {
      ++i;  // "the 1990s": the decade, as ISO 8601 writes it at reduced precision
      if (i != p_.size()) return std::nullopt;
      return DateValue(Iso(*year).substr(0, 3));
    }
    if (i != p_.size() || (!month && !year)) return std::nullopt;
    if (!month) return DateValue(Iso(*year));
    if (!year) {
      if (!article_) return std::nullopt;
      year = YearFromArticle(*month, day.value_or(1));
    }
    if (!day) return DateValue(Iso(*year, *month));
    if (!Valid(*year, *month, *day)) return std::nullopt;
    return DateValue(Iso(*year, *month, *day));
  }

  // The year of a month and day written without one: the article's year, moved by one when the
  // day would lie on the wrong side of the article's date.
  int YearFromArticle(int month, int day) const {
    const int year = article_->year;
    const bool after = month > article_->month || (month == article_->month && day > article_->day);
    const bool before =
        month < article_->month || (month == article_->month && day < article_->day);
    if (direction_ == TimeDirection::kPast && after) return year - 1;
    if (direction_ == TimeDirection::kFuture && before) return year + 1;
    return year;
  }

  std::vector<Piece> p_;
  std::optional<CivilDate> article_;
  TimeDirection direction_;
};

// "2024-03-05" and "2024-03-05T10:00:00Z" at the front of text.
std::optional<CivilDate> IsoPrefix(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  const std::string s(text.substr(0, 10));
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' &&
      std::sscanf(s.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3 && Valid(year, month, day)) {
    return CivilDate{year, month, day};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Value> ParseDate(std::string_view phrase, std::optional<CivilDate> article_date,
                               TimeDirection direction) {
  while (!phrase.empty() && (phrase.front() == ' ' || phrase.front() == '('))
    phrase.remove_prefix(1);
  if (const auto iso = IsoPrefix(phrase); iso && phrase.size() == 10) {
    return DateValue(Iso(iso->year, iso->month, iso->day));
  }
  std::vector<Piece> pieces;
  for (auto& piece : values_internal::Lex(phrase)) {
    if (piece.kind == Kind::kWord && IsFiller(piece.text)) continue;
    pieces.push_back(std::move(piece));
  }
  return DateReader(std::move(pieces), article_date, direction).Read();
}

std::optional<CivilDate> ParseArticleDate(std::string_view text) {
  if (auto iso = IsoPrefix(text)) return iso;
  // Reuters: "26-FEB-1987 15:01:01.79".
  int day = 0;
  int year = 0;
  char month_name[4] = {};
  const std::string s(text.substr(0, 11));
  if (std::sscanf(s.c_str(), "%2d-%3[A-Za-z]-%4d", &day, month_name, &year) == 3) {
    std::string lower(month_name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (const auto month = values_internal::MonthOf(lower); month && Valid(year, *month, day)) {
      return CivilDate{year, *month, day};
    }
  }
  // "March 5, 2024", "5 March 2024", RFC 2822 "Tue, 05 Mar 2024 10:00:00 GMT": the calendar
  // reader on the words before any clock time.
  std::string_view date_part = text;
  if (const auto colon = date_part.find(':'); colon != std::string_view::npos) {
    const auto space = date_part.rfind(' ', colon);
    date_part = date_part.substr(0, space == std::string_view::npos ? 0 : space);
  }
  const auto value = ParseDate(date_part, std::nullopt, TimeDirection::kPast);
  if (!value || value->date.size() != 10) return std::nullopt;
  return IsoPrefix(value->date);
}

}  // namespace kg::extract
