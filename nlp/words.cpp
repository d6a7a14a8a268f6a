#include "nlp/words.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::nlp {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t e = s.find(' ', i);
    if (e == std::string_view::npos) e = s.size();
    if (e > i) out.emplace_back(s.substr(i, e - i));
    i = e + 1;
  }
  return out;
}

std::size_t CountWords(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

bool IsCalendarWord(std::string_view lemma) {
  static constexpr std::array<std::string_view, 26> kCalendar{
      "monday",   "tuesday",   "wednesday", "thursday", "friday",   "saturday",  "sunday",
      "january",  "february",  "march",     "april",    "may",      "june",      "july",
      "august",   "september", "october",   "november", "december", "yesterday", "today",
      "tomorrow", "week",      "month",     "year",     "quarter"};
  // "mid-april": the part of the month or week is a date word too.
  if (lemma.starts_with("mid-")) lemma.remove_prefix(4);
  return std::find(kCalendar.begin(), kCalendar.end(), lemma) != kCalendar.end();
}

bool IsWeekdayName(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return std::find(kDays.begin(), kDays.end(), word) != kDays.end();
}

bool IsOrdinalDay(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits])) != 0)
    ++digits;
  if (digits == 0 || digits > 2 || word.size() != digits + 2) return false;
  const std::string suffix = Lower(word.substr(digits));
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool IsMonthName(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kMonths{
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  if (word.ends_with('.')) word.remove_suffix(1);
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

bool IsApState(std::string_view word) {
  static constexpr std::array<std::string_view, 52> kStates{
      "Ala.",  "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.",  "Del.",  "Fla.",  "Ga.",
      "Ill.",  "Ind.",  "Kan.", "Kans.",  "Ky.",   "La.",    "Md.",   "Mass.", "Mich.",
      "Minn.", "Miss.", "Mo.",  "Mont.",  "Neb.",  "Nev.",   "N.H.",  "N.J.",  "N.M.",
      "N.Y.",  "N.C.",  "N.D.", "Okla.",  "Ore.",  "Pa.",    "R.I.",  "S.C.",  "S.D.",
      "Tenn.", "Tex.",  "Vt.",  "Va.",    "Wash.", "W.Va.",  "Wis.",  "Wyo.",  "Texas",
      "Ohio",  "Utah",  "Iowa", "Idaho",  "Maine", "Alaska", "Hawaii"};
  return std::find(kStates.begin(), kStates.end(), word) != kStates.end();
}

bool IsCreditRating(std::string_view word) {
  for (const std::string_view suffix : {"-plus", "-minus", "+", "-"})
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  if (!word.empty() && (word.back() == '1' || word.back() == '2' || word.back() == '3')) {
    word.remove_suffix(1);
    if (!word.empty() && word.back() == '-') word.remove_suffix(1);
  }
  static constexpr std::array<std::string_view, 14> kGrades{
      "Aaa", "Aa", "A", "Baa", "Ba", "B", "Caa", "Ca", "AAA", "AA", "BBB", "BB", "P", "Prime"};
  return std::find(kGrades.begin(), kGrades.end(), word) != kGrades.end();
}

bool StartsWithCapital(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) != 0;
}

bool IsChangeAdverb(std::string_view word) {
  return word == "up" || word == "down" || word == "off" || word == "higher" || word == "lower";
}

bool IsQuotationMark(std::string_view form) {
  return form == "\"" || form == "``" || form == "''" || form == "\u201C" || form == "\u201D";
}

bool IsDecimalNumber(std::string_view word) {
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return word.size() >= 3 && digit(word.front()) && digit(word.back()) &&
         word.find('.') != std::string_view::npos &&
         std::all_of(word.begin(), word.end(),
                     [&](char c) { return digit(c) || c == '.' || c == ','; });
}

bool IsVerbOfSaying(std::string_view lemma) {
  static constexpr std::array<std::string_view, 59> kSaying{
      "say",      "tell",      "claim",     "state",    "announce",  "add",         "report",
      "allege",   "insist",    "argue",     "warn",     "believe",   "think",       "write",
      "declare",  "assert",    "suggest",   "confirm",  "admit",     "acknowledge", "explain",
      "note",     "reveal",    "predict",   "estimate", "maintain",  "contend",     "stress",
      "tweet",    "testify",   "conclude",  "suspect",  "fear",      "accuse",      "ask",
      "recall",   "reply",     "respond",   "indicate", "concede",   "remark",      "comment",
      "observe",  "emphasize", "emphasise", "caution",  "speculate", "reckon",      "forecast",
      "surmise",  "guess",     "find",      "hope",     "feel",      "worry",       "calculate",
      "complain", "point",     "show"};
  return std::find(kSaying.begin(), kSaying.end(), lemma) != kSaying.end();
}

bool IsComplexPreposition(std::string_view phrase) {
  static constexpr std::array<std::string_view, 32> kPhrases = {
      "in conjunction with",   "in connection with",  "in relation to",      "in response to",
      "in addition to",        "in line with",        "in favour of",        "in favor of",
      "on behalf of",          "in charge of",        "in exchange for",     "in accordance with",
      "in terms of",           "with regard to",      "with respect to",     "in spite of",
      "in front of",           "in view of",          "in light of",         "in lieu of",
      "by means of",           "in return for",       "in search of",        "in place of",
      "in excess of",          "in compliance with",  "in cooperation with", "in partnership with",
      "in collaboration with", "in association with", "in reply to",         "in contrast to"};
  // With "the" before the noun, as the Cambridge Grammar lists them with it.
  static constexpr std::array<std::string_view, 14> kWithThe = {
      "in the wake of",     "in the face of",       "in the light of",   "in the case of",
      "in the event of",    "on the basis of",      "in the course of",  "in the absence of",
      "on the question of", "on the part of",       "at the expense of", "at the request of",
      "for the sake of",    "with the exception of"};
  return std::find(kPhrases.begin(), kPhrases.end(), phrase) != kPhrases.end() ||
         std::find(kWithThe.begin(), kWithThe.end(), phrase) != kWithThe.end();
}

}  // namespace kg::nlp
