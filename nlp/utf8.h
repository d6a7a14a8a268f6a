#pragma once

#include <cstddef>
#include <string_view>

namespace kg::nlp {

// Number of Unicode code points in valid UTF-8 text (continuation bytes are not counted).
[[nodiscard]] inline std::size_t CodePointCount(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  return n;
}

// Length in bytes of the UTF-8 sequence that starts with byte `lead` (1 for a stray byte).
[[nodiscard]] inline std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0xC0U) return 1;
  if (lead < 0xE0U) return 2;
  if (lead < 0xF0U) return 3;
  return 4;
}

}  // namespace kg::nlp
