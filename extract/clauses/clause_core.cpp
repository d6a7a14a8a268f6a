#include "extract/clauses/clause_core.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace kg::extract {
namespace {

bool IsNegator(const nlp::DepTree& tree, int t) {
  const std::string lemma = tree.Lemma(t);
  return lemma == "not" || lemma == "never" || lemma == "n't";
}

// The relations of a clause's core, beside the predicate.
bool IsCoreRel(const nlp::DepTree& tree, int t) {
  static constexpr std::array<std::string_view, 10> kCore{
      "nsubj", "obj", "iobj", "aux", "cop", "expl", "xcomp", "ccomp", "compound", "csubj"};
  const std::string_view rel = tree.BaseRel(t);
  if (rel == "advmod") return IsNegator(tree, t);
  if (rel == "mark") return tree.Lemma(t) == "to";  // "to" of an infinitive, not "that"
  return std::find(kCore.begin(), kCore.end(), rel) != kCore.end();
}

// An argument's words without what modifies it from outside its noun phrase.
bool IsArgumentRel(const nlp::DepTree& tree, int t) {
  static constexpr std::array<std::string_view, 10> kCut{
      "acl", "appos", "nmod", "punct", "advcl", "parataxis", "ccomp", "dep", "obl", "conj"};
  return std::find(kCut.begin(), kCut.end(), tree.BaseRel(t)) == kCut.end();
}

void AddCore(const nlp::DepTree& tree, int head, int without, std::vector<int>& out) {
  out.push_back(head);
  for (const int c : tree.Children(head)) {
    if (c == without || !IsCoreRel(tree, c)) continue;
    const std::string_view rel = tree.BaseRel(c);
    if (rel == "xcomp" || rel == "ccomp" || rel == "csubj") {
      AddCore(tree, c, without, out);
      continue;
    }
    for (const int t :
         tree.Subtree(c, [&](int d) { return d != without && IsArgumentRel(tree, d); }))
      out.push_back(t);
  }
}

}  // namespace

std::string ClauseCore(const nlp::DepTree& tree, int head, int without) {
  if (head < 0 || head >= tree.size()) return {};
  std::vector<int> tokens;
  AddCore(tree, head, without, tokens);
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  std::erase_if(tokens, [&](int t) { return tree.Upos(t) == "PUNCT"; });
  return tokens.empty() ? std::string() : tree.Text(tokens);
}

}  // namespace kg::extract
