#include "nlp/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "nlp/utf8.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

// Words whose final full stop is part of them (lower case, without the stop).
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "mr",   "mrs",  "ms",  "dr",  "prof", "sen",    "rep",  "gov", "gen", "col",  "lt",
    "sgt",  "capt", "st",  "jr",  "sr",   "rev",    "vs",   "etc", "inc", "ltd",  "co",
    "corp", "no",   "jan", "feb", "mar",  "apr",    "jun",  "jul", "aug", "sep",  "sept",
    "oct",  "nov",  "dec", "mt",  "ave",  "approx", "dept", "est", "fig", "bros", "pres"};

// Clitics split from the end of a word, longest first (EWT splits all of them).
constexpr std::array<std::string_view, 7> kClitics = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}
// Characters that are a token of their own wherever they stand.
bool AlwaysSplit(char c) {
  return std::string_view("\"()[]{};!?`<>*|~^").find(c) != std::string_view::npos;
}

bool IsUrlOrEmail(std::string_view w) {
  if (w.find("://") != std::string_view::npos) return true;
  const std::string lower = LowerAscii(w.substr(0, 4));
  if (lower == "www.") return true;
  const std::size_t at = w.find('@');
  return at != std::string_view::npos && at > 0 && w.find('.', at) != std::string_view::npos;
}

bool IsAbbreviation(std::string_view w) {
  // w ends with '.'; "U.S.", "e.g.", "J." and the listed words keep it.
  const std::string_view stem = w.substr(0, w.size() - 1);
  if (stem.empty()) return false;
  // "at 3.65." ending a sentence: a decimal number keeps no stop.
  if (IsDecimalNumber(stem)) return false;
  if (stem.find('.') != std::string_view::npos) {
    // "Franco-U.S.", "Sino-U.S.": an abbreviation after a hyphenated prefix keeps its stop too.
    const std::size_t dash = stem.rfind('-');
    const std::string_view tail =
        dash != std::string_view::npos && dash + 1 < stem.size() ? stem.substr(dash + 1) : stem;
    return tail.find('.') != std::string_view::npos &&
           std::all_of(tail.begin(), tail.end(), [](char c) { return IsAlnum(c) || c == '.'; });
  }
  if (stem.size() == 1 && std::isalpha(static_cast<unsigned char>(stem[0])) != 0) return true;
  // "Burbank, Calif., and Denver, Colo.": with the stops split off, the parse read the first as
  // the sentence's end.
  if (IsApState(w)) return true;
  const std::string lower = LowerAscii(stem);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  void Chunk(std::size_t a, std::size_t b) {
    // Opening quotes and brackets, then closing punctuation, then the word in between.
    while (a < b && (AlwaysSplit(text_[a]) || text_[a] == '$' || IsOpeningQuote(a, b) ||
                     (text_[a] == '-' && a + 1 < b && text_[a + 1] == '-'))) {
      const std::size_t run = Run(a, b);
      Emit(a, a + run);
      a += run;
    }
    std::vector<std::pair<std::size_t, std::size_t>> tail;
    while (b > a) {
      const char c = text_[b - 1];
      std::size_t cut = 0;
      if (AlwaysSplit(c) || c == ',' || c == ';' || c == ':' || c == '%') {
        cut = 1;
      } else if (c == '.' && b - a >= 3 && text_.substr(b - 3, 3) == "...") {
        cut = 3;
      } else if (c == '.' && (b - a == 1 || !IsAbbreviation(text_.substr(a, b - a)))) {
        cut = 1;
      } else if (c == '\'') {
        cut = 1;  // a closing quote, or a plural possessive ("parents'"): EWT splits both
      }
      if (cut == 0) break;
      tail.emplace_back(b - cut, b);
      b -= cut;
    }
    if (a < b) Word(a, b);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) Emit(it->first, it->second);
  }

  std::vector<Token> Take() { return std::move(tokens_); }

 private:
  // An apostrophe opening a chunk is a quote unless the chunk is a clitic ("'s", "'re").
  bool IsOpeningQuote(std::size_t a, std::size_t b) const {
    if (text_[a] != '\'') return false;
    const std::string lower = LowerAscii(text_.substr(a, b - a));
    return std::none_of(kClitics.begin(), kClitics.end(), [&lower](std::string_view c) {
      return lower.starts_with(c) && (lower.size() == c.size() || !IsAlnum(lower[c.size()]));
    });
  }

  // Length of a run of the same punctuation character ("--", "...") starting at a.
  std::size_t Run(std::size_t a, std::size_t b) const {
    std::size_t e = a + 1;
    while (e < b && text_[e] == text_[a] && (text_[a] == '-' || text_[a] == '.')) ++e;
    return e - a;
  }

  // A word without outer punctuation: inner splits at always-split characters, commas and colons
  // not between digits, "--" and "..."; then clitics.
  void Word(std::size_t a, std::size_t b) {
    if (IsUrlOrEmail(text_.substr(a, b - a))) {
      Emit(a, b);
      return;
    }
    std::size_t start = a;
    for (std::size_t i = a; i < b; ++i) {
      const char c = text_[i];
      const bool between_digits =
          i > a && i + 1 < b && IsDigit(text_[i - 1]) && IsDigit(text_[i + 1]);
      const bool dashes = c == '-' && i + 1 < b && text_[i + 1] == '-';
      const bool dots = c == '.' && i + 2 < b && text_[i + 1] == '.' && text_[i + 2] == '.';
      if (AlwaysSplit(c) || ((c == ',' || c == ':') && !between_digits) || dashes || dots) {
        Piece(start, i);
        const std::size_t run = dashes || dots ? Run(i, b) : 1;
        Emit(i, i + run);
        i += run - 1;
        start = i + 1;
      }
    }
    Piece(start, b);
  }

  // Splits a clitic or "not"/"na" from the end of a piece.
  void Piece(std::size_t a, std::size_t b) {
    if (a >= b) return;
    const std::string lower = LowerAscii(text_.substr(a, b - a));
    for (const std::string_view clitic : kClitics) {
      if (lower.size() > clitic.size() && lower.ends_with(clitic)) {
        Emit(a, b - clitic.size());
        Emit(b - clitic.size(), b);
        return;
      }
    }
    for (const std::string_view whole : {std::string_view("cannot"), std::string_view("gonna"),
                                         std::string_view("wanna"), std::string_view("gotta")}) {
      if (lower == whole) {
        Emit(a, a + 3);
        Emit(a + 3, b);
        return;
      }
    }
    Emit(a, b);
  }

  void Emit(std::size_t a, std::size_t b) {
    if (a >= b) return;
    // Code points up to a, counted incrementally from the last token.
    cp_ += CodePointCount(text_.substr(byte_, a - byte_));
    const std::size_t len = CodePointCount(text_.substr(a, b - a));
    Token t;
    t.form = std::string(text_.substr(a, b - a));
    t.start = cp_;
    t.end = cp_ + len;
    tokens_.push_back(std::move(t));
    cp_ += len;
    byte_ = b;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t byte_ = 0;
  std::size_t cp_ = 0;
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  Splitter s(text);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t e = i;
    while (e < text.size() && !IsSpace(text[e])) ++e;
    if (e > i) s.Chunk(i, e);
    i = e;
  }
  return s.Take();
}

}  // namespace kg::nlp
