#include "input/html_to_text.h"

#include <algorithm>
#include <array>
#include <climits>
#include <memory>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace kg::input {
namespace {

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// Elements whose content is never article text.
constexpr std::array<std::string_view, 10> kSkipped = {
    "head", "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "form"};
// Page furniture unless it belongs to the article (an article's own header holds its headline).
constexpr std::array<std::string_view, 2> kPageFurniture = {"header", "footer"};
// Elements that end a paragraph.
constexpr std::array<std::string_view, 22> kBlocks = {
    "p",  "div", "br", "li", "ul",      "ol",      "tr",     "table",  "h1",         "h2",  "h3",
    "h4", "h5",  "h6", "dd", "section", "article", "header", "footer", "blockquote", "pre", "main"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string_view NameOf(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Appends text with white space collapsed to single spaces, none at a paragraph's start.
void AppendCollapsed(std::string_view text, std::string& out) {
  for (const char c : text) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

void EndParagraph(std::string& out) {
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  if (!out.empty()) out += "\n\n";
}

std::string TextOf(const xmlNode* node) {
  std::string out;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      AppendCollapsed(reinterpret_cast<const char*>(n->content), out);
    } else if (n->type == XML_ELEMENT_NODE) {
      out += TextOf(n->children);
    }
  }
  return out;
}

struct Walker {
  HtmlDocument doc;
  std::string h1;

  void FindTitle(const xmlNode* node) {
    for (const xmlNode* n = node; n != nullptr && doc.title.empty(); n = n->next) {
      if (n->type == XML_ELEMENT_NODE && NameOf(n) == "title") doc.title = TextOf(n->children);
    }
  }

  void Walk(const xmlNode* node, bool in_article) {
    for (const xmlNode* n = node; n != nullptr; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != nullptr)
          AppendCollapsed(reinterpret_cast<const char*>(n->content), doc.text);
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = NameOf(n);
      if (name == "head") FindTitle(n->children);
      if (name == "h1" && h1.empty()) h1 = TextOf(n->children);
      if (Contains(kSkipped, name) || (!in_article && Contains(kPageFurniture, name))) continue;
      const bool block = Contains(kBlocks, name);
      if (block) EndParagraph(doc.text);
      Walk(n->children, in_article || name == "article" || name == "main");
      if (block) EndParagraph(doc.text);
    }
  }
};

std::string Trimmed(std::string s) {
  while (!s.empty() && IsSpace(s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && IsSpace(s[b])) ++b;
  return s.substr(b);
}

}  // namespace

HtmlDocument HtmlToText(std::string_view html) {
  if (html.empty() || html.size() > static_cast<std::size_t>(INT_MAX)) return {};
  const std::unique_ptr<xmlDoc, DocDeleter> parsed(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_NONET | HTML_PARSE_COMPACT));
  if (!parsed) return {};
  Walker walker;
  walker.Walk(xmlDocGetRootElement(parsed.get()), false);
  HtmlDocument out;
  out.text = Trimmed(std::move(walker.doc.text));
  out.title = Trimmed(walker.doc.title.empty() ? walker.h1 : walker.doc.title);
  return out;
}

}  // namespace kg::input
