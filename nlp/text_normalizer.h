#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// Text rewritten for the parser, with a map from every byte of it back to the input.
// origin has text.size() + 1 entries; origin[i] is the input offset of text[i], and
// origin[text.size()] the input's end, so a span [a, b) of text maps to [origin[a], origin[b]).
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> origin;  // 4 bytes a byte: inputs are limited to kMaxInputBytes

  [[nodiscard]] std::size_t OriginalStart(std::size_t i) const { return origin[i]; }
  // End of the span that ends before text[i] (exclusive).
  [[nodiscard]] std::size_t OriginalEnd(std::size_t i) const;
};

// The largest text an article may have (the offset map uses 32-bit offsets).
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;

// Curly quotes to ASCII, dashes spaced out, ellipses spelled with dots, non-breaking and other
// Unicode spaces to plain spaces, control characters to spaces. Letters are left alone.
// REQUIRES: input is valid UTF-8.
[[nodiscard]] NormalizedText Normalize(std::string_view input);

// Input that is PTB-tokenised (CaRB, CoNLL): `` '' become ", and "do n't" style splits stay.
[[nodiscard]] NormalizedText NormalizePtb(std::string_view input);

// True when text is well-formed UTF-8; otherwise bad_offset is set to the first bad byte.
[[nodiscard]] bool IsValidUtf8(std::string_view text, std::size_t* bad_offset);

}  // namespace kg::nlp
