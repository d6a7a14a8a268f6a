// libFuzzer target: the article reader turns any content into articles or diagnostics, never a
// crash, and every article it accepts is non-empty valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "input/article_reader.h"
#include "model/unicode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const char* ext : {".jsonl", ".html", ".txt"}) {
    (void)kg::input::DecodeContent("fuzz", ext, input, [](kg::model::Article&& a) {
      std::size_t bad = 0;
      if (a.text.empty() || !kg::model::IsValidUtf8(a.text, &bad)) std::abort();
    });
  }
  return 0;
}
