#include "nlp/perceptron.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <tuple>

#include <xxhash.h>

#include "model/error.h"

namespace kg::nlp {
namespace {

constexpr float kMaxQuantised = 32767.0F;

std::uint64_t NonZero(std::uint64_t h) { return h == 0 ? 1 : h; }

// Buckets of a saved table: a power of two, about four features to a bucket (a bucket's
// fingerprints then share a cache line).
std::size_t BucketCount(std::size_t n) {
  std::size_t buckets = 1;
  while (buckets * 4 < n) buckets *= 2;
  return buckets;
}

}  // namespace

std::uint64_t HashString(std::string_view s) { return NonZero(XXH3_64bits(s.data(), s.size())); }

std::uint64_t HashFeature(std::uint32_t feature_template, std::uint64_t a, std::uint64_t b,
                          std::uint64_t c) {
  const std::array<std::uint64_t, 3> parts = {a, b, c};
  return NonZero(XXH3_64bits_withSeed(parts.data(), sizeof parts, feature_template));
}

void PerceptronTrainer::Score(std::span<const std::uint64_t> features,
                              std::span<float> scores) const {
  std::fill(scores.begin(), scores.end(), 0.0F);
  for (const std::uint64_t f : features) {
    const auto it = index_.find(f);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Add(std::uint64_t feature, std::size_t cls, float delta) {
  const auto [it, added] = index_.try_emplace(feature, static_cast<std::uint32_t>(rows_.size()));
  if (added) rows_.emplace_back();
  std::vector<Entry>& row = rows_[it->second];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.w += delta;
      e.u += instances_ * delta;
      return;
    }
  }
  row.push_back({static_cast<std::uint32_t>(cls), delta, instances_ * delta});
}

void PerceptronTrainer::Update(std::span<const std::uint64_t> features, std::size_t truth,
                               std::size_t guess) {
  if (truth == guess) return;
  for (const std::uint64_t f : features) {
    Add(f, truth, 1.0F);
    Add(f, guess, -1.0F);
  }
}

void PerceptronTrainer::Adjust(std::span<const std::uint64_t> features, std::size_t cls,
                               float delta) {
  for (const std::uint64_t f : features) Add(f, cls, delta);
}

void PerceptronTrainer::Average() {
  for (auto& row : rows_) {
    for (Entry& e : row) {
      e.w = static_cast<float>(e.w - e.u / instances_);
      e.u = 0;
    }
  }
}

namespace {

// One feature's weights: (class, weight) pairs.
using Row = std::vector<std::pair<std::uint32_t, float>>;

// Where a feature hash goes in a saved table: its bucket (the low bits) and the fingerprint kept
// to tell the bucket's features apart (the high 32 bits).
std::uint32_t Fingerprint(std::uint64_t feature) {
  return static_cast<std::uint32_t>(feature >> 32U);
}

// Writes `n` values of an integer type T (one of the table's narrow arrays) and pads to 8.
template <typename T, typename Source>
void WriteNarrow(PayloadWriter& out, const std::vector<Source>& values) {
  for (const Source v : values) {
    const auto t = static_cast<T>(v);
    out.Raw(&t, sizeof t);
  }
  out.Align(8);
}

// Writes the table of a saved perceptron (see Save and the layout in perceptron.h).
void WriteTable(PayloadWriter& out, std::size_t num_classes,
                const std::vector<std::pair<std::uint64_t, Row>>& rows, float prune,
                bool quantise) {
  const auto kept = [prune](float w) { return std::fabs(w) >= prune && w != 0.0F; };
  std::size_t kept_features = 0;
  for (const auto& row : rows) {
    if (std::any_of(row.second.begin(), row.second.end(),
                    [&kept](const auto& e) { return kept(e.second); })) {
      ++kept_features;
    }
  }
  const std::size_t num_buckets = BucketCount(kept_features);
  const std::uint64_t mask = num_buckets - 1;
  // Features in (bucket, fingerprint) order; two features that agree on both (about one pair in
  // a thousand models) become one whose weights are their sums, so lookups stay exact for every
  // feature that was trained.
  struct Slot {
    std::uint64_t bucket;
    std::uint32_t fingerprint;
    const Row* row;
  };
  std::vector<Slot> slots;
  slots.reserve(rows.size());
  for (const auto& row : rows) {
    slots.push_back({row.first & mask, Fingerprint(row.first), &row.second});
  }
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
    return std::tie(a.bucket, a.fingerprint) < std::tie(b.bucket, b.fingerprint);
  });
  struct Merged {
    std::uint64_t bucket;
    std::uint32_t fingerprint;
    Row row;  // kept weights, by class
  };
  std::vector<Merged> merged;
  float max_abs = 0;
  std::vector<float> summed(num_classes, 0.0F);
  for (std::size_t i = 0; i < slots.size();) {
    std::fill(summed.begin(), summed.end(), 0.0F);
    std::size_t j = i;
    for (; j < slots.size() && slots[j].bucket == slots[i].bucket &&
           slots[j].fingerprint == slots[i].fingerprint;
         ++j) {
      for (const auto& [cls, w] : *slots[j].row) summed[cls] += w;
    }
    Row row;
    for (std::size_t cls = 0; cls < num_classes; ++cls) {
      if (!kept(summed[cls])) continue;
      row.emplace_back(static_cast<std::uint32_t>(cls), summed[cls]);
      max_abs = std::max(max_abs, std::fabs(summed[cls]));
    }
    if (!row.empty()) merged.push_back({slots[i].bucket, slots[i].fingerprint, std::move(row)});
    i = j;
  }
  const float scale = max_abs > 0 ? max_abs / kMaxQuantised : 1.0F;
  const auto quantised = [scale](float w) {
    return std::clamp(std::lround(w / scale), -32767L, 32767L);
  };
  std::vector<std::uint32_t> buckets(2 * (num_buckets + 1), 0);
  std::vector<std::uint32_t> fingerprints;
  std::vector<std::uint32_t> counts;
  std::vector<std::uint32_t> classes;
  std::vector<float> weights;
  std::size_t next_bucket = 0;
  for (const Merged& m : merged) {
    const std::size_t first_entry = classes.size();
    for (const auto& [cls, w] : m.row) {
      if (quantise && quantised(w) == 0) continue;
      classes.push_back(cls);
      weights.push_back(quantise ? static_cast<float>(quantised(w)) : w);
    }
    if (classes.size() == first_entry) continue;
    for (; next_bucket <= m.bucket; ++next_bucket) {
      buckets[2 * next_bucket] = static_cast<std::uint32_t>(fingerprints.size());
      buckets[2 * next_bucket + 1] = static_cast<std::uint32_t>(first_entry);
    }
    fingerprints.push_back(m.fingerprint);
    counts.push_back(static_cast<std::uint32_t>(classes.size() - first_entry - 1));
  }
  for (; next_bucket <= num_buckets; ++next_bucket) {
    buckets[2 * next_bucket] = static_cast<std::uint32_t>(fingerprints.size());
    buckets[2 * next_bucket + 1] = static_cast<std::uint32_t>(classes.size());
  }
  out.U32(static_cast<std::uint32_t>(num_classes));
  out.U32(static_cast<std::uint32_t>(fingerprints.size()));
  out.U64(num_buckets);
  out.F32(quantise ? scale : 0.0F);
  out.U64(classes.size());
  out.Align(8);
  out.Raw(buckets.data(), buckets.size() * sizeof(std::uint32_t));
  out.Align(8);
  out.Raw(fingerprints.data(), fingerprints.size() * sizeof(std::uint32_t));
  out.Align(8);
  const bool narrow = num_classes <= 256;
  if (narrow) {
    WriteNarrow<std::uint8_t>(out, counts);
  } else {
    WriteNarrow<std::uint16_t>(out, counts);
  }
  for (std::size_t k = 0; k < classes.size(); ++k) {
    if (narrow) {
      const auto c = static_cast<std::uint8_t>(classes[k]);
      out.Raw(&c, sizeof c);
    } else {
      const auto c = static_cast<std::uint16_t>(classes[k]);
      out.Raw(&c, sizeof c);
    }
    if (quantise) {
      const auto q = static_cast<std::int16_t>(weights[k]);
      out.Raw(&q, sizeof q);
    } else {
      out.F32(weights[k]);
    }
  }
  out.Align(8);
}

// Reads a value of type T at `p` (the table's records are packed, not aligned).
template <typename T>
T LoadAt(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The weights of one table layout: class indices of type Index, weights of type Weight.
template <typename Index, typename Weight>
void ScoreTable(const Perceptron::Table& t, std::span<const std::uint64_t> features,
                std::span<float> scores) {
  constexpr std::size_t kRecord = sizeof(Index) + sizeof(Weight);
  const auto* counts = reinterpret_cast<const Index*>(t.counts);
  // The table is larger than the caches and each feature lands at random, so a look-up is a
  // chain of cache misses (bucket, fingerprints and counts, entries). The features go through
  // each link together, asking for every feature's next line before reading any, so the misses
  // of one link overlap instead of queueing. At most kBatch features at a time.
  constexpr std::size_t kBatch = 128;
  std::array<const std::uint32_t*, kBatch> bucket{};
  std::array<const unsigned char*, kBatch> found{};
  std::array<std::uint32_t, kBatch> found_count{};
  for (std::size_t from = 0; from < features.size(); from += kBatch) {
    const std::size_t n = std::min(kBatch, features.size() - from);
    const std::uint64_t* f = features.data() + from;
    for (std::size_t j = 0; j < n; ++j) {
      bucket[j] = t.buckets + 2 * (f[j] & t.mask);
      __builtin_prefetch(bucket[j]);
    }
    for (std::size_t j = 0; j < n; ++j) {
      __builtin_prefetch(t.fingerprints + bucket[j][0]);
      __builtin_prefetch(counts + bucket[j][0]);
    }
    for (std::size_t j = 0; j < n; ++j) {
      const std::uint32_t fingerprint = Fingerprint(f[j]);
      std::size_t entry = bucket[j][1];
      found[j] = nullptr;
      for (std::uint32_t i = bucket[j][0]; i < bucket[j][2]; ++i) {
        const std::size_t count = static_cast<std::size_t>(counts[i]) + 1;
        if (t.fingerprints[i] == fingerprint) {
          found[j] = t.entries + entry * kRecord;
          found_count[j] = static_cast<std::uint32_t>(count);
          __builtin_prefetch(found[j]);
          break;
        }
        entry += count;
      }
    }
    for (std::size_t j = 0; j < n; ++j) {
      const unsigned char* e = found[j];
      if (e == nullptr) continue;
      for (std::uint32_t k = 0; k < found_count[j]; ++k, e += kRecord) {
        scores[LoadAt<Index>(e)] += static_cast<float>(LoadAt<Weight>(e + sizeof(Index)));
      }
    }
  }
}

}  // namespace

void PerceptronTrainer::Save(PayloadWriter& out, float prune, bool quantise) const {
  std::vector<std::pair<std::uint64_t, Row>> rows;
  rows.reserve(index_.size());
  for (const auto& [feature, row] : index_) {
    Row r;
    for (const Entry& e : rows_[row]) r.emplace_back(e.cls, e.w);
    std::sort(r.begin(), r.end());
    rows.emplace_back(feature, std::move(r));
  }
  std::sort(rows.begin(), rows.end());
  WriteTable(out, num_classes_, rows, prune, quantise);
}

void Perceptron::ForEachRow(
    const std::function<void(std::uint64_t, std::uint32_t, float)>& visit) const {
  const std::size_t record = (narrow_ ? 1 : 2) + (table_.scale > 0 ? 2 : 4);
  for (std::uint64_t b = 0; b <= table_.mask; ++b) {
    std::size_t entry = table_.buckets[2 * b + 1];
    for (std::uint32_t i = table_.buckets[2 * b]; i < table_.buckets[2 * b + 2]; ++i) {
      // The bucket's bits and the fingerprint: enough to save the table again with as many
      // buckets or fewer (pruning only removes features).
      const std::uint64_t key = (static_cast<std::uint64_t>(table_.fingerprints[i]) << 32U) | b;
      const std::size_t count = Count(i);
      for (std::size_t k = 0; k < count; ++k, ++entry) {
        const unsigned char* e = table_.entries + entry * record;
        const std::uint32_t cls = narrow_ ? LoadAt<std::uint8_t>(e) : LoadAt<std::uint16_t>(e);
        const unsigned char* w = e + (narrow_ ? 1 : 2);
        visit(key, cls,
              table_.scale > 0 ? static_cast<float>(LoadAt<std::int16_t>(w)) * table_.scale
                               : LoadAt<float>(w));
      }
    }
  }
}

std::size_t Perceptron::Count(std::size_t feature) const {
  return 1 + (narrow_ ? static_cast<std::size_t>(table_.counts[feature])
                      : static_cast<std::size_t>(
                            reinterpret_cast<const std::uint16_t*>(table_.counts)[feature]));
}

void Perceptron::Save(PayloadWriter& out, float prune, bool quantise) const {
  std::vector<std::pair<std::uint64_t, Row>> rows;
  ForEachRow([&rows](std::uint64_t key, std::uint32_t cls, float w) {
    if (rows.empty() || rows.back().first != key) rows.emplace_back(key, Row{});
    rows.back().second.emplace_back(cls, w);
  });
  std::sort(rows.begin(), rows.end());
  WriteTable(out, num_classes_, rows, prune, quantise);
}

Perceptron::Perceptron(PayloadReader& in) {
  const auto bad = [&in] {
    return Error(ErrorCode::kCorruption, in.name() + ": inconsistent perceptron table");
  };
  num_classes_ = in.U32();
  num_features_ = in.U32();
  const std::uint64_t num_buckets = in.U64();
  table_.scale = in.F32();
  num_entries_ = static_cast<std::size_t>(in.U64());
  if (num_buckets == 0 || (num_buckets & (num_buckets - 1)) != 0 || num_classes_ == 0 ||
      num_classes_ > 0xFFFF || num_buckets > 0xFFFFFFFFU || num_entries_ > 0xFFFFFFFFU) {
    throw bad();
  }
  narrow_ = num_classes_ <= 256;
  table_.mask = num_buckets - 1;
  in.Align(8);
  table_.buckets = in.Array<std::uint32_t>(static_cast<std::size_t>(2 * (num_buckets + 1)));
  in.Align(8);
  table_.fingerprints = in.Array<std::uint32_t>(num_features_);
  in.Align(8);
  table_.counts =
      reinterpret_cast<const unsigned char*>(in.Take(num_features_ * (narrow_ ? 1 : 2)).data());
  in.Align(8);
  const std::size_t record = (narrow_ ? 1 : 2) + (table_.scale > 0 ? 2 : 4);
  table_.entries = reinterpret_cast<const unsigned char*>(in.Take(num_entries_ * record).data());
  in.Align(8);
  // Every bucket's features and entries follow the one before's and add up; every class is one
  // of the model's.
  if (table_.buckets[0] != 0 || table_.buckets[1] != 0 ||
      table_.buckets[2 * num_buckets] != num_features_ ||
      table_.buckets[2 * num_buckets + 1] != num_entries_) {
    throw bad();
  }
  for (std::uint64_t b = 0; b < num_buckets; ++b) {
    const std::uint32_t* bucket = table_.buckets + 2 * b;
    if (bucket[2] < bucket[0] || bucket[3] < bucket[1] || bucket[2] > num_features_ ||
        bucket[3] > num_entries_) {
      throw bad();
    }
    std::size_t entries = 0;
    for (std::uint32_t i = bucket[0]; i < bucket[2]; ++i) entries += Count(i);
    if (entries != bucket[3] - bucket[1]) throw bad();
  }
  for (std::size_t k = 0; k < num_entries_; ++k) {
    const unsigned char* e = table_.entries + k * record;
    const std::uint32_t cls = narrow_ ? LoadAt<std::uint8_t>(e) : LoadAt<std::uint16_t>(e);
    if (cls >= num_classes_) throw bad();
  }
}

void Perceptron::Score(std::span<const std::uint64_t> features, std::span<float> scores) const {
  std::fill(scores.begin(), scores.end(), 0.0F);
  if (table_.buckets == nullptr) return;
  if (table_.scale > 0) {
    if (narrow_) {
      ScoreTable<std::uint8_t, std::int16_t>(table_, features, scores);
    } else {
      ScoreTable<std::uint16_t, std::int16_t>(table_, features, scores);
    }
    for (float& s : scores) s *= table_.scale;
  } else if (narrow_) {
    ScoreTable<std::uint8_t, float>(table_, features, scores);
  } else {
    ScoreTable<std::uint16_t, float>(table_, features, scores);
  }
}

std::size_t ArgMax(std::span<const float> scores) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < scores.size(); ++i) {
    if (scores[i] > scores[best]) best = i;
  }
  return best;
}

}  // namespace kg::nlp
