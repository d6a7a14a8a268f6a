#pragma once

#include <string_view>
#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Splits text into words as UD English EWT does
// (https://universaldependencies.org/en/tokenization.html): whitespace separates; punctuation is
// split off ("said," -> "said" ","); the clitics n't 's 're 'll 've 'd 'm and a plural possessive's
// "'" are split ("don't" -> "do" "n't", "can't" -> "ca" "n't", "cannot" -> "can" "not", "gonna" ->
// "gon" "na"); URLs, e-mail addresses, numbers such as 1,000.50 and abbreviations such as "U.S.",
// "Mr." and "e.g." stay whole; "$" and "%" are split from numbers. Expects text with ASCII quotes
// and apostrophes (nlp/text_normalizer.h's Normalize); other non-ASCII characters are treated as
// letters. Returns tokens with form, start and end filled; offsets are code points into `text`.
[[nodiscard]] std::vector<Token> Tokenize(std::string_view text);

}  // namespace kg::nlp
