#include "extract/continued_quotes.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace kg::extract {
namespace {

constexpr std::string_view kOpenQuotes[] = {"\"", "\xE2\x80\x9C"};   // " and the left double quote
constexpr std::string_view kCloseQuotes[] = {"\"", "\xE2\x80\x9D"};  // " and the right double quote

bool HasQuote(std::string_view text) {
  for (const std::string_view q : kOpenQuotes)
    if (text.find(q) != std::string_view::npos) return true;
  for (const std::string_view q : kCloseQuotes)
    if (text.find(q) != std::string_view::npos) return true;
  return false;
}

// The length in bytes of the quotation mark `text` opens with, 0 when it opens with none.
std::size_t OpeningMark(std::string_view text) {
  for (const std::string_view q : kOpenQuotes)
    if (text.starts_with(q)) return q.size();
  return 0;
}

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Opens with a quotation mark and ends inside it: only a closing mark, and sentence punctuation
// on either side of it, after the last word. A sentence whose quote is left open (a paragraph
// that the next one goes on with) counts too.
bool IsAllQuotation(std::string_view text) {
  text = Trim(text);
  bool opens = false;
  for (const std::string_view q : kOpenQuotes)
    if (text.starts_with(q)) {
      opens = true;
      text.remove_prefix(q.size());
    }
  if (!opens) return false;
  for (const std::string_view q : kOpenQuotes)
    if (text.find(q) != std::string_view::npos && q != "\"") return false;
  // Whatever follows the last closing mark must be punctuation: ", he said." is an attribution.
  std::size_t close = std::string_view::npos;
  for (const std::string_view q : kCloseQuotes) {
    const std::size_t at = text.rfind(q);
    if (at != std::string_view::npos && (close == std::string_view::npos || at > close)) close = at;
  }
  if (close == std::string_view::npos) return true;  // left open
  // A straight mark inside the text would close the quote early ("\"No,\" he said, \"...\"").
  if (text.find('"') < close) return false;
  for (const char c : text.substr(close + 1))
    if (c != '.' && c != '"' && c != '!' && c != '?' && static_cast<unsigned char>(c) < 0x80)
      return false;
  return true;
}

// Opens with a quotation mark that it never closes: "\"Revenue has been affected by lower
// prices." as the first sentence of a quote that a later sentence closes and credits.
bool OpensQuotation(std::string_view text) {
  text = Trim(text);
  const std::size_t mark = OpeningMark(text);
  return mark > 0 && !HasQuote(text.substr(mark));
}

// Closes a quotation it did not open, then names its speaker: "We expect a better year,\" he
// said." (its first quotation mark is a closing one: an odd count of straight marks, or a right
// double quote before any left one).
bool ClosesQuotation(std::string_view text) {
  text = Trim(text);
  if (OpeningMark(text) > 0) return false;
  const std::size_t right = text.find("\xE2\x80\x9D");
  const std::size_t left = text.find("\xE2\x80\x9C");
  if (right != std::string_view::npos && (left == std::string_view::npos || right < left))
    return true;
  return std::count(text.begin(), text.end(), '"') % 2 == 1;
}

}  // namespace

void AttributeContinuedQuotes(const std::vector<model::SentenceSpan>& sentences,
                              std::vector<model::Triple>& triples) {
  // The speaker of each sentence's speech edge (the last one), if any.
  std::vector<std::string> speaker(sentences.size());
  for (const model::Triple& t : triples)
    if (t.rule == "speech" && t.evidence.sentence_index < sentences.size())
      speaker[t.evidence.sentence_index] = t.subject.name;
  // The speaker whose quote sentence i continues, or "".
  std::vector<std::string> continues(sentences.size());
  std::string current;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::string& text = sentences[i].text;
    if (speaker[i].empty() && IsAllQuotation(text)) {
      continues[i] = current;
    } else {
      current = !speaker[i].empty() && HasQuote(text) ? speaker[i] : std::string();
    }
  }
  // A quote that opens before its attribution: the sentences from one that opens it (and never
  // closes it) through those with no quotation mark at all, up to one that closes it and has a
  // speech edge, are that speaker's.
  std::string closing;
  std::vector<std::size_t> inside;  // sentences with no quotation mark since the closing one
  for (std::size_t k = sentences.size(); k-- > 0;) {
    const std::string& text = sentences[k].text;
    if (!speaker[k].empty() && ClosesQuotation(text)) {
      closing = speaker[k];
      inside.clear();
    } else if (!closing.empty() && speaker[k].empty() && OpensQuotation(text)) {
      inside.push_back(k);
      for (const std::size_t j : inside)
        if (continues[j].empty()) continues[j] = closing;
      closing.clear();
      inside.clear();
    } else if (!closing.empty() && speaker[k].empty() && !HasQuote(text)) {
      inside.push_back(k);
    } else {
      closing.clear();
      inside.clear();
    }
  }
  for (model::Triple& t : triples) {
    const std::size_t i = t.evidence.sentence_index;
    if (i >= continues.size() || continues[i].empty() || !t.attributed_to.empty()) continue;
    t.attributed_to = continues[i];
    t.asserted = false;
  }
}

}  // namespace kg::extract
