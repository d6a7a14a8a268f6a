#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
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
  // when `quantise`, as 16-bit integers (scale = max |w| / 32767), in the table laid out below,
  // built from the features in sorted order, so the same weights always give the same bytes.
  // REQUIRES: Average() was called.
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
//
// The saved table (model format version 2), little-endian, each array starting 8-byte aligned:
//   u32 classes C, u32 features F, u64 buckets B (a power of two, about F / 4), f32 scale
//   (0: float weights), u64 entries E;
//   u32[2 * (B + 1)]: for each bucket, the index of its first feature and of its first entry,
//     then F and E;
//   u32[F] fingerprints: the high 32 bits of each feature's hash, in (bucket, fingerprint) order,
//     a feature's bucket being the low bits of its hash;
//   [F] counts: each feature's number of entries minus one (u8 when C <= 256, else u16);
//   [E] entries, packed: class (u8 when C <= 256, else u16) then weight (i16 times scale, or f32).
// About 7 bytes a feature with one weight, against 26 in version 1's open-addressing table of
// full 64-bit keys. A feature that was never trained can collide with a trained one only when
// both its bucket and its fingerprint agree: about 4 in 2^32 look-ups.
class Perceptron {
 public:
  // The mapped arrays of a table.
  struct Table {
    std::uint64_t mask = 0;  // buckets - 1
    float scale = 0;
    const std::uint32_t* buckets = nullptr;
    const std::uint32_t* fingerprints = nullptr;
    const unsigned char* counts = nullptr;
    const unsigned char* entries = nullptr;
  };

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
  // without retraining it). The features' hashes are known only by their bucket and fingerprint,
  // which is enough: a table saved again has as many buckets or fewer.
  void Save(PayloadWriter& out, float prune, bool quantise) const;

 private:
  // Calls visit(key, class, weight) for every stored weight, a feature's weights together.
  void ForEachRow(const std::function<void(std::uint64_t, std::uint32_t, float)>& visit) const;
  // The number of entries of the feature at index `feature`.
  [[nodiscard]] std::size_t Count(std::size_t feature) const;

  std::size_t num_classes_ = 0;
  std::size_t num_features_ = 0;
  std::size_t num_entries_ = 0;
  bool narrow_ = true;  // u8 classes and counts
  Table table_;
};

// Index of the highest score; ties go to the lowest index (deterministic).
[[nodiscard]] std::size_t ArgMax(std::span<const float> scores);

}  // namespace kg::nlp
