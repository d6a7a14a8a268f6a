#include "input/html_to_text.h"

#include <algorithm>
#include <array>
#include <memory>

#include <gumbo.h>

#include "model/unicode.h"

namespace kg::input {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
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
// Deeper elements are not descended into: a bound on recursion for pathological nesting.
constexpr int kMaxDepth = 512;

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string_view NameOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return "template";
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  return gumbo_normalized_tagname(node->v.element.tag);
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

const GumboVector* ChildrenOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return &node->v.element.children;
  return nullptr;
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

void AppendTextOf(const GumboNode* node, int depth, std::string& out) {
  if (IsText(node)) {
    AppendCollapsed(node->v.text.text, out);
    return;
  }
  const GumboVector* children = ChildrenOf(node);
  if (children == nullptr || depth > kMaxDepth) return;
  for (unsigned i = 0; i < children->length; ++i)
    AppendTextOf(static_cast<const GumboNode*>(children->data[i]), depth + 1, out);
}

struct Walker {
  HtmlDocument doc;
  std::string h1;

  void FindTitle(const GumboNode* head) {
    const GumboVector* children = ChildrenOf(head);
    for (unsigned i = 0; i < children->length && doc.title.empty(); ++i) {
      const auto* n = static_cast<const GumboNode*>(children->data[i]);
      if (NameOf(n) == "title") AppendTextOf(n, 0, doc.title);
    }
  }

  void Walk(const GumboNode* node, bool in_article, int depth) {
    if (IsText(node)) {
      AppendCollapsed(node->v.text.text, doc.text);
      return;
    }
    const GumboVector* children = ChildrenOf(node);
    if (children == nullptr || depth > kMaxDepth) return;
    const std::string_view name = NameOf(node);
    if (name == "head") FindTitle(node);
    if (name == "h1" && h1.empty()) AppendTextOf(node, depth, h1);
    if (Contains(kSkipped, name) || (!in_article && Contains(kPageFurniture, name))) return;
    const bool block = Contains(kBlocks, name);
    if (block) EndParagraph(doc.text);
    in_article = in_article || name == "article" || name == "main";
    for (unsigned i = 0; i < children->length; ++i)
      Walk(static_cast<const GumboNode*>(children->data[i]), in_article, depth + 1);
    if (block) EndParagraph(doc.text);
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
  if (html.empty()) return {};
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are recovered from, never reported: keep none
  const std::unique_ptr<GumboOutput, OutputDeleter> parsed(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!parsed) return {};
  Walker walker;
  walker.Walk(parsed->document, false, 0);
  HtmlDocument out;
  // Gumbo can emit ill-formed UTF-8 for an out-of-range numeric reference; see ReplaceInvalidUtf8.
  out.text = Trimmed(model::ReplaceInvalidUtf8(walker.doc.text));
  out.title =
      Trimmed(model::ReplaceInvalidUtf8(walker.doc.title.empty() ? walker.h1 : walker.doc.title));
  return out;
}

}  // namespace kg::input
