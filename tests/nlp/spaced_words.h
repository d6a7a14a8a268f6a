#pragma once

// A sentence written with spaces between its tokens, as the recogniser's tests give it.
#include <string>
#include <vector>

namespace kg::nlp::testing {

// "Orvik Corp said ." -> {"Orvik", "Corp", "said", "."}: the tokens between spaces.
inline std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : sentence) {
    if (c == ' ') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

}  // namespace kg::nlp::testing
