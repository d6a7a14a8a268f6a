#pragma once

// Scratch for searches: which vertices a search has seen and at what distance, reset in O(1) by
// moving to the next epoch instead of clearing. One per thread and role, so that concurrent
// reads of one GraphView never share it.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>

namespace kg::traverse {

// n values of T (an implicit-lifetime type: a scalar or an aggregate of them) in memory from
// calloc: a large array comes zeroed from fresh pages the kernel maps only when first touched,
// so that a search visiting a few thousand of a million vertices pays for the pages it uses,
// not for clearing them all (a std::vector of n writes every byte).
template <typename T>
class ScratchArray {
 public:
  // Makes room for n values, all bytes zero; keeps the values when it holds n already.
  void Reserve(std::size_t n) {
    if (n <= size_) return;
    void* p = std::calloc(n, sizeof(T));
    if (p == nullptr) throw std::bad_alloc();
    data_.reset(static_cast<T*>(p));
    size_ = n;
  }
  [[nodiscard]] std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return data_.get()[i]; }
  const T& operator[](std::size_t i) const { return data_.get()[i]; }

 private:
  struct Free {
    void operator()(T* p) const { std::free(p); }
  };
  std::unique_ptr<T, Free> data_;
  std::size_t size_ = 0;
};

class Marks {
 public:
  // Forgets every mark; n is the graph's vertex count.
  void Begin(std::size_t n) {
    if (stamp_.size() < n) {
      stamp_.Reserve(n);  // zero: no vertex seen
      distance_.Reserve(n);
      epoch_ = 0;
    }
    if (++epoch_ == 0) {  // wrapped: old stamps could pass for new ones
      for (std::size_t v = 0; v < stamp_.size(); ++v) stamp_[v] = 0;
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
  ScratchArray<std::uint32_t> stamp_;
  ScratchArray<int> distance_;
  std::uint32_t epoch_ = 0;
};

}  // namespace kg::traverse
