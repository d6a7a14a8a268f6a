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

}  // namespace kg::input
