#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// ASCII lower case; other bytes (UTF-8 letters) unchanged.
[[nodiscard]] std::string Lower(std::string_view s);

// The words of s separated by single or repeated spaces.
[[nodiscard]] std::vector<std::string> SplitWords(std::string_view s);

// How many words SplitWords would give, without making them.
[[nodiscard]] std::size_t CountWords(std::string_view s);

}  // namespace kg::nlp
