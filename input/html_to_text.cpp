#include "input/html_to_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "extract/words.h"

namespace kg::input {
namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

constexpr std::array kNamedEntities = {
    NamedEntity{"amp", "&"},         NamedEntity{"lt", "<"},
    NamedEntity{"gt", ">"},          NamedEntity{"quot", "\""},
    NamedEntity{"apos", "'"},        NamedEntity{"nbsp", "\u00A0"},
    NamedEntity{"mdash", "\u2014"},  NamedEntity{"ndash", "\u2013"},
    NamedEntity{"hellip", "\u2026"}, NamedEntity{"rsquo", "\u2019"},
    NamedEntity{"lsquo", "\u2018"},  NamedEntity{"rdquo", "\u201D"},
    NamedEntity{"ldquo", "\u201C"},  NamedEntity{"eacute", "\u00E9"},
    NamedEntity{"Eacute", "\u00C9"}, NamedEntity{"euro", "\u20AC"},
    NamedEntity{"pound", "\u00A3"},  NamedEntity{"copy", "\u00A9"},
};

// Elements whose content is never article text.
constexpr std::array<std::string_view, 6> kSkipped = {"script",   "style", "noscript",
                                                      "template", "svg",   "iframe"};
// Elements that end a paragraph.
constexpr std::array<std::string_view, 20> kBlocks = {
    "p",  "div", "br", "li", "ul",      "ol",      "tr",     "table",  "h1",         "h2",
    "h3", "h4",  "h5", "h6", "section", "article", "header", "footer", "blockquote", "title"};

void AppendUtf8(unsigned code, std::string& out) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::size_t end = 0;  // index just past '>'
};

// Parses the tag at html[i] == '<'; name is empty for comments, doctypes and stray '<'.
Tag ReadTag(std::string_view html, std::size_t i) {
  Tag tag;
  if (html.compare(i, 4, "<!--") == 0) {
    const std::size_t close = html.find("-->", i + 4);
    tag.end = close == std::string_view::npos ? html.size() : close + 3;
    return tag;
  }
  std::size_t j = i + 1;
  if (j < html.size() && html[j] == '/') {
    tag.closing = true;
    ++j;
  }
  const std::size_t name_start = j;
  while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-'))
    ++j;
  tag.name = extract::Lower(html.substr(name_start, j - name_start));
  if (tag.name.empty() && !(j < html.size() && html[j] == '!')) {
    tag.end = i;  // a literal '<'
    return tag;
  }
  // Skip attributes, honouring quotes so that '>' inside a value does not end the tag.
  char quote = 0;
  while (j < html.size()) {
    const char c = html[j];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
    ++j;
  }
  tag.end = std::min(j + 1, html.size());
  return tag;
}

void EndParagraph(std::string& out) {
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  if (!out.empty()) out += "\n\n";
}

}  // namespace

std::size_t DecodeEntity(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  const std::string_view body = html.substr(i + 1, semi - i - 1);
  if (body.size() > 1 && body[0] == '#') {
    unsigned code = 0;
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    const auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return 0;
    AppendUtf8(code, out);
    return semi - i + 1;
  }
  for (const auto& e : kNamedEntities) {
    if (e.name == body) {
      out += e.text;
      return semi - i + 1;
    }
  }
  return 0;
}

HtmlDocument HtmlToText(std::string_view html) {
  HtmlDocument doc;
  std::string* sink = &doc.text;
  std::string title_text;
  std::string h1_text;
  std::string skipping;  // the element whose content is being skipped
  bool in_title = false;
  bool in_h1 = false;
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      const Tag tag = ReadTag(html, i);
      if (tag.end > i) {
        if (!skipping.empty()) {
          if (tag.closing && tag.name == skipping) skipping.clear();
        } else if (tag.name == "title") {
          in_title = !tag.closing;
        } else if (Contains(kSkipped, tag.name) && !tag.closing) {
          skipping = tag.name;
        } else {
          if (tag.name == "h1") in_h1 = !tag.closing;
          if (Contains(kBlocks, tag.name)) EndParagraph(doc.text);
        }
        i = tag.end;
        continue;
      }
    }
    if (!skipping.empty()) {
      ++i;
      continue;
    }
    std::string piece;
    if (c == '&') {
      const std::size_t used = DecodeEntity(html, i, piece);
      if (used == 0) piece = "&";
      i += used == 0 ? 1 : used;
    } else {
      piece.assign(1, std::isspace(static_cast<unsigned char>(c)) ? ' ' : c);
      ++i;
    }
    sink = in_title ? &title_text : &doc.text;
    if (piece == " " && (sink->empty() || sink->back() == ' ' || sink->back() == '\n')) continue;
    *sink += piece;
    if (in_h1 && !in_title) h1_text += piece;
  }
  while (!doc.text.empty() && (doc.text.back() == ' ' || doc.text.back() == '\n'))
    doc.text.pop_back();
  const auto trim = [](std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  };
  doc.title = trim(title_text.empty() ? h1_text : title_text);
  return doc;
}

}  // namespace kg::input
