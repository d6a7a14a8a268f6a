#include "extract/profile.h"

namespace kg::extract {

void ExtractProfile::Add(const ExtractProfile& other) {
  parse += other.parse;
  rules += other.rules;
  typing += other.typing;
  articles += other.articles;
  sentences += other.sentences;
  words += other.words;
  parses.insert(parses.end(), other.parses.begin(), other.parses.end());
}

}  // namespace kg::extract
