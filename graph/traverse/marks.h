#pragma once

// Scratch for searches: which vertices a search has seen and at what distance, reset in O(1) by
// moving to the next epoch instead of clearing. One per thread and role, so that concurrent
// reads of one GraphView never share it.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kg::traverse {

class Marks {
 public:
  // Forgets every mark; n is the graph's vertex count.
  void Begin(std::size_t n) {
    if (stamp_.size() < n) {
      stamp_.assign(n, 0);
      distance_.resize(n);
      epoch_ = 0;
    }
    if (++epoch_ == 0) {  // wrapped: old stamps could pass for new ones
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
  }
  [[nodiscard]] bool Seen(std::uint32_t v) const { return stamp_[v] == epoch_; }
  [[nodiscard]] int Distance(std::uint32_t v) const { return distance_[v]; }
  void Mark(std::uint32_t v, int distance) {
    stamp_[v] = epoch_;
    distance_[v] = distance;
  }

 private:
  std::vector<std::uint32_t> stamp_;
  std::vector<int> distance_;
  std::uint32_t epoch_ = 0;
};

}  // namespace kg::traverse
