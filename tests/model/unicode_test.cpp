#include "model/unicode.h"

#include <gtest/gtest.h>

#include "model/name_match.h"

namespace kg::model {
namespace {

TEST(Unicode, NfcComposesWhatNfdDecomposed) {
  EXPECT_EQ(Nfc("Cafe\u0301"), "Caf\u00E9");
  EXPECT_EQ(Nfc("Caf\u00E9"), "Caf\u00E9");
}

TEST(Unicode, FoldCaseMatchesAccentedCapitals) {
  EXPECT_EQ(FoldCase("\u00C9mile"), FoldCase("\u00E9mile"));
  EXPECT_EQ(FoldCase("E\u0301MILE"), "\u00E9mile");
  EXPECT_EQ(FoldCase("Stra\u00DFe"), "strasse");
  EXPECT_NE(FoldCase("\u00C9mile"), FoldCase("Emile"));
  EXPECT_EQ(LooseKey("\u00C9mile"), LooseKey("emile"));
}

TEST(Unicode, StripMarksKeepsCaseAndBaseLetters) {
  EXPECT_EQ(StripMarks("S\u00E3o Paulo"), "Sao Paulo");
  EXPECT_EQ(StripMarks("Erdo\u011Fan"), "Erdogan");
  EXPECT_EQ(StripMarks("\u00D7"), "\u00D7");  // a sign with no base letter stays
}

TEST(Unicode, AnUpperCaseInitialIsFoundBeyondAscii) {
  EXPECT_TRUE(StartsWithUppercase("Macron"));
  EXPECT_TRUE(StartsWithUppercase("\u00C5ngstr\u00F6m"));  // Angstrom with a ring
  EXPECT_TRUE(StartsWithUppercase("\u015Eahin"));          // S with a cedilla
  EXPECT_FALSE(StartsWithUppercase("\u00E9mile"));
  EXPECT_FALSE(StartsWithUppercase("de"));
  EXPECT_FALSE(StartsWithUppercase("1986"));
  EXPECT_FALSE(StartsWithUppercase(""));
  EXPECT_FALSE(StartsWithUppercase("\xC3"));  // a lone lead byte
}

TEST(Unicode, DisplayWidthCountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("K\u00F6ln"), 4U);
  EXPECT_EQ(DisplayWidth("Ko\u0308ln"), 4U);    // a combining mark takes no column
  EXPECT_EQ(DisplayWidth("\u6771\u4EAC"), 4U);  // Tokyo: two wide characters
  EXPECT_EQ(DisplayWidth("abc"), 3U);
}

TEST(Unicode, InvalidUtf8IsFoundAtItsOffset) {
  std::size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("K\u00F6ln", &bad));
  EXPECT_FALSE(IsValidUtf8("ab\xC3(", &bad));
  EXPECT_EQ(bad, 2U);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80", &bad));  // a UTF-16 surrogate
}

TEST(Unicode, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(ReplaceInvalidUtf8("K\u00F6ln"), "K\u00F6ln");
  EXPECT_EQ(ReplaceInvalidUtf8("a\xB7"
                               "b"),
            "a\uFFFD"
            "b");                                                       // lone continuation byte
  EXPECT_EQ(ReplaceInvalidUtf8("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");  // a UTF-16 surrogate
  EXPECT_EQ(ReplaceInvalidUtf8("ab\xC3"), "ab\uFFFD");                  // cut at the end
}

TEST(NameMatch, AcronymsAndAccentsAreExactHints) {
  EXPECT_EQ(HintDistance("EU", "European Union"), 0U);
  EXPECT_EQ(HintDistance("NATO", "North Atlantic Treaty Organization"), 0U);
  EXPECT_EQ(HintDistance("BoE", "Bank of England"), 0U);
  EXPECT_EQ(HintDistance("emile", "\u00C9mile"), 0U);
  EXPECT_EQ(HintDistance("Muller", "M\u00FCller"), 0U);
  EXPECT_EQ(HintDistance("Macrn", "Macron"), 1U);
  EXPECT_GT(HintDistance("EU", "Estonia"), 0U);
}

}  // namespace
}  // namespace kg::model
