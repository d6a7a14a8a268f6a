#pragma once

// Unicode text operations, all through utf8proc (https://juliastrings.github.io/utf8proc/), so
// that kg follows the Unicode Standard's data instead of hand-written tables. Every function takes
// and returns UTF-8; none throws on valid input. Invalid UTF-8 is returned unchanged by the
// transforming functions (callers validate first, as input/ does with IsValidUtf8).

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::model {

// True when text is well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF);
// otherwise *bad_offset (when not null) is the byte offset of the first bad sequence.
[[nodiscard]] bool IsValidUtf8(std::string_view text, std::size_t* bad_offset);

// text with every ill-formed sequence replaced by U+FFFD, one replacement per bad byte, valid
// text returned unchanged. For output of libraries that can produce ill-formed UTF-8 (Gumbo 0.10
// encodes an out-of-range numeric reference such as "&#6666666679;" as a lone continuation byte).
[[nodiscard]] std::string ReplaceInvalidUtf8(std::string_view text);

// Normalization Form C (Unicode Standard Annex #15): "Cafe\u0301" becomes "Caf\u00E9", so the
// same name typed on two systems is one string.
[[nodiscard]] std::string Nfc(std::string_view text);

// Full Unicode case folding (CaseFolding.txt) of the NFC form: "\u00C9mile" and "\u00E9MILE" both
// become "\u00E9mile", "Stra\u00DFe" becomes "strasse". The key for case-insensitive name matching.
[[nodiscard]] std::string FoldCase(std::string_view text);

// FoldCase with combining marks removed after canonical decomposition: "\u00C9mile" and "Emile"
// both become "emile". For suggestions ("did you mean"), never for identity.
[[nodiscard]] std::string LooseKey(std::string_view text);

// NFC with combining marks removed after canonical decomposition, case kept: "S\u00E3o Paulo"
// becomes "Sao Paulo" (as WordNet spells place names). Invalid UTF-8 as in Nfc.
[[nodiscard]] std::string StripMarks(std::string_view text);

// True when text's first character is an upper-case or title-case letter (Unicode general
// category Lu or Lt): "Macron", "\u00C5ngstr\u00F6m", "\u00C9mile"; false for "de", "\u00E9mile",
// digits, punctuation, empty or invalid text. For telling names from words beyond ASCII.
[[nodiscard]] bool StartsWithUppercase(std::string_view text);

// The columns text takes in a monospace terminal (East Asian Width, UAX #11, as utf8proc's
// charwidth gives it): combining marks take 0, wide CJK characters 2, the rest 1.
[[nodiscard]] std::size_t DisplayWidth(std::string_view text);

}  // namespace kg::model
