// libFuzzer target: normalisation and sentence splitting never crash, and their spans stay inside
// the text, in order, with an offset map that never goes backwards.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "nlp/sentence_splitter.h"
#include "nlp/text_normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t bad = 0;
  if (!kg::nlp::IsValidUtf8(input, &bad)) return 0;  // readers reject it before this step
  const kg::nlp::NormalizedText norm = kg::nlp::Normalize(input);
  if (norm.origin.size() != norm.text.size() + 1) std::abort();
  for (std::size_t i = 1; i < norm.origin.size(); ++i) {
    if (norm.origin[i] < norm.origin[i - 1] || norm.origin[i] > input.size()) std::abort();
  }
  std::size_t previous_end = 0;
  for (const auto& span : kg::nlp::SplitSentences(norm.text)) {
    if (span.start >= span.end || span.end > norm.text.size() || span.start < previous_end)
      std::abort();
    if (norm.OriginalEnd(span.end) < norm.OriginalStart(span.start)) std::abort();
    previous_end = span.end;
  }
  return 0;
}
