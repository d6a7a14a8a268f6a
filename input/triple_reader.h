#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/triple.h"

namespace kg::input {

struct TripleFile {
  std::vector<model::Triple> triples;
  std::vector<model::Diagnostic> rejected;  // one per bad line
};

// Triples made elsewhere. TSV: subject, subject_type, predicate, object, object_type, then
// optionally relation and confidence; a first line starting "subject<TAB>" is a header. JSONL (by
// extension .jsonl or a first character '{'): {"subject", "subject_type", "predicate", "object",
// "object_type", "relation", "confidence"}; subject and object may also be {"name", "type"}.
// Unknown types become OTHER; a bad line is a Diagnostic and the rest is read.
[[nodiscard]] TripleFile ReadTriples(const std::string& source, std::string_view content);

// The same reading, a batch at a time, so that a large file is parsed in bounded memory:
//   TripleReader reader(path, mapped_file);
//   TripleFile batch;
//   while (reader.Next(100000, batch)) Store(batch.triples);
// content must outlive the reader.
class TripleReader {
 public:
  TripleReader(std::string source, std::string_view content);
  // Replaces out's triples and rejected lines with the next ones, up to max_triples triples;
  // false once the whole content has been read (out is then empty). A file that is binary,
  // not UTF-8 or empty gives its one diagnostic in the first batch, and nothing else.
  bool Next(std::size_t max_triples, TripleFile& out);

 private:
  std::string source_;
  std::string_view content_;
  std::size_t pos_ = 0;
  std::size_t line_no_ = 0;
  bool json_ = false;
  bool checked_ = false;
};

}  // namespace kg::input
