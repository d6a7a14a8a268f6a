#include "extract/clauses/unmarked_appositions.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    if (s.At(n).deprel != "nmod" || s.Child(n, "case") >= 0) continue;
    if (s.At(n).upos != "PROPN" && s.At(n).upos != "NOUN") continue;
    const int head = s.Head(n);
    const int first = s.Leftmost(n);  // the comma before it may be its own punct
    if (head < 0 || head >= first) continue;
    const bool comma = s.At(first).form == "," || (first > 0 && s.At(first - 1).form == ",");
    if (!comma) continue;
    s.Attach(n, head, "appos");
  }
  // "U.S. Rep. Newt Gingrich, a Georgia Republican, has met ..." parsed with "Republican" a
  // conjunct of the name, so the description met the groups too: a conjunct with no coordinator,
  // its head's only one, set off by commas on both sides and opened by "a" or "an", describes its
  // head. A list's middle items ("X, a Y and a Z") share their head with a later conjunct.
  // Counted once per sentence: each word's conjuncts, and whether it has a coordinator or an
  // "a"/"an" of its own (a long list must not cost a walk per member).
  std::vector<int> conjuncts(static_cast<std::size_t>(s.size()), 0);
  std::vector<bool> coordinated(static_cast<std::size_t>(s.size()), false);
  std::vector<bool> indefinite(static_cast<std::size_t>(s.size()), false);
  for (int c = 0; c < s.size(); ++c) {
    const int h = s.Head(c);
    if (h < 0) continue;
    const auto at = static_cast<std::size_t>(h);
    if (BaseRel(s.At(c)) == "conj") ++conjuncts[at];
    if (BaseRel(s.At(c)) == "cc") coordinated[at] = true;
    if (BaseRel(s.At(c)) == "det" &&
        FormIsOneOf(s.At(c), std::array<std::string_view, 2>{"a", "an"}))
      indefinite[at] = true;
  }
  for (int n = 1; n < s.size(); ++n) {
    const int head = s.Head(n);
    const auto at = static_cast<std::size_t>(n);
    if (BaseRel(s.At(n)) != "conj" || head < 0 || head >= n || !IsNominal(s.At(n)) ||
        coordinated[at] || !indefinite[at] || !IsNominal(s.At(head)) ||
        conjuncts[static_cast<std::size_t>(head)] != 1)
      continue;
    const int first = s.Leftmost(n);
    int open = first;  // the comma before the phrase, which the parse may have hung on it
    if (s.At(open).form != ",") --open;
    const int determiner = open + 1;
    int close = s.Rightmost(n);
    if (s.At(close).form != ",") ++close;
    if (open < 1 || s.At(open).form != "," || close >= s.size() || s.At(close).form != "," ||
        s.Head(determiner) != n ||
        !FormIsOneOf(s.At(determiner), std::array<std::string_view, 2>{"a", "an"}))
      continue;
    s.Attach(n, head, "appos");
  }
}

}  // namespace

void RepairUnmarkedAppositions(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
