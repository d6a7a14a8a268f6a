#include "input/html_to_text.h"

#include <gtest/gtest.h>

#include "model/unicode.h"

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

TEST(HtmlToText, OutOfRangeNumericReferenceIsAReplacementCharacter) {
  // Gumbo writes a lone continuation byte for a reference past U+10FFFF; the page's text must
  // still be valid UTF-8 (the article reader rejects nothing and stores no broken text).
  const HtmlDocument d = HtmlToText("<title>x &#6666666679 y</title><p>price &#2371699383; up</p>");
  std::size_t bad = 0;
  EXPECT_TRUE(kg::model::IsValidUtf8(d.text, &bad)) << "bad byte at " << bad;
  EXPECT_TRUE(kg::model::IsValidUtf8(d.title, &bad)) << "bad byte at " << bad;
  EXPECT_EQ(d.text, "price \uFFFD up");
}

TEST(HtmlToText, Html5OnlyNamedReferencesAreDecoded) {
  // Named references that HTML 4's table lacks and HTML5's has.
  const HtmlDocument d = HtmlToText(
      "<p>&dollar;12 for Pozna&nacute; &amp; &Lstrok;&oacute;d&zacute;, &euro;3&nbsp;&ndash; "
      "&NewLine;&bigstar; &lbrack;sic&rbrack;</p>");
  EXPECT_EQ(d.text, "$12 for Pozna\u0144 & \u0141\u00F3d\u017A, \u20AC3\u00A0\u2013 \u2605 [sic]");
}

TEST(HtmlToText, DeepNestingIsBoundedNotACrash) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<span>";
  html += "deep";
  EXPECT_NO_THROW(HtmlToText(html));
  EXPECT_EQ(HtmlToText("<div><span>shallow</span></div>").text, "shallow");
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
