#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kg::nlp {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool headline = false;  // a title-case line without final punctuation
};

// Splits text into sentences: spans [start, end) with surrounding space trimmed. A blank line
// always ends a sentence, and so does a short line without final punctuation (a headline).
// Full stops after titles ("Mr."), initials ("J.") and abbreviations ("U.S.", "Inc.") do not,
// unless the next word is one that starts sentences ("The", "He"). Closing quotes and brackets
// after the stop stay with the sentence they close.
[[nodiscard]] std::vector<Span> SplitSentences(std::string_view text);

}  // namespace kg::nlp
