#include "extract/clauses/unmarked_appositions.h"

#include <array>
#include <string_view>

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
  for (int n = 1; n < s.size(); ++n) {
    const int head = s.Head(n);
    if (BaseRel(s.At(n)) != "conj" || head < 0 || head >= n || !IsNominal(s.At(n)) ||
        s.HasChild(n, "cc") || !IsNominal(s.At(head)))
      continue;
    int conjuncts = 0;
    for (int c = 0; c < s.size(); ++c) conjuncts += s.Head(c) == head && BaseRel(s.At(c)) == "conj";
    const int first = s.Leftmost(n);
    int open = first;  // the comma before the phrase, which the parse may have hung on it
    if (s.At(open).form != ",") --open;
    const int determiner = open + 1;
    int close = s.Rightmost(n);
    if (s.At(close).form != ",") ++close;
    if (conjuncts != 1 || open < 1 || s.At(open).form != "," || close >= s.size() ||
        s.At(close).form != "," || s.Head(determiner) != n ||
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
