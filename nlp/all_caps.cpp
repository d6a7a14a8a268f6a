#include "nlp/all_caps.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool EndsStretch(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

bool IsClosedClassWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 40> kWords{
      "a",    "an",   "the",   "and",    "or",   "but",   "nor",   "of",  "to",  "in",
      "on",   "at",   "for",   "with",   "by",   "from",  "he",    "she", "it",  "they",
      "we",   "i",    "you",   "this",   "that", "these", "those", "his", "her", "their",
      "into", "over", "after", "before", "its",  "our",   "is",    "was", "are", "were"};
  for (const std::string_view w : kWords)
    if (w == lower) return true;
  return false;
}

// The word [a, b) of an all-capital stretch in ordinary case; first: the stretch's first word.
void RecaseWord(std::string& out, std::size_t a, std::size_t b, bool first, Lexicon& lexicon) {
  const std::string lower = Lower(std::string_view(out).substr(a, b - a));
  const bool common =
      IsClosedClassWord(lower) || (!IsCalendarWord(lower) && lexicon.IsCommonWord(lower));
  if (!common && b - a <= 4) return;  // an acronym: "CIA"
  // A letter before a full stop is an initial or a letter of an abbreviation ("U." of "U.S.",
  // "J." of "J.P. MORGAN"): "u.S." had named no country.
  if (b - a == 1 && b < out.size() && out[b] == '.') return;
  for (std::size_t i = a; i < b; ++i)
    if (IsAsciiLetter(out[i])) out[i] = lower[i - a];
  if ((first || !common) && IsAsciiLetter(out[a]))
    out[a] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[a])));
}

void RecaseStretch(std::string& out, std::size_t from, std::size_t to, Lexicon& lexicon) {
  std::size_t long_words = 0;
  for (std::size_t i = from; i < to;) {
    std::size_t j = i;
    while (j < to && IsAsciiLetter(out[j])) {
      // Any lower-case letter, not only a word's first: "Korvell Systems Inc." (a stretch that
      // ends at the full stop of "Inc.") is no all-capital text.
      if (IsLowerAscii(out[j])) return;
      ++j;
    }
    if (j - i >= 2) ++long_words;
    i = j == i ? i + 1 : j;
  }
  if (long_words < 2) return;
  bool first = true;
  for (std::size_t i = from; i < to;) {
    if (!IsAsciiLetter(out[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && (IsAsciiLetter(out[j]) || out[j] == '\'')) ++j;
    RecaseWord(out, i, j, first, lexicon);
    first = false;
    i = j;
  }
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// A word a headline capitalises only for style: a function word, or one WordNet knows as a
// common word rather than only as a name ("ukraine" has proper senses alone).
bool IsStyleCapital(const std::string& lower, Lexicon& lexicon) {
  if (IsClosedClassWord(lower)) return true;
  if (IsCalendarWord(lower) || !lexicon.IsCommonWord(lower)) return false;
  const NounInfo& noun = lexicon.Noun(lexicon.NounLemma(lower));
  return noun.senses.empty() || std::any_of(noun.senses.begin(), noun.senses.end(),
                                            [](const NounSense& sense) { return !sense.proper; });
}

void RecaseHeadline(std::string& out, std::size_t from, std::size_t to, Lexicon& lexicon) {
  std::size_t end = to;
  while (end > from && std::isspace(static_cast<unsigned char>(out[end - 1])) != 0) --end;
  if (end == from) return;
  const char last = out[end - 1];
  if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\'') return;
  std::vector<std::pair<std::size_t, std::size_t>> words;
  std::size_t long_words = 0;
  for (std::size_t i = from; i < end;) {
    if (!IsAsciiLetter(out[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && IsAsciiLetter(out[j])) ++j;
    if (j - i >= 4) {
      if (!IsUpperAscii(out[i])) return;
      ++long_words;
    }
    words.emplace_back(i, j);
    i = j;
  }
  if (long_words < 3) return;
  for (std::size_t w = 1; w < words.size(); ++w) {
    const auto [a, b] = words[w];
    if (!IsUpperAscii(out[a]) || a == 0 || !std::isspace(static_cast<unsigned char>(out[a - 1])))
      continue;
    // An acronym or a name in capitals ("NATO", "EU") is not headline style.
    if (b - a > 1 && IsUpperAscii(out[a + 1])) continue;
    if (IsStyleCapital(Lower(std::string_view(out).substr(a, b - a)), lexicon))
      out[a] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[a])));
  }
}

}  // namespace

std::string RecaseHeadlines(std::string_view text, Lexicon& lexicon) {
  std::string out(text);
  std::size_t from = 0;
  for (std::size_t i = 0; i <= out.size(); ++i) {
    if (i < out.size() && out[i] != '\n') continue;
    RecaseHeadline(out, from, i, lexicon);
    from = i + 1;
  }
  return out;
}

std::string RecaseAllCaps(std::string_view text, Lexicon& lexicon) {
  std::string out(text);
  std::size_t from = 0;
  for (std::size_t i = 0; i <= out.size(); ++i) {
    if (i < out.size() && !EndsStretch(out[i])) continue;
    RecaseStretch(out, from, i, lexicon);
    from = i + 1;
  }
  return out;
}

std::string RecaseAfterCountryAbbreviations(std::string_view text, Lexicon& lexicon) {
  // With the relative and other pronouns: "the U.S., Whose nominee on the board ... resigned"
  // gave the node "Whose nominee" (judged junk).
  static constexpr std::array<std::string_view, 55> kSmallWords = {
      "and",   "or",    "but",   "to",    "on",   "in",    "at",    "by",     "for",
      "from",  "with",  "of",    "as",    "than", "the",   "has",   "have",   "had",
      "is",    "was",   "were",  "are",   "will", "would", "could", "should", "may",
      "might", "said",  "says",  "wants", "did",  "does",  "later", "before", "after",
      "since", "while", "which", "over",  "into", "whose", "who",   "that",   "not",
      "also",  "it",    "its",   "can",   "must", "be",    "been",  "if",     "when"};
  static constexpr std::array<std::string_view, 5> kInstitutions = {
      "treasury", "treasuries", "embassy", "mint", "administration"};
  std::string out(text);
  for (const std::string_view abbreviation :
       {std::string_view("U.S. "), std::string_view("U.K. "), std::string_view("U.S., "),
        std::string_view("U.K., ")}) {
    for (std::size_t at = out.find(abbreviation); at != std::string::npos;
         at = out.find(abbreviation, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(out[at - 1])) != 0) continue;
      const std::size_t word = at + abbreviation.size();
      std::size_t end = word;
      while (end < out.size() && std::isalpha(static_cast<unsigned char>(out[end])) != 0) ++end;
      if (end == word || std::isupper(static_cast<unsigned char>(out[word])) == 0) continue;
      // A word in capitals ("U.S. AND") is an all-capital stretch's, left to RecaseAllCaps.
      if (end > word + 1 && std::isupper(static_cast<unsigned char>(out[word + 1])) != 0) continue;
      const std::string lower = Lower(std::string_view(out).substr(word, end - word));
      std::size_t next = end;
      while (next < out.size() && out[next] == ' ') ++next;
      // A common noun or verb that starts no name of several words ("U.S. Officials said",
      // "the U.S. Currency.", "U.S. Pressure and"); institutions named by one word stay.
      // "U.S. Chamber of Commerce": a name goes on after "of" ("U.S. Inflation of 3.8 pct" is
      // none).
      const std::string_view rest = std::string_view(out).substr(next);
      // "U.S. Securities and Exchange Commission", "U.S. Food and Drug Administration": so does
      // one after "and" or "&" whose capitalised words (three at most) reach an organisation's
      // word ("U.S. Officials and Japanese negotiators" reach none).
      const auto coordinated_name = [&] {
        std::size_t w = rest.starts_with("and ") ? 4 : rest.starts_with("& ") ? 2 : 0;
        if (w == 0) return false;
        for (int k = 0; k < 3 && w < rest.size(); ++k) {
          if (std::isupper(static_cast<unsigned char>(rest[w])) == 0) return false;
          std::size_t e = w;
          while (e < rest.size() && std::isalpha(static_cast<unsigned char>(rest[e])) != 0) ++e;
          const std::string next_word = Lower(rest.substr(w, e - w));
          if (Gazetteer::IsOrganizationWord(next_word) || next_word == "service" ||
              std::find(kInstitutions.begin(), kInstitutions.end(), next_word) !=
                  kInstitutions.end())
            return true;
          if (e >= rest.size() || rest[e] != ' ') return false;
          w = e + 1;
        }
        return false;
      };
      const bool name_goes_on = (rest.starts_with("of ") && rest.size() > 3 &&
                                 std::isupper(static_cast<unsigned char>(rest[3])) != 0) ||
                                coordinated_name();
      const bool common_alone =
          (next == out.size() || std::isupper(static_cast<unsigned char>(out[next])) == 0) &&
          !name_goes_on && lexicon.IsCommonWord(lower) && !Gazetteer::IsOrganizationWord(lower) &&
          !Gazetteer::IsMonthOrWeekday(lower) &&
          std::find(kInstitutions.begin(), kInstitutions.end(), lower) == kInstitutions.end();
      // After "U.S.," a list of places goes on ("the U.S., Japan and Britain": WordNet knows
      // "japan" as lacquer): there only the closed list.
      const bool listed = abbreviation.ends_with(", ");
      if ((common_alone && !listed) ||
          std::find(kSmallWords.begin(), kSmallWords.end(), lower) != kSmallWords.end())
        out[word] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[word])));
    }
  }
  return out;
}

}  // namespace kg::nlp
