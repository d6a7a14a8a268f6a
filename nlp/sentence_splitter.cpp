#include "nlp/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

// Titles and abbreviations after which a full stop never ends a sentence.
// "Ste" and "Ft" are the Sainte and Fort of place names ("the Ste. Therese plant", "Ft. Worth").
constexpr std::array<std::string_view, 40> kTitles = {
    "mr",   "mrs", "ms",   "dr",   "prof", "sen", "rep",    "gov",  "gen", "col",
    "lt",   "sgt", "capt", "cmdr", "adm",  "st",  "jr",     "sr",   "rev", "hon",
    "pres", "vs",  "etc",  "no",   "nos",  "fig", "approx", "dept", "est", "mt",
    "ave",  "e.g", "i.e",  "cf",   "al",   "gov", "maj",    "supt", "ste", "ft"};

// Abbreviations that may also end a sentence: they end one when the next word starts sentences.
constexpr std::array<std::string_view, 24> kAmbiguous = {
    "inc", "ltd", "co",  "corp", "plc", "llc", "bros", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",  "a.m", "p.m", "u.s", "u.k", "u.n"};

// Words that commonly open a sentence; after an ambiguous abbreviation they mean a break.
constexpr std::array<std::string_view, 40> kSentenceStarters = {
    "The",  "A",    "An",    "He",    "She",  "It",        "They",    "We",      "I",      "You",
    "This", "That", "These", "Those", "But",  "And",       "In",      "On",      "At",     "For",
    "His",  "Her",  "Its",   "Their", "Our",  "There",     "What",    "When",    "While",  "After",
    "As",   "If",   "Some",  "Most",  "Many", "Meanwhile", "However", "Despite", "During", "Yet"};

// The ambiguous abbreviations that end a firm's name ("Hambros Bank Ltd.").
constexpr std::array<std::string_view, 7> kFirmSuffixes = {"inc", "ltd", "co",  "corp",
                                                           "plc", "llc", "bros"};

bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The word that ends at text[dot] (exclusive), lower-cased, dots inside kept.
std::string WordBefore(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !IsSpace(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') --b;
  std::string word(text.substr(b, dot - b));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

std::string_view WordAt(std::string_view text, std::size_t i) {
  std::size_t e = i;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return text.substr(i, e - i);
}

bool StartsLikeSentence(std::string_view text, std::size_t i) {
  if (i >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[i]);
  return std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[' ||
         c >= 0x80;
}

// Whether the word at text[i] is a capitalised word, no firm suffix, followed by a lower-case
// word: a subject and its verb ("Co-lead is Hambros Bank Ltd. Denomination is 1,000 dlrs", "sold
// to Trizec Corp. Trizec said it ..."), where a name going on after a firm's suffix would go on
// in capitals or with a suffix ("Morgan Stanley and Co. Inc said"). Not a verb capitalised by a
// slip of the wire ("Siemens Informations Systems Inc. Has raised its stake"): a sentence of news
// opens with no auxiliary or verb of saying.
bool OpensClause(std::string_view text, std::size_t i) {
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "has",   "have", "had",  "is",  "are",  "was", "were",  "will",
      "would", "said", "says", "did", "does", "can", "could", "may"};
  const std::string_view word = WordAt(text, i);
  if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0])) ||
      Contains(kFirmSuffixes, Lower(word)) || Contains(kVerbs, Lower(word)))
    return false;
  const std::size_t after = i + word.size();
  return after + 1 < text.size() && text[after] == ' ' &&
         std::islower(static_cast<unsigned char>(text[after + 1]));
}

// Decides whether the '.' at text[dot] ends a sentence whose next word starts at next.
bool FullStopEnds(std::string_view text, std::size_t dot, std::size_t next) {
  const std::string word = WordBefore(text, dot);
  if (word.empty()) return true;
  if (word == "." || word.ends_with(".."))
    return std::isupper(static_cast<unsigned char>(text[next]));
  const std::string bare = word.back() == '.' ? word.substr(0, word.size() - 1) : word;
  if (Contains(kTitles, bare)) return false;
  // A single letter is an initial ("J. Smith"), unless it is the pronoun I.
  if (bare.size() == 1 && std::isalpha(static_cast<unsigned char>(bare[0]))) return false;
  const bool dotted = bare.find('.') != std::string::npos;  // "u.s", "e.u"
  // A decimal number is no abbreviation: "Wormald, up 20 at 3.65. Coles Myer rose" had been one
  // sentence, with "3.65. Coles" a name. Not before a unit the number counts ("1985's 2.2.
  // Billion shortfall", a typing slip).
  if (IsDecimalNumber(bare)) {
    static constexpr std::array<std::string_view, 7> kUnits{"billion", "million", "mln", "bln",
                                                            "pct",     "percent", "dlrs"};
    return std::find(kUnits.begin(), kUnits.end(), Lower(WordAt(text, next))) == kUnits.end();
  }
  if (Contains(kAmbiguous, bare) || dotted) {
    return Contains(kSentenceStarters, WordAt(text, next)) ||
           (Contains(kFirmSuffixes, bare) && OpensClause(text, next));
  }
  return true;
}

bool IsBlankLineAt(std::string_view text, std::size_t i) {
  // text[i] == '\n': is the next line empty?
  std::size_t j = i + 1;
  while (j < text.size() && text[j] != '\n' && IsSpace(text[j])) ++j;
  return j < text.size() && text[j] == '\n';
}

// A line that is a paragraph of its own, short, without final punctuation and mostly in title
// case or capitals: a headline. Hard-wrapped body lines fail the title-case test.
bool LooksLikeHeadline(std::string_view line) {
  while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
  if (line.empty() || line.size() > 150) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';') return false;
  int words = 0;
  int capitalised = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    if (i >= line.size()) break;
    const auto c = static_cast<unsigned char>(line[i]);
    const std::string_view word = WordAt(line, i);
    ++words;
    // Short function words ("of", "to", "the") may stay lower case in a title.
    if (std::isupper(c) || std::isdigit(c) || c >= 0x80 || (word.size() > 0 && word.size() <= 3)) {
      ++capitalised;
    }
    while (i < line.size() && !IsSpace(line[i])) ++i;
  }
  return words > 0 && capitalised * 10 >= words * 8;
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<Span> Run() {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '\n') {
        const bool own_paragraph = line_start <= start_ || IsBlankBetween(start_, line_start);
        if (IsBlankLineAt(text_, i) ||
            (own_paragraph && LooksLikeHeadline(text_.substr(line_start, i - line_start)))) {
          Cut(i, i + 1);
        }
        line_start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') continue;
      std::size_t end = i + 1;
      while (end < text_.size() && (text_[end] == '.' || text_[end] == '!' || text_[end] == '?')) {
        ++end;
      }
      while (end < text_.size() && IsClosing(text_[end])) ++end;
      if (end < text_.size() && !IsSpace(text_[end])) {
        i = end - 1;
        continue;
      }
      std::size_t next = end;
      while (next < text_.size() && IsSpace(text_[next])) ++next;
      const bool ends = StartsLikeSentence(text_, next) &&
                        (c != '.' || end - i > 1 || FullStopEnds(text_, i, next));
      if (ends) Cut(end, next);
      i = end - 1;
    }
    Cut(text_.size(), text_.size());
    return std::move(spans_);
  }

 private:
  bool IsBlankBetween(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k) {
      if (!IsSpace(text_[k])) return false;
    }
    return true;
  }

  // Ends the current sentence at `end`; the next one starts at or after `resume`.
  void Cut(std::size_t end, std::size_t resume) {
    std::size_t s = start_;
    std::size_t e = std::min(end, text_.size());
    while (s < e && IsSpace(text_[s])) ++s;
    while (e > s && IsSpace(text_[e - 1])) --e;
    if (e > s) {
      const std::string_view piece = text_.substr(s, e - s);
      const char last = piece.back();
      const bool headline = last != '?' && last != '!' && last != '"' && last != '\'' &&
                            piece.find('\n') == std::string_view::npos && LooksLikeHeadline(piece);
      spans_.push_back({s, e, headline});
    }
    start_ = std::max(resume, end);
  }

  std::string_view text_;
  std::size_t start_ = 0;
  std::vector<Span> spans_;
};

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) { return Splitter(text).Run(); }

}  // namespace kg::nlp
