#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kg::nlp {

// One word of an analysed sentence, with the fields of a CoNLL-U line (UD v2 guidelines,
// https://universaldependencies.org/format.html). Offsets count Unicode code points in the text
// that was analysed, end exclusive; for input that was already tokenised (CoNLL-U) they count
// code points in the sentence's forms joined by single spaces.
struct Token {
  std::string form;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string upos;          // Universal POS tag, e.g. "PROPN"
  std::string xpos;          // Penn Treebank tag, e.g. "NNP"
  std::string lemma;         // "" when unknown (written as "_")
  std::string feats;         // UD features, "" when none (written as "_")
  int head = 0;              // 1-based index of the head token in the sentence; 0 = the root
  std::string deprel;        // UD relation with subtype, e.g. "nsubj:pass"
  std::string entity = "O";  // BIO entity tag, e.g. "B-ORGANIZATION", or "O"
};

// A sentence: its span [start, end) in code points of the analysed text and its tokens in order.
struct AnalyzedSentence {
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace kg::nlp
