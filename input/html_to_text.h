#pragma once

#include <string>
#include <string_view>

namespace kg::input {

struct HtmlDocument {
  std::string title;
  std::string text;
};

// The readable text of an HTML page, parsed with libxml2's HTML parser (HTML 4 rules, error
// recovery on, no network): every named and numeric character reference decoded (&ouml;,
// &laquo;, &#8217;, &#x2014;); the contents of head, script, style, noscript, template, svg,
// iframe, and of the boilerplate nav, aside, form, and header and footer outside an article or
// main element, left out; block elements (p, div, li, br, tr, h1-h6, ...) turned into blank
// lines so each stays a paragraph; runs of white space collapsed. The title comes from <title>,
// or else the first <h1>. REQUIRES: html is valid UTF-8 (it is parsed as UTF-8 whatever its meta
// charset says). Never throws; malformed markup degrades to text.
[[nodiscard]] HtmlDocument HtmlToText(std::string_view html);

}  // namespace kg::input
