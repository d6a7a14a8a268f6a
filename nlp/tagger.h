#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace kg::nlp {

// Bumped whenever TaggerFeatures changes: a model trained with other features is refused.
inline constexpr std::uint32_t kTaggerFeatureVersion = 3;

// What the tagger knows about words from its training data.
struct TaggerLexicon {
  std::vector<std::string> labels;  // joint "UPOS\tXPOS" labels; the perceptron's classes
  // Word -> label, for frequent words seen with one label almost always (Honnibal's
  // tag dictionary: https://explosion.ai/blog/part-of-speech-pos-tagger-in-python).
  std::unordered_map<std::string, std::uint32_t> sure;
  // Lower-cased word -> hash of the set of UPOS it was seen with (its ambiguity class).
  std::unordered_map<std::string, std::uint64_t> ambiguity;
  // Lower-cased word -> its most frequent spelling, to truecase all-capital sentences.
  std::unordered_map<std::string, std::string> truecase;
  // Lower-cased word -> the parts of speech WordNet 3.0 lists for it (bits: 1 noun, 2 verb,
  // 4 adjective, 8 adverb; shifted left 4 when only an inflected form of a WordNet word, found by
  // WordNet's exception lists). Copied into the model at training, so no WordNet at run time.
  std::unordered_map<std::string, std::uint32_t> wordnet;
};

// WordNet's parts of speech for a lower-cased word: the lexicon's entry, else those of the base
// forms that WordNet's morphy suffix rules give (as inflected, bits << 4).
[[nodiscard]] std::uint32_t WordNetClasses(const std::string& lower, const TaggerLexicon& lexicon);

// Hashes of one word's forms, computed once a sentence.
struct TaggerWord {
  std::uint64_t lower = 0;                 // truecased, then lower-cased
  std::uint64_t cased = 0;                 // truecased
  std::uint64_t shape = 0;                 // "Xxxd"-style shape, runs cut at 2
  std::uint64_t amb = 0;                   // ambiguity class (0 when unknown)
  std::uint64_t wordnet = 0;               // WordNetClasses
  std::uint64_t suffix[4] = {0, 0, 0, 0};  // last 1..4 bytes of lower
  std::uint64_t prefix[3] = {0, 0, 0};     // first 1..3 bytes of lower
  std::string lower_form;
  std::string cased_form;
};
using TaggerWords = std::vector<TaggerWord>;

// Builds TaggerWords for `forms`. An all-capital sentence (most letters upper case) is truecased
// first, with the lexicon's spellings (a title-case fallback for unknown words).
[[nodiscard]] TaggerWords PrepareTaggerWords(const std::vector<std::string>& forms,
                                             const TaggerLexicon& lexicon);

// The features of word i given the labels already chosen for words before i (greedy, left to
// right): word, lower case, prefixes up to 3, suffixes up to 4, shape, words and ambiguity classes
// within +-2, previous two labels (Ratnaparkhi 1996; Collins 2002; Toutanova et al. 2003).
// `right`, when not empty, holds a first pass's labels for the whole sentence: the second pass
// also sees the labels to the right of i (two-pass tagging).
void TaggerFeatures(const TaggerWords& words, std::size_t i,
                    const std::vector<std::uint32_t>& labels,
                    const std::vector<std::uint32_t>& right, std::vector<std::uint64_t>& out);

// Labels for every word, greedily left to right. Words in the lexicon's `sure` list take their
// label without scoring. Model is Perceptron or PerceptronTrainer (anything with Score).
template <typename Model>
[[nodiscard]] std::vector<std::uint32_t> TagWords(const TaggerWords& words,
                                                  const std::vector<std::uint32_t>& right,
                                                  const TaggerLexicon& lexicon,
                                                  const Model& model) {
  std::vector<std::uint32_t> labels;
  labels.reserve(words.size());
  std::vector<std::uint64_t> features;
  std::vector<float> scores(model.num_classes());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto sure = lexicon.sure.find(words[i].cased_form);
    if (sure != lexicon.sure.end()) {
      labels.push_back(sure->second);
      continue;
    }
    TaggerFeatures(words, i, labels, right, features);
    model.Score(features, scores);
    labels.push_back(static_cast<std::uint32_t>(ArgMax(scores)));
  }
  return labels;
}

// The lexicon's part of a tagger model payload. Read throws kg::Error (kCorruption) when the
// payload is truncated or a label index is out of range.
void WriteTaggerLexicon(PayloadWriter& out, const TaggerLexicon& lexicon);
[[nodiscard]] TaggerLexicon ReadTaggerLexicon(PayloadReader& in);

// A part-of-speech tagger (UPOS and Penn XPOS jointly): greedy averaged perceptron.
// Immutable after loading; Tag is thread-safe.
class Tagger {
 public:
  // Loads `path`; throws kg::Error naming the file when it is missing, corrupt or mismatched.
  explicit Tagger(const std::string& path);

  // Fills upos and xpos of every token from its form.
  void Tag(std::vector<Token>& tokens) const;
  [[nodiscard]] const TaggerLexicon& lexicon() const { return lexicon_; }

 private:
  ModelFile file_;
  TaggerLexicon lexicon_;
  Perceptron first_;   // left to right, sees labels before i
  Perceptron second_;  // sees the first pass's labels on both sides
};

struct TaggerTrainOptions {
  int iterations = 8;
  std::uint32_t seed = 1;
  float prune = 0.0F;  // weights below this (absolute) are dropped on save
  std::string wordnet_dir = "/usr/share/wordnet";  // index.* and *.exc files; "" for none
  bool quantise = false;                           // 16-bit weights instead of floats
  // The second pass learns from first-pass labels made by first passes trained on the other
  // folds (jackknifing: as imperfect as at run time); below 2, from the first pass's own guesses
  // in its last epoch (cheaper, and the guesses are on sentences it has already learnt).
  int first_pass_folds = 2;
};

// Trains a tagger on `train` (gold UPOS and XPOS) and writes it to `path`.
// Deterministic: the same data and options give a byte-identical file.
void TrainTagger(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                 const std::string& path);

// Rewrites the tagger model `in` to `out` with weights below `prune` dropped and, when `quantise`,
// 16-bit weights. Throws kg::Error naming a file that cannot be read or written.
void CompactTagger(const std::string& in, const std::string& out, float prune, bool quantise);

}  // namespace kg::nlp
