#include "nlp/text_normalizer.h"

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

TEST(TextNormalizer, QuotesAndDashesBecomeAsciiWithOffsetsIntoTheOriginal) {
  const std::string input = "Trump\u2014something \u201Cquoted\u201D";
  const NormalizedText n = Normalize(input);
  EXPECT_EQ(n.text, "Trump -- something \"quoted\"");
  const std::size_t q = n.text.find("quoted");
  EXPECT_EQ(input.substr(n.OriginalStart(q), n.OriginalEnd(q + 6) - n.OriginalStart(q)), "quoted");
  EXPECT_EQ(n.origin.size(), n.text.size() + 1);
}

TEST(TextNormalizer, PtbQuotesBecomePlainQuotes) {
  EXPECT_EQ(NormalizePtb("he said `` yes '' .").text, "he said \" yes \" .");
}

TEST(TextNormalizer, Utf8ValidationFindsTheBadByte) {
  std::size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("caf\u00e9 \u201Cok\u201D", &bad));
  EXPECT_FALSE(IsValidUtf8("abc\xff", &bad));
  EXPECT_EQ(bad, 3U);
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf", &bad));  // overlong
}

}  // namespace
}  // namespace kg::nlp
