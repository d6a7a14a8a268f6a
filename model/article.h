#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/triple.h"

namespace kg::model {

// The largest text an article may have: extraction maps offsets with 32-bit integers.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{1} << 30;

// An article as read from its source. text is plain text (HTML already turned into text); every
// span elsewhere is a byte offset into it.
struct Article {
  std::string source;  // file path, "path:line" for JSONL, or "-" for standard input
  std::string title;
  std::string url;
  std::string date;
  std::string text;
};

struct SentenceSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

// Everything extraction learned from one article, ready to be stored as one unit.
struct ArticleGraph {
  Article article;
  std::vector<SentenceSpan> sentences;
  std::vector<Entity> entities;
  std::vector<Triple> triples;
};

}  // namespace kg::model
