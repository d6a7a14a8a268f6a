#pragma once

// Helpers of the training tests: a treebank from CoNLL-U text, and a model file's bytes.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/conllu.h"

namespace kg::nlp::testing {

inline std::vector<ConlluSentence> ReadConlluText(const std::string& text) {
  std::istringstream in(text);
  return ReadConllu(in, "test");
}

inline std::string FileBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace kg::nlp::testing
