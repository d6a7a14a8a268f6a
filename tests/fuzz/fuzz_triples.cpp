// libFuzzer target: the TSV/JSONL triple reader reports bad lines, never crashes, and every triple
// it accepts has a subject, a predicate and an object.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/triple_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.tsv", "fuzz.jsonl"}) {
    const auto file = kg::input::ReadTriples(name, input);
    for (const auto& t : file.triples) {
      if (t.subject.name.empty() || t.object.name.empty() || t.predicate.empty()) std::abort();
    }
  }
  return 0;
}
