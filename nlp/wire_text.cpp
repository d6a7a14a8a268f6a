#include "nlp/wire_text.h"

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

// Blanks "<...>" markup starting at `open`; returns where scanning goes on.
std::size_t BlankAngleBrackets(std::string& text, std::size_t open) {
  const std::size_t close = text.find('>', open + 1);
  if (close == std::string::npos) return open + 1;
  const std::string_view inner = std::string_view(text).substr(open + 1, close - open - 1);
  if (inner.empty() || inner.find('\n') != std::string_view::npos || inner.find('<') != inner.npos)
    return open + 1;
  bool ticker = inner.size() <= kMaxTicker;
  for (const char c : inner) ticker = ticker && !IsLower(c) && c != ' ';
  if (ticker) {
    Blank(text, open, close + 1);
  } else {
    text[open] = ' ';
    text[close] = ' ';
  }
  return close + 1;
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
  return out;
}

}  // namespace kg::nlp
