#pragma once

#include <cstddef>
#include <string>

namespace kg::model {

// A problem with one input record (a file, a JSONL line, a TSV row) that the run reports and
// survives. line is 0 when the problem is with the file as a whole.
struct Diagnostic {
  std::string file;
  std::size_t line = 0;
  std::string reason;

  [[nodiscard]] std::string Location() const {
    return line == 0 ? file : file + ":" + std::to_string(line);
  }
};

}  // namespace kg::model
