#pragma once

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// A sentence as read from CoNLL-U (https://universaldependencies.org/format.html): the basic tree
// in `sentence`, plus what is needed to write it back with the same sentences and tokens.
struct ConlluSentence {
  std::vector<std::string> comments;  // the "# ..." lines, without the newline, in order
  AnalyzedSentence sentence;          // the word lines (integer ids) only, in order
  std::vector<std::string> misc;      // the MISC column of each word ("_" when empty)
  // Multiword-token ("1-2") and empty-node ("8.1") lines, kept verbatim with the index of the word
  // they come before (words.size() when after the last word). The basic tree skips them.
  struct ExtraLine {
    std::size_t before = 0;
    std::string line;
  };
  std::vector<ExtraLine> extra_lines;
};

// Counts of what a read skipped for the basic tree.
struct ConlluStats {
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t multiword_tokens = 0;
  std::size_t empty_nodes = 0;
};

// Reads every sentence of a CoNLL-U stream. Token offsets are code points in the words joined by
// single spaces. `name` names the stream in errors. Throws kg::Error (kInvalidInput)
// "NAME:LINE: ..." for a line without 10 tab-separated columns, a bad id or head, or ids out of
// order. `stats`, when given, receives the counts.
[[nodiscard]] std::vector<ConlluSentence> ReadConllu(std::istream& in, std::string_view name,
                                                     ConlluStats* stats = nullptr);

// Reads a CoNLL-U file; throws kg::Error (kIoError) "PATH: cannot open" when it cannot be read.
[[nodiscard]] std::vector<ConlluSentence> ReadConlluFile(const std::string& path,
                                                         ConlluStats* stats = nullptr);

// Writes one sentence as CoNLL-U: comments, then word lines with the extra lines at their
// places, then a blank line. Empty fields are written as "_"; an entity other than "O" is added
// to MISC as "NE=TAG".
void WriteConllu(std::ostream& out, const ConlluSentence& sentence);

// Wraps an analysed sentence (no comments, no extra lines) for WriteConllu.
[[nodiscard]] ConlluSentence ToConllu(const AnalyzedSentence& sentence);

}  // namespace kg::nlp
