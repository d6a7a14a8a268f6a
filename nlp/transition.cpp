#include "nlp/transition.h"

#include <algorithm>

namespace kg::nlp {

ParserState::ParserState(std::size_t num_words)
    : n_(num_words),
      heads_(num_words, -1),
      labels_(num_words, -1),
      left1_(num_words, -1),
      left2_(num_words, -1),
      right1_(num_words, -1),
      right2_(num_words, -1),
      left_count_(num_words, 0),
      right_count_(num_words, 0),
      left_set_(num_words, 0),
      right_set_(num_words, 0) {
  stack_.reserve(num_words);
}

void ParserState::Attach(int dependent, int head, int label) {
  const auto d = static_cast<std::size_t>(dependent);
  const auto h = static_cast<std::size_t>(head);
  heads_[d] = head;
  labels_[d] = label;
  const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) % 64U);
  if (dependent < head) {
    if (left1_[h] < 0 || dependent < left1_[h]) {
      left2_[h] = left1_[h];
      left1_[h] = dependent;
    } else if (left2_[h] < 0 || dependent < left2_[h]) {
      left2_[h] = dependent;
    }
    ++left_count_[h];
    left_set_[h] |= bit;
  } else {
    if (dependent > right1_[h]) {
      right2_[h] = right1_[h];
      right1_[h] = dependent;
    } else if (dependent > right2_[h]) {
      right2_[h] = dependent;
    }
    ++right_count_[h];
    right_set_[h] |= bit;
  }
}

void ParserState::Apply(Move move, int label) {
  switch (move) {
    case Move::kShift:
      stack_.push_back(static_cast<int>(buffer_++));
      return;
    case Move::kLeft:
      Attach(stack_.back(), static_cast<int>(buffer_), label);
      stack_.pop_back();
      return;
    case Move::kRight:
      Attach(stack_.back(), stack_[stack_.size() - 2], label);
      stack_.pop_back();
      return;
  }
}

void ParserState::Finish(int root_label) {
  if (stack_.size() == 1) {
    labels_[static_cast<std::size_t>(stack_.back())] = root_label;
    stack_.clear();
  }
}

int MoveCost(const ParserState& state, Move move, const std::vector<int>& gold) {
  const int s0 = state.Stack(0);
  const int s1 = state.Stack(1);
  const int b0 = state.Buffer(0);
  const int n = static_cast<int>(state.num_words());
  const auto in_buffer = [&](int w) {
    return w == -1 || (b0 >= 0 && w >= b0);
  };  // root: end of buffer
  const auto g = [&](int w) { return gold[static_cast<std::size_t>(w)]; };
  int cost = 0;
  if (move == Move::kShift) {
    for (std::size_t i = 0; i < state.stack_size(); ++i) {
      const int s = state.Stack(i);
      if (g(s) == b0) ++cost;
      if (s != s0 && g(b0) == s) ++cost;
    }
    return cost;
  }
  // LEFT and RIGHT pop s0: its dependents still in the buffer can no longer attach to it.
  for (int d = std::max(b0, 0); b0 >= 0 && d < n; ++d) {
    if (g(d) == s0) ++cost;
  }
  if (move == Move::kLeft) {
    const int h = g(s0);
    if (h != b0 && (h == s1 || (h != b0 && in_buffer(h)))) ++cost;
  } else {
    const int h = g(s0);
    if (h != s1 && in_buffer(h)) ++cost;
  }
  return cost;
}

bool IsProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int d = 0; d < n; ++d) {
    const int h = heads[static_cast<std::size_t>(d)];
    if (h < 0) continue;
    const int lo = std::min(d, h);
    const int hi = std::max(d, h);
    for (int k = lo + 1; k < hi; ++k) {
      // Every word strictly between must descend from h.
      int a = k;
      int steps = 0;
      while (a >= 0 && a != h && steps++ <= n) a = heads[static_cast<std::size_t>(a)];
      if (a != h) return false;
    }
  }
  return true;
}

}  // namespace kg::nlp
