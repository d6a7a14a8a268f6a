#pragma once

#include <string>
#include <string_view>

namespace kg::nlp {

// The article text the UD analyser should read: `text` with the wire's markup blanked out, byte
// for byte, so that every offset into the result is an offset into `text` (and the evidence
// still quotes the article as written). Blanked:
// - the headline, when `title` is the text's first line and a blank line follows it: wire
//   headlines are abbreviated capitals ("PDVSA TO SIGN CHAMPLIN DEAL") that the body repeats;
// - the dateline that opens a paragraph ("LONDON, March 12 - ", "ST HELIER, Jersey, March 12 -
//   "), as DatelineLength finds it: the place and day of filing, never a doer or a speaker;
// - ticker symbols in angle brackets ("<GUIN.L>", "<MRK>": no space, no lower-case letter), and
//   the brackets around a name the wire marks as a company ("<Mark Resources Inc>" -> the name).
// Only ASCII bytes change (to spaces), so code point offsets are kept too. Never throws.
[[nodiscard]] std::string BlankWireMarkup(std::string_view text, std::string_view title);

}  // namespace kg::nlp
