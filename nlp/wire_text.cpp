#include "nlp/wire_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "nlp/dateline.h"

namespace kg::nlp {
namespace {

constexpr std::size_t kMaxTicker = 12;

bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

void Blank(std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < text.size(); ++i)
    if (text[i] != '\n') text[i] = ' ';
}

// The end of the first line when it is `title` and a blank line follows; 0 otherwise.
std::size_t HeadlineEnd(std::string_view text, std::string_view title) {
  if (title.empty()) return 0;
  std::size_t b = 0;
  while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b])) != 0) ++b;
  if (text.substr(b, title.size()) != title) return 0;
  const std::size_t end = b + title.size();
  std::size_t newlines = 0;
  std::size_t i = end;
  for (; i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0; ++i)
    newlines += text[i] == '\n' ? 1 : 0;
  return newlines >= 2 && i < text.size() ? end : 0;
}

// A ticker symbol between angle brackets: at most kMaxTicker characters, no lower-case letter,
// no space ("GUIN.L", "MRK") but before an exchange's code ("SABS ST" of Stockholm, "VOLV B ST",
// "SWPC. HK": a name in capitals such as "<TIFFANY AND CO>" ends in no such code).
bool IsTicker(std::string_view inner) {
  static constexpr std::array<std::string_view, 6> kExchanges = {"ST", "HK", "T", "L", "PA", "AS"};
  if (inner.empty() || inner.size() > kMaxTicker) return false;
  for (const char c : inner)
    if (IsLower(c) || c == '\t' || c == '\n' || c == '<') return false;
  const std::size_t space = inner.rfind(' ');
  if (space == std::string_view::npos) return true;
  return std::ranges::find(kExchanges, inner.substr(space + 1)) != kExchanges.end() &&
         inner.front() != ' ';
}

// Blanks "<...>" markup starting at `open`; returns where scanning goes on.
std::size_t BlankAngleBrackets(std::string& text, std::size_t open) {
  const std::size_t close = text.find('>', open + 1);
  if (close == std::string::npos) return open + 1;
  const std::string_view inner = std::string_view(text).substr(open + 1, close - open - 1);
  if (inner.empty() || inner.find('\n') != std::string_view::npos || inner.find('<') != inner.npos)
    return open + 1;
  if (IsTicker(inner)) {
    Blank(text, open, close + 1);
  } else {
    text[open] = ' ';
    text[close] = ' ';
  }
  return close + 1;
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word.front())) != 0;
}

bool IsNameJoiner(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kJoiners{"of",  "and", "&", "de", "du",
                                                            "des", "la",  "y", "del"};
  return std::find(kJoiners.begin(), kJoiners.end(), word) != kJoiners.end();
}

// Whether c separates words on one line (a space or a tab, not a line break).
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The word that ends right before `stop` (its first position in `begin`), empty when a blank or
// a line break is there.
std::string_view WordBefore(std::string_view text, std::size_t stop, std::size_t& begin) {
  begin = stop;
  while (begin > 0 && std::isspace(static_cast<unsigned char>(text[begin - 1])) == 0) --begin;
  return text.substr(begin, stop - begin);
}

// The capitalised words that end right before `end` (the position of a ticker's "<"), as
// WireCompanyNames says; empty when the word before is not capitalised.
std::string NameBefore(std::string_view text, std::size_t end) {
  constexpr std::size_t kMaxWords = 8;
  std::vector<std::string_view> words;  // last first
  std::size_t at = end;
  while (words.size() < kMaxWords) {
    // Back over the blanks between two words; a name does not run over a line break.
    std::size_t stop = at;
    while (stop > 0 && IsBlank(text[stop - 1])) --stop;
    std::size_t begin = 0;
    const std::string_view word = WordBefore(text, stop, begin);
    if (word.empty()) break;
    const char last = word.back();
    if (last == ',' || last == ';' || last == ':' || last == ')') break;
    if (IsCapitalised(word)) {
      words.push_back(word);
    } else if (IsNameJoiner(word) && !words.empty()) {
      // A joiner belongs to the name only with a capitalised word before it.
      std::size_t before = begin;
      while (before > 0 && IsBlank(text[before - 1])) --before;
      std::size_t ignored = 0;
      if (before == begin || !IsCapitalised(WordBefore(text, before, ignored))) break;
      words.push_back(word);
    } else {
      break;
    }
    at = begin;
  }
  while (!words.empty() && (words.back() == "The" || IsNameJoiner(words.back()))) words.pop_back();
  std::string name;
  for (auto w = words.rbegin(); w != words.rend(); ++w)
    name += (name.empty() ? "" : " ") + std::string(*w);
  return name;
}

}  // namespace

std::vector<std::string> WireCompanyNames(std::string_view text) {
  std::vector<std::string> out;
  // Each ">" closes the last "<" after the one before it (one pass: "<<<...>" costs no more than
  // its length).
  std::size_t from = 0;
  for (std::size_t close = text.find('>'); close != std::string_view::npos;
       from = close + 1, close = text.find('>', close + 1)) {
    const std::size_t found = text.substr(from, close - from).rfind('<');
    if (found == std::string_view::npos) continue;
    const std::size_t open = from + found;
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    if (inner.empty() || inner.find('\n') != std::string_view::npos) continue;
    std::string name = IsTicker(inner) ? NameBefore(text, open) : std::string(inner);
    // "<Mark Resources Inc>": the name itself, trimmed; only a capitalised one.
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())) != 0)
      name.pop_back();
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front())) != 0)
      name.erase(name.begin());
    if (IsCapitalised(name)) out.push_back(std::move(name));
  }
  return out;
}

namespace {

// Where the wire's sign-off starts: "REUTER" in capitals at the very end of the text, after a
// space or line break, with what the archive left after it ("...", a control character written
// as "^M" or "&#3;"); the text's size when there is none ("peanuts." REUTER...^M" had given the
// nodes "REUTER" and "M").
std::size_t SignOffStart(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1])) != 0) --end;
  std::string_view body = text.substr(0, end);
  for (const std::string_view tail : {"^M", "&#3;"})
    if (body.ends_with(tail)) body.remove_suffix(tail.size());
  while (body.ends_with('.')) body.remove_suffix(1);
  constexpr std::string_view kSignOff = "REUTER";
  if (!body.ends_with(kSignOff)) return text.size();
  const std::size_t start = body.size() - kSignOff.size();
  if (start > 0 && std::isspace(static_cast<unsigned char>(body[start - 1])) == 0 &&
      body[start - 1] != '"')
    return text.size();
  return start;
}

}  // namespace

std::string BlankWireMarkup(std::string_view text, std::string_view title) {
  std::string out(text);
  Blank(out, 0, HeadlineEnd(text, title));
  // Paragraph starts: the text's first letter, and the first letter after a blank line.
  std::size_t at = 0;
  while (at < out.size()) {
    while (at < out.size() && std::isspace(static_cast<unsigned char>(out[at])) != 0) ++at;
    if (at >= out.size()) break;
    const std::size_t line_end = out.find('\n', at);
    const std::string_view line = std::string_view(out).substr(
        at, line_end == std::string::npos ? out.size() - at : line_end - at);
    Blank(out, at, at + DatelineLength(line));
    const std::size_t paragraph_end = out.find("\n\n", at);
    if (paragraph_end == std::string::npos) break;
    at = paragraph_end + 2;
  }
  for (std::size_t i = out.find('<'); i != std::string::npos; i = out.find('<', i))
    i = BlankAngleBrackets(out, i);
  Blank(out, SignOffStart(out), out.size());
  return out;
}

}  // namespace kg::nlp
