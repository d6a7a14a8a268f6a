#include "nlp/perceptron.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include <xxhash.h>

#include "model/error.h"

namespace kg::nlp {
namespace {

constexpr float kMaxQuantised = 32767.0F;

std::uint64_t NonZero(std::uint64_t h) { return h == 0 ? 1 : h; }

std::size_t TableSize(std::size_t n) {
  std::size_t cap = 16;
  while (cap * 7 < n * 10) cap *= 2;  // load factor at most 0.7
  return cap;
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

// Writes the table of a saved perceptron from rows sorted by feature (see Save).
void WriteTable(PayloadWriter& out, std::size_t num_classes,
                const std::vector<std::pair<std::uint64_t, Row>>& rows, float prune,
                bool quantise) {
  std::vector<const std::pair<std::uint64_t, Row>*> kept;
  float max_abs = 0;
  for (const auto& row : rows) {
    bool any = false;
    for (const auto& [cls, w] : row.second) {
      if (std::fabs(w) < prune || w == 0.0F) continue;
      any = true;
      max_abs = std::max(max_abs, std::fabs(w));
    }
    if (any) kept.push_back(&row);
  }
  const float scale = max_abs > 0 ? max_abs / kMaxQuantised : 1.0F;
  const std::size_t cap = TableSize(kept.size());
  std::vector<std::uint64_t> keys(cap, 0);
  std::vector<std::uint32_t> begins(cap, 0);
  std::vector<std::uint32_t> entries;
  for (const auto* row : kept) {
    std::size_t slot = row->first & (cap - 1);
    while (keys[slot] != 0) slot = (slot + 1) & (cap - 1);
    keys[slot] = row->first;
    begins[slot] = static_cast<std::uint32_t>(entries.size());
    const std::size_t count_at = entries.size();
    entries.push_back(0);
    for (const auto& [cls, w] : row->second) {
      if (std::fabs(w) < prune || w == 0.0F) continue;
      if (quantise) {
        const auto q = static_cast<std::int16_t>(std::lround(w / scale));
        if (q == 0) continue;
        entries.push_back((cls << 16U) | static_cast<std::uint16_t>(q));
      } else {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &w, sizeof bits);
        entries.push_back(cls);
        entries.push_back(bits);
      }
      ++entries[count_at];
    }
  }
  out.U32(static_cast<std::uint32_t>(num_classes));
  out.U32(static_cast<std::uint32_t>(kept.size()));
  out.U64(cap);
  out.F32(quantise ? scale : 0.0F);
  out.U64(entries.size());
  out.Align(8);
  out.Raw(keys.data(), keys.size() * sizeof(std::uint64_t));
  out.Raw(begins.data(), begins.size() * sizeof(std::uint32_t));
  out.Raw(entries.data(), entries.size() * sizeof(std::uint32_t));
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

void Perceptron::Save(PayloadWriter& out, float prune, bool quantise) const {
  std::vector<std::pair<std::uint64_t, Row>> rows;
  for (std::size_t slot = 0; slot <= mask_; ++slot) {
    if (keys_[slot] == 0) continue;
    const std::uint32_t* e = entries_ + begins_[slot];
    const std::uint32_t count = *e++;
    Row r;
    for (std::uint32_t k = 0; k < count; ++k) {
      if (scale_ > 0) {
        r.emplace_back(e[k] >> 16U,
                       static_cast<float>(static_cast<std::int16_t>(e[k] & 0xFFFFU)) * scale_);
      } else {
        float w = 0;
        std::memcpy(&w, &e[2 * k + 1], sizeof w);
        r.emplace_back(e[2 * k], w);
      }
    }
    rows.emplace_back(keys_[slot], std::move(r));
  }
  std::sort(rows.begin(), rows.end());
  WriteTable(out, num_classes_, rows, prune, quantise);
}

Perceptron::Perceptron(PayloadReader& in) {
  num_classes_ = in.U32();
  num_features_ = in.U32();
  const std::uint64_t cap = in.U64();
  scale_ = in.F32();
  num_entries_ = static_cast<std::size_t>(in.U64());
  if (cap == 0 || (cap & (cap - 1)) != 0 || num_classes_ == 0 || num_classes_ > 0xFFFF ||
      num_features_ >= cap) {
    throw Error(ErrorCode::kCorruption, in.name() + ": inconsistent perceptron table");
  }
  mask_ = cap - 1;
  in.Align(8);
  keys_ = in.Array<std::uint64_t>(static_cast<std::size_t>(cap));
  begins_ = in.Array<std::uint32_t>(static_cast<std::size_t>(cap));
  entries_ = in.Array<std::uint32_t>(num_entries_);
  for (std::size_t i = 0; i < cap; ++i) {
    if (keys_[i] == 0) continue;
    const std::size_t b = begins_[i];
    const std::size_t width = scale_ > 0 ? 1 : 2;
    if (b >= num_entries_ || entries_[b] * width > num_entries_ - b - 1) {
      throw Error(ErrorCode::kCorruption, in.name() + ": inconsistent perceptron table");
    }
    for (std::size_t k = 0; k < entries_[b]; ++k) {
      const std::uint32_t cls = width == 1 ? entries_[b + 1 + k] >> 16U : entries_[b + 1 + 2 * k];
      if (cls >= num_classes_) {
        throw Error(ErrorCode::kCorruption, in.name() + ": inconsistent perceptron table");
      }
    }
  }
}

void Perceptron::Score(std::span<const std::uint64_t> features, std::span<float> scores) const {
  std::fill(scores.begin(), scores.end(), 0.0F);
  // The table is larger than the caches and each feature lands at random: ask for every first
  // probe's line before reading any, so the misses overlap instead of queueing.
  for (const std::uint64_t f : features) __builtin_prefetch(keys_ + (f & mask_));
  for (const std::uint64_t f : features) {
    std::size_t slot = f & mask_;
    while (keys_[slot] != f) {
      if (keys_[slot] == 0) break;
      slot = (slot + 1) & mask_;
    }
    if (keys_[slot] == 0) continue;
    const std::uint32_t* e = entries_ + begins_[slot];
    const std::uint32_t count = *e++;
    if (scale_ > 0) {
      for (std::uint32_t k = 0; k < count; ++k) {
        scores[e[k] >> 16U] += static_cast<float>(static_cast<std::int16_t>(e[k] & 0xFFFFU));
      }
    } else {
      for (std::uint32_t k = 0; k < count; ++k) {
        float w = 0;
        std::memcpy(&w, &e[2 * k + 1], sizeof w);
        scores[e[2 * k]] += w;
      }
    }
  }
  if (scale_ > 0) {
    for (float& s : scores) s *= scale_;
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
