#include "nlp/all_caps.h"

#include <array>
#include <cctype>

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
  for (std::size_t i = a; i < b; ++i)
    if (IsAsciiLetter(out[i])) out[i] = lower[i - a];
  if ((first || !common) && IsAsciiLetter(out[a]))
    out[a] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[a])));
}

void RecaseStretch(std::string& out, std::size_t from, std::size_t to, Lexicon& lexicon) {
  std::size_t long_words = 0;
  for (std::size_t i = from; i < to;) {
    if (IsLowerAscii(out[i])) return;
    std::size_t j = i;
    while (j < to && IsAsciiLetter(out[j])) ++j;
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

}  // namespace

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

}  // namespace kg::nlp
