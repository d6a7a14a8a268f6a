#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Counts for tagging and parsing accuracy, as the CoNLL 2018 shared task scores them (and
// ../shared/eval/ud_score.py): punctuation included, LAS on the universal relation (the part of
// the label before ':').
struct Scores {
  std::size_t tokens = 0, upos = 0, xpos = 0, uas = 0, las = 0;
  void Add(const std::vector<Token>& gold, const std::vector<Token>& predicted);
  // "UPOS 95.61  XPOS 95.02  UAS 86.10  LAS 83.20" (percentages, two decimals)
  [[nodiscard]] std::string Summary() const;
};

}  // namespace kg::nlp
