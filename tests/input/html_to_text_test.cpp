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

TEST(HtmlToText, EveryNamedAndNumericEntityIsDecoded) {
  const HtmlDocument d = HtmlToText(
      "<p>K&ouml;ln, Fran&ccedil;ois &laquo;oui&raquo; &#233;t&#xE9; &AElig; &hellip;</p>");
  EXPECT_EQ(d.text, "K\u00F6ln, Fran\u00E7ois \u00ABoui\u00BB \u00E9t\u00E9 \u00C6 \u2026");
}

TEST(HtmlToText, BoilerplateIsLeftOut) {
  const HtmlDocument d = HtmlToText(
      "<body><header><a href=/>Home</a> Sign in</header><nav><ul><li>World</li></ul></nav>"
      "<main><article><header><h1>Bridge deal</h1></header><p>Berlin funded it.</p>"
      "<aside>Read more</aside><footer>By A. Writer</footer></article></main>"
      "<form>Subscribe <input name=e></form><footer>Copyright</footer></body>");
  EXPECT_EQ(d.title, "Bridge deal");
  EXPECT_EQ(d.text, "Bridge deal\n\nBerlin funded it.\n\nBy A. Writer");
}

}  // namespace
}  // namespace kg::input
