#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// The article text the UD analyser should read: `text` with the wire's markup blanked out, byte
// for byte, so that every offset into the result is an offset into `text` (and the evidence
// still quotes the article as written). Blanked:
// - the headline, when `title` is the text's first line and a blank line follows it: wire
//   headlines are abbreviated capitals ("PDVSA TO SIGN CHAMPLIN DEAL") that the body repeats;
// - the dateline that opens a paragraph ("LONDON, March 12 - ", "ST HELIER, Jersey, March 12 -
//   "), as DatelineLength finds it: the place and day of filing, never a doer or a speaker;
// - ticker symbols in angle brackets ("<GUIN.L>", "<MRK>", "<SABS ST>": no lower-case letter,
//   no space but before an exchange's code), and
//   the brackets around a name the wire marks as a company ("<Mark Resources Inc>" -> the name);
// - the wire's sign-off at the very end, "REUTER" in capitals with what the archive left after
//   it ("REUTER...^M", "REUTER &#3;"): no word of the story.
// Only ASCII bytes change (to spaces), so code point offsets are kept too. Never throws.
[[nodiscard]] std::string BlankWireMarkup(std::string_view text, std::string_view title);

// The names the wire marks as companies, which BlankWireMarkup blanks the marks of: the name
// right before a ticker symbol ("Citicorp <CCI>", "Rockwell International Corp <ROK.N>",
// "Bank of Tokyo <BTOK.T>": the words that start with a capital letter, back from the ticker,
// joined by "of", "and", "&", "de", "du", "des", "la" or "y" between two of them, without a
// leading "The") and a name in angle brackets ("<Mark Resources Inc>"). Names as written, words
// joined by one space, in text order, repeats kept; at most 8 words each. A news wire's
// convention (Reuters marks listed firms with their ticker and unlisted ones with brackets),
// which says what a recogniser guesses from the name's shape ("Valeo", "Citicorp" read as
// people). Never throws.
[[nodiscard]] std::vector<std::string> WireCompanyNames(std::string_view text);

}  // namespace kg::nlp
