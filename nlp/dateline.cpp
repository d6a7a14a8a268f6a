#include "nlp/dateline.h"

#include <cctype>
#include <string>
#include <string_view>

#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr std::size_t kMaxWords = 8;
constexpr std::size_t kMaxBytes = 80;

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "March", "Mar", "Sept." and the other months as datelines write them (the gazetteer's
// calendar words, a full stop after an abbreviation allowed).
bool IsMonthName(std::string word) {
  if (!word.empty() && word.back() == '.') word.pop_back();
  return Gazetteer::IsMonthOrWeekday(word);
}

}  // namespace

std::size_t DatelineLength(std::string_view sentence) {
  std::size_t dash = std::string_view::npos;
  std::size_t after = 0;
  for (const std::string_view mark : {std::string_view(" - "), std::string_view(" -- ")}) {
    const std::size_t at = sentence.substr(0, kMaxBytes).find(mark);
    if (at != std::string_view::npos && at < dash) {
      dash = at;
      after = at + mark.size();
    }
  }
  if (dash == std::string_view::npos || dash == 0 || after >= sentence.size()) return 0;
  const std::string_view prefix = sentence.substr(0, dash);
  if (prefix.find(',') == std::string_view::npos && prefix.find('(') == std::string_view::npos) {
    // "Abidjan - The African Development Bank said": one place in title case before a sentence
    // that starts with a capital, as a digest of wire items opens each.
    bool title = prefix.size() >= 3 && IsUpper(prefix.front());
    for (std::size_t i = 1; i < prefix.size() && title; ++i) title = IsLower(prefix[i]);
    // "WELLINGTON - New Zealand's budget deficit widened", "HONG KONG - Gold was trading": a
    // place in capitals, one to three words of five letters or more in all, no acronym's length
    // ("NATO - the alliance").
    std::size_t capitals = 0;
    bool shouted = true;
    for (const char c : prefix) {
      capitals += IsUpper(c) ? 1 : 0;
      shouted = shouted && (IsUpper(c) || c == ' ' || c == '.');
    }
    shouted = shouted && capitals >= 5 && SplitWords(prefix).size() <= 3;
    return (title || shouted) && IsUpper(sentence[after]) ? after : 0;
  }
  const std::vector<std::string> words = SplitWords(prefix);
  if (words.empty() || words.size() > kMaxWords) return 0;
  // The place, in capitals: "SALVADOR," or "NEW YORK,"; or in title case when a date follows
  // it ("Caracas, March 6 - "): a month's name after the comma, then a day.
  std::size_t letters = 0;
  bool lower = false;
  for (const char c : words.front()) {
    lower = lower || IsLower(c);
    letters += IsUpper(c) ? 1 : 0;
  }
  if (lower) {
    // The date follows the last comma; a region may come between ("Edmonton, Alberta, March 17
    // - ", "Greensboro, N.C., June 1 - "), each of its words capitalised.
    const std::size_t comma = prefix.rfind(',');
    if (comma == std::string_view::npos) return 0;
    const std::vector<std::string> date = SplitWords(prefix.substr(comma + 1));
    if (date.size() != 2 || !IsMonthName(date[0]) || !IsDigit(date[1].front())) return 0;
    const std::size_t first_comma = prefix.find(',');
    if (first_comma != comma)
      for (const std::string& w : SplitWords(prefix.substr(first_comma + 1, comma - first_comma)))
        if (!IsUpper(w.front())) return 0;
    // A place and a date are a dateline however a recased story spells them ("La paz, march 4
    // - "): only the first word need be capitalised.
    return IsUpper(words.front().front()) ? after : 0;
  } else if (letters < 2) {
    return 0;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const char first = w.front() == '(' && w.size() > 1 ? w[1] : w.front();
    // "GRONINGEN, the Netherlands, March 31 - ": a country's "the" after a comma.
    const bool country_article = w == "the" && i > 0 && words[i - 1].back() == ',' &&
                                 i + 1 < words.size() && IsUpper(words[i + 1].front());
    if (!IsUpper(first) && !IsDigit(first) && !country_article) return 0;
  }
  return after;
}

}  // namespace kg::nlp
