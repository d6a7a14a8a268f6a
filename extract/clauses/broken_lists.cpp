#include "extract/clauses/broken_lists.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

// The tree of one sentence, with the list test the repair needs.
class Sentence : public TokenTree {
 public:
  using TokenTree::TokenTree;

  // A list closes with a coordinator on the member or on one of its conjuncts.
  [[nodiscard]] bool ClosesWithCoordinator(int member) const {
    if (HasChild(member, "cc")) return true;
    for (int c = 0; c < size(); ++c)
      if (Head(c) == member && BaseRel(At(c)) == "conj" && HasChild(c, "cc")) return true;
    return false;
  }
};

void Repair(std::vector<nlp::Token>& tokens) {
  Sentence s(tokens);
  // Right to left: a last member hung on the verb joins the member before it first, so that
  // member's list then closes with the coordinator.
  for (int member = s.size() - 1; member >= 0; --member) {
    nlp::Token& m = s.At(member);
    const std::string_view rel = BaseRel(m);
    const int verb = s.Head(member);
    if (!IsNominal(m) || verb < 0 || verb > member || s.At(verb).upos != "VERB" ||
        (rel != "parataxis" && rel != "conj" && rel != "appos" && rel != "obl" && rel != "obj" &&
         rel != "dep"))
      continue;
    if (s.HasChild(member, "nsubj") || s.HasChild(member, "cop") || s.HasChild(member, "case") ||
        !s.ClosesWithCoordinator(member))
      continue;
    const int left = s.Leftmost(member);
    if (left == 0 || s.At(left).upos != "PUNCT" || s.At(left).form != ",") continue;
    // The earlier member: the noun whose phrase ends before the comma (a flat or compound part
    // stands for its head), then the first conjunct of its list.
    int earlier = left - 1;
    while (earlier >= 0 &&
           (BaseRel(s.At(earlier)) == "flat" || BaseRel(s.At(earlier)) == "compound"))
      earlier = s.Head(earlier);
    if (earlier < 0 || earlier == verb || s.At(earlier).upos != m.upos ||
        s.Dominates(member, earlier))
      continue;
    while (BaseRel(s.At(earlier)) == "conj" && s.Head(earlier) >= 0 &&
           IsNominal(s.At(s.Head(earlier))))
      earlier = s.Head(earlier);
    const int first_id = earlier + 1;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == member && BaseRel(s.At(c)) == "conj") s.At(c).head = first_id;
    m.head = first_id;
    m.deprel = "conj";
  }
}

// "Spain, the Netherlands, Austria, and the United States" parsed as a chain (Austria a conj of
// Netherlands, a conj of Spain): UD hangs every conjunct on the first, and the rules read a list
// from there. A nominal conj of a nominal conj moves to the first member of the chain.
void FlattenChains(std::vector<nlp::Token>& tokens) {
  Sentence s(tokens);
  for (int t = 0; t < s.size(); ++t) {
    if (BaseRel(s.At(t)) != "conj" || !IsNominal(s.At(t))) continue;
    int first = s.Head(t);
    for (int steps = 0;
         first >= 0 && steps < s.size() && BaseRel(s.At(first)) == "conj" &&
         IsNominal(s.At(first)) && s.Head(first) >= 0 && IsNominal(s.At(s.Head(first)));
         ++steps)
      first = s.Head(first);
    if (first >= 0 && first != s.Head(t) && IsNominal(s.At(first))) s.At(t).head = first + 1;
  }
}

}  // namespace

void RepairBrokenLists(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    FlattenChains(s.tokens);
  }
}

}  // namespace kg::extract
