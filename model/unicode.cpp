#include "model/unicode.h"

#include <cstdint>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace kg::model {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

const utf8proc_uint8_t* Bytes(std::string_view text) {
  return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

// utf8proc_map with the given options; text unchanged when utf8proc rejects it.
std::string Map(std::string_view text, int options) {
  utf8proc_uint8_t* raw = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(Bytes(text), static_cast<utf8proc_ssize_t>(text.size()),
                                          &raw, static_cast<utf8proc_option_t>(options));
  const std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
  if (n < 0) return std::string(text);
  return {reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n)};
}

}  // namespace

bool IsValidUtf8(std::string_view text, std::size_t* bad_offset) {
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t code = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(Bytes(text) + i, static_cast<utf8proc_ssize_t>(text.size() - i), &code);
    if (n <= 0) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += static_cast<std::size_t>(n);
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view text) {
  std::size_t bad = 0;
  if (IsValidUtf8(text, &bad)) return std::string(text);
  std::string out(text.substr(0, bad));
  std::size_t i = bad;
  while (i < text.size()) {
    utf8proc_int32_t code = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(Bytes(text) + i, static_cast<utf8proc_ssize_t>(text.size() - i), &code);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
      continue;
    }
    out.append(text.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string Nfc(std::string_view text) { return Map(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

std::string FoldCase(std::string_view text) {
  return Map(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string LooseKey(std::string_view text) {
  return Map(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
}

std::string StripMarks(std::string_view text) {
  return Map(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
}

bool StartsWithUppercase(std::string_view text) {
  utf8proc_int32_t code = 0;
  if (text.empty() ||
      utf8proc_iterate(Bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &code) <= 0)
    return false;
  const utf8proc_category_t category = utf8proc_category(code);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t code = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(Bytes(text) + i, static_cast<utf8proc_ssize_t>(text.size() - i), &code);
    if (n <= 0) {  // an invalid byte shows as one replacement character
      ++width;
      ++i;
      continue;
    }
    width += static_cast<std::size_t>(utf8proc_charwidth(code));
    i += static_cast<std::size_t>(n);
  }
  return width;
}

}  // namespace kg::model
