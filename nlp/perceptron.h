#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/model_file.h"

namespace kg::nlp {

// Stable 64-bit hashes for features: xxHash's XXH3 (https://github.com/Cyan4973/xxHash), the same
// on every machine and run, never 0 (0 marks an empty slot in a saved model).
[[nodiscard]] std::uint64_t HashString(std::string_view s);
// A feature from a template id and up to three parts (string hashes, tags, small numbers).
[[nodiscard]] std::uint64_t HashFeature(std::uint32_t feature_template, std::uint64_t a,
                                        std::uint64_t b = 0, std::uint64_t c = 0);

// An averaged multiclass perceptron being trained (Collins 2002; averaging by the lazy update of
// Daume III, "Practical structured learning techniques", 2006: the average is w - u / c where u
// sums c * delta). Features are 64-bit hashes, classes 0..num_classes-1. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::size_t num_classes) : num_classes_(num_classes) {}

  [[nodiscard]] std::size_t num_classes() const { return num_classes_; }
  // scores[k] = sum of the current weights of `features` for class k. REQUIRES:
  // scores.size() == num_classes(). After Average(), scores use the averaged weights.
  void Score(std::span<const std::uint64_t> features, std::span<float> scores) const;
  // Moves weight towards `truth` and away from `guess` (no-op when they are equal).
  void Update(std::span<const std::uint64_t> features, std::size_t truth, std::size_t guess);
  // Adds `delta` to the weight of every feature for class `cls` (a structured update: the
  // features of one step of a gold or a predicted transition sequence).
  void Adjust(std::span<const std::uint64_t> features, std::size_t cls, float delta);
  // Counts one training instance; call once per decision seen, updated or not.
  void Tick() { ++instances_; }
  // Replaces the weights by their averages over all instances. Call once, after training.
  void Average();
  // The payload of a saved model: weights with |w| < prune dropped, the rest kept as floats or,
  // when `quantise`, as 16-bit integers (scale = max |w| / 32767), in a hash table built from the
  // features in sorted order, so the same weights always give the same bytes. REQUIRES: Average()
  // was called.
  void Save(PayloadWriter& out, float prune, bool quantise = true) const;
  [[nodiscard]] std::size_t num_features() const { return index_.size(); }

 private:
  struct Entry {
    std::uint32_t cls;
    float w;
    double u;
  };
  void Add(std::uint64_t feature, std::size_t cls, float delta);

  std::size_t num_classes_;
  double instances_ = 1;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
};

// A trained perceptron, read-only, viewing the bytes of a loaded model (which must outlive it).
// Thread-safe.
class Perceptron {
 public:
  Perceptron() = default;
  // Reads what PerceptronTrainer::Save wrote. Throws kg::Error (kCorruption) naming the reader's
  // file when the payload is truncated or inconsistent.
  explicit Perceptron(PayloadReader& in);

  [[nodiscard]] std::size_t num_classes() const { return num_classes_; }
  [[nodiscard]] std::size_t num_features() const { return num_features_; }
  // scores[k] = sum over features of their weight for class k (unknown features weigh 0).
  // REQUIRES: scores.size() == num_classes().
  void Score(std::span<const std::uint64_t> features, std::span<float> scores) const;
  // Saves these weights again as PerceptronTrainer::Save does (to prune or quantise a model
  // without retraining it).
  void Save(PayloadWriter& out, float prune, bool quantise) const;

 private:
  std::size_t num_classes_ = 0;
  std::size_t num_features_ = 0;
  std::uint64_t mask_ = 0;
  float scale_ = 0;
  const std::uint64_t* keys_ = nullptr;
  const std::uint32_t* begins_ = nullptr;
  // At begin: count, then (class << 16 | int16 weight) when quantised (scale_ > 0), else
  // (class, float bits) pairs.
  const std::uint32_t* entries_ = nullptr;
  std::size_t num_entries_ = 0;
};

// Index of the highest score; ties go to the lowest index (deterministic).
[[nodiscard]] std::size_t ArgMax(std::span<const float> scores);

}  // namespace kg::nlp
