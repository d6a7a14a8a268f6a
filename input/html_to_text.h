#pragma once

#include <string>
#include <string_view>

namespace kg::input {

struct HtmlDocument {
  std::string title;
  std::string text;
};

// The readable text of an HTML page, parsed with Gumbo, an HTML5 parser (the WHATWG tokenizer and
// tree construction, error recovery as browsers do, no network): every named character reference
// of HTML5's table (&ouml;, &laquo;, &dollar;, &nacute;) and every numeric one (&#8217;, &#x2014;)
// decoded; the contents of head, script, style, noscript, template, svg, iframe, and of the
// boilerplate nav, aside, form, and header and footer outside an article or main element, left
// out; block elements (p, div, li, br, tr, h1-h6, ...) turned into blank lines so each stays a
// paragraph; runs of white space collapsed; elements nested deeper than 512 levels left out. The
// title comes from <title>, or else the first <h1>. Input is read as UTF-8 whatever its meta
// charset says (invalid bytes become U+FFFD). Never throws; malformed markup degrades to text.
[[nodiscard]] HtmlDocument HtmlToText(std::string_view html);

}  // namespace kg::input
