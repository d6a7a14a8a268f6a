#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/words.h"

namespace kg::extract {

// The UD relation without its subtype: "nsubj" of "nsubj:pass".
[[nodiscard]] inline std::string_view BaseRel(const nlp::Token& t) {
  const std::string_view rel = t.deprel;
  return rel.substr(0, rel.find(':'));
}

[[nodiscard]] inline bool IsNominal(const nlp::Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN";
}

// A number, or a word the recogniser tagged as part of an amount (MONEY, QUANTITY, PERCENT).
[[nodiscard]] inline bool IsAmountToken(const nlp::Token& t) {
  return t.upos == "NUM" || t.entity.ends_with("-MONEY") || t.entity.ends_with("-QUANTITY") ||
         t.entity.ends_with("-PERCENT");
}

// Whether a Penn tag marks a finite verb or a modal: VBD, VBZ, VBP, MD.
[[nodiscard]] inline bool IsFiniteTag(std::string_view xpos) {
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

// Whether the token's form, lower-cased, is one of `words` (lower case).
template <std::size_t N>
[[nodiscard]] bool FormIsOneOf(const nlp::Token& t, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), nlp::Lower(t.form)) != words.end();
}

// A sentence's tokens seen as the tree the parse repairs edit in place, by 0-based token index
// (the tokens' `head` fields stay CoNLL-U's 1-based ids, 0 the root). Every walk up the tree is
// bounded by the sentence's length, so a repair that left a loop cannot hang it.
class TokenTree {
 public:
  explicit TokenTree(std::vector<nlp::Token>& tokens) : tokens_(tokens) {}

  [[nodiscard]] int size() const { return static_cast<int>(tokens_.size()); }
  // 0-based index of the head, -1 for the root or a head out of range.
  [[nodiscard]] int Head(int i) const {
    const int h = At(i).head - 1;
    return h >= 0 && h < size() ? h : -1;
  }
  [[nodiscard]] nlp::Token& At(int i) const { return tokens_[static_cast<std::size_t>(i)]; }
  // Hangs token i on token `head` (0-based) with relation rel.
  void Attach(int i, int head, std::string_view rel) const {
    At(i).head = head + 1;
    At(i).deprel = rel;
  }

  // The first child of i with base relation rel, or -1.
  [[nodiscard]] int Child(int i, std::string_view rel) const {
    for (int c = 0; c < size(); ++c)
      if (Head(c) == i && BaseRel(At(c)) == rel) return c;
    return -1;
  }
  [[nodiscard]] bool HasChild(int i, std::string_view rel) const { return Child(i, rel) >= 0; }
  // Whether i has a child with exactly relation `deprel`, subtype included ("aux:pass").
  [[nodiscard]] bool HasChildRel(int i, std::string_view deprel) const {
    for (int c = 0; c < size(); ++c)
      if (Head(c) == i && At(c).deprel == deprel) return true;
    return false;
  }
  // Token `word` takes the place of token `head` in the tree (its head and relation, the root's
  // too); head's other dependents hang on word with their relations, and head hangs on word with
  // relation `rel`: "5.45 billion dlrs" taking the place of the "record" it hung on. The caller
  // checks that word lies in head's subtree and that the result is a tree.
  void TakePlace(int word, int head, std::string_view rel) const {
    At(word).head = At(head).head;
    At(word).deprel = At(head).deprel;
    for (int c = 0; c < size(); ++c)
      if (Head(c) == head && c != word) Attach(c, word, At(c).deprel);
    Attach(head, word, rel);
  }
  [[nodiscard]] bool Dominates(int ancestor, int t) const {
    for (int steps = 0; t >= 0 && steps <= size(); ++steps, t = Head(t))
      if (t == ancestor) return true;
    return false;
  }
  // The one token of [first, last] whose head lies outside it (or that is the root): the span's
  // head; -1 when there are none or several.
  [[nodiscard]] int SpanHead(int first, int last) const {
    int top = -1;
    for (int t = first; t <= last; ++t) {
      const int h = Head(t);
      if (h >= first && h <= last) continue;
      if (top >= 0) return -1;
      top = t;
    }
    return top;
  }
  // The leftmost and rightmost tokens of i's subtree.
  [[nodiscard]] int Leftmost(int i) const {
    for (int t = 0; t < i; ++t)
      if (Dominates(i, t)) return t;
    return i;
  }
  [[nodiscard]] int Rightmost(int i) const {
    for (int t = size() - 1; t > i; --t)
      if (Dominates(i, t)) return t;
    return i;
  }

 private:
  std::vector<nlp::Token>& tokens_;
};

// Whether token t has a subject of its own: an nsubj, a csubj or an expletive.
[[nodiscard]] inline bool HasSubject(const TokenTree& s, int t) {
  return s.HasChild(t, "nsubj") || s.HasChild(t, "csubj") || s.HasChild(t, "expl");
}

}  // namespace kg::extract
