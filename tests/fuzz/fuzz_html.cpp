// libFuzzer target: HTML to text never crashes, never grows without bound and always gives valid
// UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/html_to_text.h"
#include "model/unicode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const kg::input::HtmlDocument doc = kg::input::HtmlToText(input);
  // A character reference of at least 3 bytes decodes to at most 4 (two code points of HTML5's
  // table, such as &nGt;, at most 6 from 5); an invalid byte becomes U+FFFD, 3 bytes.
  if (doc.text.size() > 3 * size + 8 || doc.title.size() > 3 * size + 8) std::abort();
  std::size_t bad = 0;
  if (!kg::model::IsValidUtf8(doc.text, &bad) || !kg::model::IsValidUtf8(doc.title, &bad))
    std::abort();
  return 0;
}
