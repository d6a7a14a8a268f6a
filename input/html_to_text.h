#pragma once

#include <string>
#include <string_view>

namespace kg::input {

struct HtmlDocument {
  std::string title;
  std::string text;
};

// The readable text of an HTML page: tags removed, the contents of script, style, noscript,
// template, svg and head left out, block elements (p, div, h1-h6, li, br, tr) turned into blank
// lines so each stays a paragraph, and character references decoded (&amp;, &#8217;, &#x2014;).
// The title comes from <title>, or else the first <h1>. Never throws; malformed markup degrades
// to text.
[[nodiscard]] HtmlDocument HtmlToText(std::string_view html);

// Decodes the character reference starting at html[i] == '&' into out; returns the bytes consumed
// or 0 when there is no valid reference there.
std::size_t DecodeEntity(std::string_view html, std::size_t i, std::string& out);

}  // namespace kg::input
