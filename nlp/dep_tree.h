#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// True when the token's UD relation (deprel, with its subtype) is `rel` or a subtype of it:
// IsRel(t, "nsubj") holds for "nsubj" and "nsubj:pass", not for "nsubjx" or "obj". For code that
// edits tokens and cannot hold a DepTree over them (DepTree::IsRel is the same test).
[[nodiscard]] bool IsRel(const Token& token, std::string_view rel);

// True when every token reaches the root by its heads (1-based, 0 the root): no loop and no head
// out of range. For code that edits heads and must not leave a loop behind.
[[nodiscard]] bool FormsTree(const std::vector<Token>& tokens);

// A read-only view of one UD tree (https://universaldependencies.org/u/dep/) for the clause
// builder: children by relation, lemmas in lower case, phrase text. Token indices are 0-based
// positions in sentence.tokens (CoNLL-U ids minus one); kNone stands for "no token" (the root's
// head). Holds a reference: the sentence must outlive the view. Thread-compatible.
class DepTree {
 public:
  static constexpr int kNone = -1;

  // REQUIRES: every head is 0 (root) or a 1-based index of a token of the sentence; a head out of
  // range is read as the root so that a damaged tree cannot crash the rules.
  explicit DepTree(const AnalyzedSentence& sentence);

  [[nodiscard]] int size() const { return static_cast<int>(sentence_.tokens.size()); }
  [[nodiscard]] const Token& token(int i) const {
    return sentence_.tokens[static_cast<std::size_t>(i)];
  }
  // Every token, in sentence order (for the functions that read a token sequence).
  [[nodiscard]] const std::vector<Token>& tokens() const { return sentence_.tokens; }
  [[nodiscard]] int Head(int i) const { return heads_[static_cast<std::size_t>(i)]; }
  [[nodiscard]] const std::vector<int>& Children(int i) const {
    return children_[static_cast<std::size_t>(i)];
  }

  // The relation with its subtype ("obl:tmod") and without it ("obl").
  [[nodiscard]] const std::string& Rel(int i) const { return token(i).deprel; }
  [[nodiscard]] std::string_view BaseRel(int i) const;
  // True when the relation is `rel` or a subtype of it: IsRel(i, "nsubj") holds for nsubj:pass.
  [[nodiscard]] bool IsRel(int i, std::string_view rel) const;

  // The lemma in lower case; the lower-cased form when the lemma is unknown ("" or "_").
  [[nodiscard]] std::string Lemma(int i) const;
  [[nodiscard]] std::string Lower(int i) const;
  [[nodiscard]] const std::string& Upos(int i) const { return token(i).upos; }

  // The first child of i whose relation is rel or one of its subtypes, in sentence order.
  [[nodiscard]] std::optional<int> Child(int i, std::string_view rel) const;
  // Every such child, in sentence order.
  [[nodiscard]] std::vector<int> ChildrenWith(int i, std::string_view rel) const;
  // True when a child of i with relation rel has one of the lemmas (lower case).
  [[nodiscard]] bool HasChildLemma(int i, std::string_view rel,
                                   std::initializer_list<std::string_view> lemmas) const;

  // Every token of the subtree of i, i included, in sentence order, leaving out the subtrees of
  // children whose base relation is in `cut`.
  [[nodiscard]] std::vector<int> Subtree(int i,
                                         std::initializer_list<std::string_view> cut = {}) const;
  // The same, following only the children for which follow(child) is true.
  [[nodiscard]] std::vector<int> Subtree(int i, const std::function<bool(int)>& follow) const;

  // The words of the tokens (ascending), joined as the text wrote them: a space between two
  // tokens unless the first ends where the second starts ("$825", "Vantora's").
  [[nodiscard]] std::string Text(const std::vector<int>& tokens) const;

  // The named-entity mention (from the BIO tags) that token i is in, as [first, last] token
  // indices, and its type ("ORGANIZATION"); empty when i is tagged O.
  struct Mention {
    int first = 0;
    int last = 0;
    std::string type;
  };
  [[nodiscard]] std::optional<Mention> MentionOf(int i) const;

 private:
  const AnalyzedSentence& sentence_;
  std::vector<int> heads_;
  std::vector<std::vector<int>> children_;
};

}  // namespace kg::nlp
