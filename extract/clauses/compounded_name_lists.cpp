#include "extract/clauses/compounded_name_lists.h"

#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool Begins(const nlp::Token& t) { return t.entity.starts_with("B-"); }
bool InName(const nlp::Token& t) { return t.entity != "O" && !t.entity.empty(); }

void Repair(nlp::AnalyzedSentence& s) {
  const TokenTree tree(s.tokens);
  for (int first = 0; first < tree.size(); ++first) {
    const nlp::Token& f = tree.At(first);
    const std::string_view rel = BaseRel(f);
    if (f.upos != "PROPN" || (rel != "compound" && rel != "flat") || !InName(f)) continue;
    const int head = tree.Head(first);
    if (head <= first + 2 || tree.At(head).upos != "PROPN" || !InName(tree.At(head))) continue;
    // The first name ends at `first`; the conj begins the second name before the head.
    if (first + 1 < tree.size() && InName(tree.At(first + 1)) && !Begins(tree.At(first + 1)))
      continue;
    const int conj = tree.Child(first, "conj");
    if (conj <= first + 1 || conj > head || !Begins(tree.At(conj)) || tree.At(conj).upos != "PROPN")
      continue;
    const int cc = tree.Child(conj, "cc");
    if (cc < 0 || cc <= first || cc >= conj) continue;
    for (int c = 0; c < first; ++c)
      if (tree.Head(c) == head && !tree.Dominates(first, c))
        tree.Attach(c, first, tree.At(c).deprel);
    tree.Attach(first, tree.Head(head), tree.At(head).deprel);
    tree.Attach(head, first, "conj");
    tree.Attach(cc, head, "cc");
    if (conj != head) tree.Attach(conj, head, "compound");
  }
}

}  // namespace

void RepairCompoundedNameLists(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s);
}

}  // namespace kg::extract
