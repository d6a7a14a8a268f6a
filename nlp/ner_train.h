#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_features.h"

namespace kg::nlp {

struct NerTrainOptions {
  int iterations = 8;
  std::uint32_t seed = 1;  // the shuffling of sentences between iterations
  float prune = 0.0F;      // drop averaged weights smaller than this on save
  bool quantise = true;    // store weights as 16-bit integers (nlp/perceptron.h)
  bool use_upos = true;    // train with the sentences' UPOS (runtime then needs a tagger)
  // Every caps_every-th training sentence is added again in capitals, so that headlines are
  // tagged (0: none).
  std::size_t caps_every = 8;
};

// Trains the recogniser (averaged perceptron, greedy BIO decoding with the predicted previous
// labels, Collins 2002) and writes the model file. The rule tagger's document memory runs over
// each document's sentences in order. Deterministic: the same data, options and seed give
// the same bytes. Throws kg::Error (kIoError) when out_path cannot be written.
void TrainNer(const std::vector<NerSentence>& train, const NerFeatures& features,
              const NerTrainOptions& options, const std::string& out_path);

// Exact-match entity scores (first token, last token and class must agree), as conlleval counts.
struct NerScore {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;
  [[nodiscard]] double Precision() const;
  [[nodiscard]] double Recall() const;
  [[nodiscard]] double F1() const;
  // "P 81.20 R 77.31 F1 79.21 (gold 1200, predicted 1140)"
  [[nodiscard]] std::string Summary() const;
};

// Scores the model's labels (before the gazetteers' refinement) on labelled sentences, with one
// document memory per document. per_class, when given, receives kNameClassCount scores.
[[nodiscard]] NerScore ScoreNer(const EntityRecognizer& recognizer,
                                const std::vector<NerSentence>& dev,
                                std::vector<NerScore>* per_class = nullptr);

}  // namespace kg::nlp
