// libFuzzer target: a perceptron weight table (nlp/perceptron.h) read from any bytes is refused
// with kg::Error or scores without reading out of bounds, and saves again to a table that loads.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "model/error.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A mapped model is page-aligned; give the payload the same 8-byte alignment.
  std::vector<std::uint64_t> aligned((size + 7) / 8);
  if (size > 0) std::memcpy(aligned.data(), data, size);
  const std::string_view payload(reinterpret_cast<const char*>(aligned.data()), size);
  try {
    kg::nlp::PayloadReader in(payload, "fuzz.kgm");
    const kg::nlp::Perceptron p(in);
    std::vector<float> scores(p.num_classes());
    std::vector<std::uint64_t> features;
    for (std::uint64_t i = 0; i < 64; ++i) features.push_back(i * 0x9E3779B97F4A7C15ULL);
    for (std::uint64_t i = 0; i < 64; ++i) features.push_back((i << 32U) | (i % 4));
    p.Score(features, scores);
    kg::nlp::PayloadWriter out;
    p.Save(out, 0.0F, true);
    kg::nlp::PayloadReader again(out.bytes(), "fuzz-again.kgm");
    const kg::nlp::Perceptron q(again);
    if (q.num_classes() != p.num_classes()) std::abort();
  } catch (const kg::Error&) {
    // Refused with a message: what a corrupt model must give.
  }
  return 0;
}
