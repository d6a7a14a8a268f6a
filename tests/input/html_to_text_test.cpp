#include "input/html_to_text.h"

#include <gtest/gtest.h>

namespace kg::input {
namespace {

TEST(HtmlToText, DropsScriptsAndStylesAndKeepsParagraphs) {
  const HtmlDocument d = HtmlToText(
      "<html><head><title>Bridge &amp; Port</title><style>p{color:red}</style></head>"
      "<body><script>var x = '<p>no</p>';</script><h1>Headline</h1><p>First &ldquo;para&rdquo;.</p>"
      "<p>Second&#8217;s para &#x2014; end.</p></body></html>");
  EXPECT_EQ(d.title, "Bridge & Port");
  EXPECT_EQ(d.text, "Headline\n\nFirst \u201Cpara\u201D.\n\nSecond\u2019s para \u2014 end.");
}

TEST(HtmlToText, MalformedMarkupDegradesToText) {
  EXPECT_EQ(HtmlToText("a < b and <b>bold</b> &unknown; <!-- comment").text,
            "a < b and bold &unknown;");
}

}  // namespace
}  // namespace kg::input
