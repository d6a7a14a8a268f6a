#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/transition.h"

namespace kg::nlp {

// Bumped whenever ParserFeatures changes: a model trained with other features is refused.
inline constexpr std::uint32_t kParserFeatureVersion = 2;

// Hashes of each word's form and tags, computed once a sentence.
struct ParserWord {
  std::uint64_t word = 0;  // lower-cased form
  std::uint64_t tag = 0;   // XPOS (UPOS when there is none)
  std::uint64_t upos = 0;
};
[[nodiscard]] std::vector<ParserWord> PrepareParserWords(const std::vector<Token>& tokens);

// The feature templates of Zhang and Nivre (2011, "Transition-based dependency parsing with rich
// non-local features"), adapted to arc-hybrid: words and tags of s0, s1, s2, b0, b1, b2, their
// pairs and triples, the s0-b0 distance, valencies, the leftmost and rightmost dependents of s0 and
// b0 with their labels, and the label sets of s0 and b0; and, since arc-hybrid's RIGHT makes s1
// the head of s0, s1's lexical triples with s0 and b0, the s1-s0 distance, s1's right valency and
// label set (version 2).
void ParserFeatures(const ParserState& state, const std::vector<ParserWord>& words,
                    std::vector<std::uint64_t>& out);

// The perceptron's classes: 0 = SHIFT, 1 + l = LEFT with label l, 1 + L + l = RIGHT with label l.
struct ParserClasses {
  std::vector<std::string> labels;  // relation names, e.g. "nsubj:pass"; one is "root"
  int root_label = 0;
  [[nodiscard]] std::size_t size() const { return 1 + 2 * labels.size(); }
  [[nodiscard]] Move MoveOf(std::size_t c) const {
    return c == 0 ? Move::kShift : (c <= labels.size() ? Move::kLeft : Move::kRight);
  }
  [[nodiscard]] int LabelOf(std::size_t c) const {
    return c == 0 ? -1 : static_cast<int>((c - 1) % labels.size());
  }
  [[nodiscard]] bool Legal(const ParserState& s, std::size_t c) const {
    switch (MoveOf(c)) {
      case Move::kShift:
        return s.CanShift();
      case Move::kLeft:
        return s.CanLeft();
      case Move::kRight:
        return s.CanRight();
    }
    return false;
  }
};

// The best legal class by score (ties to the lowest). REQUIRES: the state is not terminal.
[[nodiscard]] std::size_t BestLegal(const ParserClasses& classes, const ParserState& state,
                                    const std::vector<float>& scores);

// Parses greedily with `model` (Perceptron or PerceptronTrainer); returns the final state.
template <typename Model>
ParserState ParseWords(const std::vector<ParserWord>& words, const ParserClasses& classes,
                       const Model& model) {
  ParserState state(words.size());
  std::vector<std::uint64_t> features;
  std::vector<float> scores(classes.size());
  while (!state.Terminal()) {
    ParserFeatures(state, words, features);
    model.Score(features, scores);
    const std::size_t c = BestLegal(classes, state, scores);
    state.Apply(classes.MoveOf(c), classes.LabelOf(c));
  }
  state.Finish(classes.root_label);
  return state;
}

// A transition-based dependency parser giving basic UD trees: greedy, or with the beam its model
// was trained with (parser_beam.h). Immutable after loading; Parse is thread-safe.
class Parser {
 public:
  // Loads `path`; throws kg::Error naming the file when it is missing, corrupt or mismatched.
  explicit Parser(const std::string& path);
  // Fills head and deprel of every token from its form and tags (upos, xpos must be set).
  void Parse(std::vector<Token>& tokens) const;
  // The beam the model decodes with (1: greedy).
  [[nodiscard]] std::size_t beam_width() const { return beam_width_; }

 private:
  ModelFile file_;
  ParserClasses classes_;
  Perceptron model_;
  std::size_t beam_width_ = 1;
};

struct ParserTrainOptions {
  int iterations = 15;
  std::uint32_t seed = 1;
  float prune = 0.0F;
  bool quantise = false;
  // Epochs after the first follow the model's own (possibly wrong) moves with this probability:
  // training with exploration (Goldberg and Nivre 2013).
  double explore = 0.9;
  // Above 1: train with a beam of this many partial parses and max-violation updates (Huang,
  // Fayong and Guo 2012, "Structured perceptron with inexact search"), and decode with it.
  int beam = 1;
};

// Trains a parser on the projective trees of `train` (the tags in the tokens are the features,
// gold or predicted) and writes it to `path`; returns how many non-projective trees were skipped.
// The payload is the relation labels, the root label, the weights and, for a model trained with
// a beam, its width (absent: greedy, as in every model written before the beam).
// Deterministic: the same data and options give a byte-identical file.
std::size_t TrainParser(const std::vector<ConlluSentence>& train, const ParserTrainOptions& options,
                        const std::string& path);

// Rewrites the parser model `in` to `out` with weights below `prune` dropped and, when `quantise`,
// 16-bit weights. Throws kg::Error naming a file that cannot be read or written.
void CompactParser(const std::string& in, const std::string& out, float prune, bool quantise);

}  // namespace kg::nlp
