#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::nlp {

// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011) with the root
// at the end of the buffer (Ballesteros and Nivre 2013), so every parse is one tree with one root:
//   SHIFT  moves the buffer's front b0 onto the stack;
//   LEFT   makes b0 the head of the stack's top s0 and pops s0;
//   RIGHT  makes the stack's second item s1 the head of s0 and pops s0.
// When the buffer is empty and one word is left on the stack, that word is the root.
// Words are 0-based; a head of -1 means the root.
enum class Move : std::uint8_t { kShift, kLeft, kRight };

class ParserState {
 public:
  explicit ParserState(std::size_t num_words);

  [[nodiscard]] bool CanShift() const { return buffer_ < n_; }
  [[nodiscard]] bool CanLeft() const { return !stack_.empty() && buffer_ < n_; }
  [[nodiscard]] bool CanRight() const { return stack_.size() >= 2; }
  [[nodiscard]] bool Terminal() const { return buffer_ >= n_ && stack_.size() <= 1; }
  // Applies a legal move; `label` is the relation of the new arc (ignored for SHIFT).
  // REQUIRES: the move is legal. At the end, Finish() makes the last word the root.
  void Apply(Move move, int label);
  void Finish(int root_label);

  // The stack's i-th item from the top (0 = s0), or -1.
  [[nodiscard]] int Stack(std::size_t i) const {
    return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1;
  }
  // The buffer's i-th item (0 = b0), or -1.
  [[nodiscard]] int Buffer(std::size_t i) const {
    return buffer_ + i < n_ ? static_cast<int>(buffer_ + i) : -1;
  }
  [[nodiscard]] std::size_t num_words() const { return n_; }
  [[nodiscard]] std::size_t stack_size() const { return stack_.size(); }
  [[nodiscard]] const std::vector<int>& heads() const { return heads_; }
  [[nodiscard]] const std::vector<int>& labels() const { return labels_; }
  // Leftmost, second leftmost, rightmost and second rightmost dependents of w (-1 if none).
  [[nodiscard]] int Left1(int w) const { return w < 0 ? -1 : left1_[static_cast<std::size_t>(w)]; }
  [[nodiscard]] int Left2(int w) const { return w < 0 ? -1 : left2_[static_cast<std::size_t>(w)]; }
  [[nodiscard]] int Right1(int w) const {
    return w < 0 ? -1 : right1_[static_cast<std::size_t>(w)];
  }
  [[nodiscard]] int Right2(int w) const {
    return w < 0 ? -1 : right2_[static_cast<std::size_t>(w)];
  }
  [[nodiscard]] int LeftCount(int w) const {
    return w < 0 ? 0 : left_count_[static_cast<std::size_t>(w)];
  }
  [[nodiscard]] int RightCount(int w) const {
    return w < 0 ? 0 : right_count_[static_cast<std::size_t>(w)];
  }
  // Bit (label % 64) set for each label among w's left (right) dependents.
  [[nodiscard]] std::uint64_t LeftLabels(int w) const {
    return w < 0 ? 0 : left_set_[static_cast<std::size_t>(w)];
  }
  [[nodiscard]] std::uint64_t RightLabels(int w) const {
    return w < 0 ? 0 : right_set_[static_cast<std::size_t>(w)];
  }

 private:
  void Attach(int dependent, int head, int label);

  std::size_t n_;
  std::size_t buffer_ = 0;
  std::vector<int> stack_;
  std::vector<int> heads_, labels_;
  std::vector<int> left1_, left2_, right1_, right2_, left_count_, right_count_;
  std::vector<std::uint64_t> left_set_, right_set_;
};

// The number of gold arcs a move makes unreachable: the dynamic oracle of Goldberg and Nivre
// (2013, "Training deterministic parsers with non-deterministic oracles") for arc-hybrid, exact
// for projective gold trees. gold_heads: 0-based, -1 for the root. A labelled move also costs 1
// when it builds a gold arc with a wrong label. REQUIRES: the move is legal.
[[nodiscard]] int MoveCost(const ParserState& state, Move move, const std::vector<int>& gold_heads);

// True when no two arcs of the tree cross (heads 0-based, -1 for the root).
[[nodiscard]] bool IsProjective(const std::vector<int>& heads);

}  // namespace kg::nlp
