#include "extract/clauses/amount_changes.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 2> kChangeMarkers = {"to", "from"};

// True when every dependent of the amount is part of the amount itself ("$", "23.5", "million",
// and before it "the current", "about"): an amount carrying its own date or comment ("56.97
// billion in 1985", "18.6 pct, effective with ...") is left as parsed.
bool IsBareAmount(const TokenTree& s, int amount) {
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != amount) continue;
    const std::string_view rel = BaseRel(s.At(c));
    const bool inside = rel == "nummod" || rel == "compound" || rel == "flat";
    const bool before = rel == "case" || rel == "det" || rel == "advmod" || rel == "amod";
    if (!inside && !(before && c < amount)) return false;
  }
  return true;
}

// "expected to total between 10 and 10.2 mln tonnes" parsed with "10" an oblique of the verb
// (with "between" and the conjunct "10.2") and "mln tonnes" its object: the node was "mln
// tonnes". The first number goes to the unit as its nummod, so the range is the object's
// ("between 10 and 10.2 mln tonnes", as "between 39 mln and 43 mln dlrs" is parsed).
void RepairSplitRange(const TokenTree& s) {
  for (int first = 0; first < s.size(); ++first) {
    const int verb = s.Head(first);
    if (verb < 0 || s.At(first).upos != "NUM" || BaseRel(s.At(first)) != "obl") continue;
    const int marker = s.Child(first, "case");
    const int second = s.Child(first, "conj");
    if (marker < 0 || nlp::Lower(s.At(marker).form) != "between" || second < first ||
        s.At(second).upos != "NUM" || s.Child(second, "cc") < 0)
      continue;
    const int unit = s.Child(verb, "obj");
    if (unit < 0 || unit < second || !IsAmountToken(s.At(unit)) ||
        s.Leftmost(unit) != s.Rightmost(second) + 1)
      continue;
    s.Attach(first, unit, "nummod");
  }
}

// "sales were off 1.3 pct" parsed with "off" hung on the number: the adverb of change is the
// amount's, where clause.cpp's copula reads a change ("were off" 1.3 pct; the node "off 1.3 pct"
// was judged junk, sheet 1189).
void RepairNumberChangeAdverbs(const TokenTree& s) {
  for (int a = 0; a + 1 < s.size(); ++a) {
    const int number = s.Head(a);
    if (number != a + 1 || BaseRel(s.At(a)) != "advmod" || s.At(number).upos != "NUM" ||
        BaseRel(s.At(number)) != "nummod" || !nlp::IsChangeAdverb(nlp::Lower(s.At(a).form)))
      continue;
    const int amount = s.Head(number);
    if (amount > number && s.HasChild(amount, "cop")) s.Attach(a, amount, "advmod");
  }
}

// "Spending was 10.2 billion dlrs, or 2.7 pct, above the year-earlier level" parsed with the
// comparison hung on the restated amount ("2.7 pct"): the first amount, with no comparison of
// its own, is what is measured against it (the triple read "Spending -was-> 10.2 billion dlrs",
// judged wrong). A comparison (nmod or obl with above, below, over, under or than) after an amount
// that is the "or" conjunct of a copula's earlier amount moves to that amount (as its nmod).
void RepairRestatedComparisons(const TokenTree& s) {
  for (int restated = 2; restated < s.size(); ++restated) {
    const int first = s.Head(restated);
    // Only a copula's amount: "priced to yield 9.56 pct, or 107 basis points over Treasuries"
    // restates a level as a spread, which is the second amount's own.
    if (BaseRel(s.At(restated)) != "conj" || first < 0 || first > restated ||
        !s.HasChild(first, "nummod") || !s.HasChild(restated, "nummod") ||
        !s.HasChild(first, "cop"))
      continue;
    const int cc = s.Child(restated, "cc");
    if (cc < 0 || nlp::Lower(s.At(cc).form) != "or") continue;
    bool compared = false;
    for (int c = first + 1; c < restated; ++c)
      compared = compared || (s.Head(c) == first && BaseRel(s.At(c)) == "nmod");
    if (compared) continue;
    for (int n = restated + 1; n < s.size(); ++n) {
      if (s.Head(n) != restated || (BaseRel(s.At(n)) != "nmod" && BaseRel(s.At(n)) != "obl"))
        continue;
      bool comparison = false;
      for (int k = restated + 1; k < n; ++k)
        comparison = comparison ||
                     (s.Head(k) == n && BaseRel(s.At(k)) == "case" &&
                      (nlp::Lower(s.At(k).form) == "above" || nlp::Lower(s.At(k).form) == "below" ||
                       nlp::Lower(s.At(k).form) == "over" || nlp::Lower(s.At(k).form) == "under" ||
                       nlp::Lower(s.At(k).form) == "than"));
      if (comparison) s.Attach(n, first, "nmod");
    }
  }
}

// "rose to a record 19 mln tonnes, up 4.2 pct on the same year-ago period" parsed with the
// change an apposition of the level: the graph read "rose to 4.2 pct" (judged wrong). An amount
// opened by an adverb of change (up, down, off, higher, lower), hung as an apposition (or a
// conjunct without a coordinator) on an amount that is a verb's object or oblique, is the verb's
// change (obl:npmod, as "rose 4.2 pct").
void RepairChangeAppositions(const TokenTree& s) {
  for (int t = 1; t < s.size(); ++t) {
    const std::string_view own = BaseRel(s.At(t));
    if ((own != "appos" && (own != "conj" || s.HasChild(t, "cc"))) ||
        !(IsAmountToken(s.At(t)) || s.HasChild(t, "nummod")))
      continue;
    const int adverb = s.Child(t, "advmod");
    if (adverb < 0 || adverb > t || !nlp::IsChangeAdverb(nlp::Lower(s.At(adverb).form))) continue;
    const int level = s.Head(t);
    const int verb = level < 0 ? -1 : s.Head(level);
    const std::string_view rel = level < 0 ? "" : BaseRel(s.At(level));
    if (verb < 0 || s.At(verb).upos != "VERB" || (rel != "obj" && rel != "obl") ||
        !(IsAmountToken(s.At(level)) || s.HasChild(level, "nummod")))
      continue;
    s.Attach(t, verb, "obl:npmod");
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  RepairSplitRange(s);
  RepairChangeAppositions(s);
  RepairNumberChangeAdverbs(s);
  RepairRestatedComparisons(s);
  // "several dlrs", "some 20 pct", "20.8 points": an amount whose number the recogniser left
  // untagged.
  const auto amount = [&](int t) {
    return IsAmountToken(s.At(t)) || s.HasChild(t, "nummod") ||
           (s.At(t).upos == "NOUN" && s.Child(t, "amod") >= 0 &&
            FormIsOneOf(s.At(s.Child(t, "amod")),
                        std::array<std::string_view, 2>{"several", "few"}));
  };
  // "The index gained 20.8 points to 2,639.3" with the level hung on "points" (the node "20.8
  // points to 2,639.3" was judged junk) as on "$1.2 million".
  for (int t = 0; t < s.size(); ++t) {
    const int head = s.Head(t);
    if (head < 0 || head > t || BaseRel(s.At(t)) != "nmod" || !IsAmountToken(s.At(t)) ||
        !amount(head) || BaseRel(s.At(head)) != "obj")
      continue;
    const int marker = s.Child(t, "case");
    const int verb = s.Head(head);
    if (marker < 0 || verb < 0 || s.At(verb).upos != "VERB") continue;
    if (!FormIsOneOf(s.At(marker), kChangeMarkers) || !IsBareAmount(s, t)) continue;
    s.Attach(t, verb, "obl");
  }
  // "Malaysia cut output to 420,000 bpd from 459,000" parsed with the level a modifier of
  // "output" (the node "output to 420,000 bpd" was judged junk): an amount with "to" or "from"
  // hung on the object of a verb of changing an amount is the verb's oblique, and so is a
  // further "from" or "to" amount hung on it.
  // So is the extent of the change, with "by" ("increased lending by 42.1 pct", "may boost its
  // offer by several dlrs": the nodes "lending by 42.1 pct" and "offer by several dlrs" were
  // judged padded), also after the oblique of a verb of moving ("has depreciated against the
  // dollar by 62 pct").
  static constexpr std::array<std::string_view, 14> kChanging = {
      "cut",  "raise", "increase", "reduce", "lower",  "lift",  "boost",
      "trim", "slash", "hike",     "expand", "double", "halve", "decrease"};
  static constexpr std::array<std::string_view, 12> kMoving = {
      "rise", "fall",  "gain",   "drop",       "decline",    "climb",
      "grow", "slide", "weaken", "strengthen", "depreciate", "appreciate"};
  const auto is = [&](int verb, const auto& lemmas) {
    return std::find(lemmas.begin(), lemmas.end(), nlp::Lower(s.At(verb).lemma)) != lemmas.end();
  };
  for (int t = 0; t < s.size(); ++t) {
    const int object = s.Head(t);
    if (object < 0 || object > t || BaseRel(s.At(t)) != "nmod" || !amount(t) ||
        IsAmountToken(s.At(object)))
      continue;
    const int marker = s.Child(t, "case");
    const int verb = s.Head(object);
    if (marker < 0 || verb < 0 || s.At(verb).upos != "VERB") continue;
    const bool by = nlp::Lower(s.At(marker).form) == "by";
    const bool level = FormIsOneOf(s.At(marker), kChangeMarkers) && IsAmountToken(s.At(t));
    const bool changed = BaseRel(s.At(object)) == "obj" && is(verb, kChanging) && (level || by);
    const bool moved = by && BaseRel(s.At(object)) == "obl" && is(verb, kMoving);
    if (!changed && !moved) continue;
    s.Attach(t, verb, "obl");
    for (int u = t + 1; u < s.size(); ++u)
      if (const int m = s.Child(u, "case"); s.Head(u) == t && BaseRel(s.At(u)) == "nmod" &&
                                            IsAmountToken(s.At(u)) && m >= 0 &&
                                            FormIsOneOf(s.At(m), kChangeMarkers))
        s.Attach(u, verb, "obl");
  }
  // "pushed the Australian share market to all-time highs", "sent prices to a record": the level
  // a thing was moved to, hung on the verb's object, is the verb's (the node "Australian share
  // market to all-time highs" was judged junk).
  static constexpr std::array<std::string_view, 8> kLevels = {
      "high", "low", "record", "peak", "level", "trough", "ceiling", "floor"};
  for (int t = 0; t < s.size(); ++t) {
    const int object = s.Head(t);
    if (object < 0 || object > t || BaseRel(s.At(t)) != "nmod" || BaseRel(s.At(object)) != "obj" ||
        std::find(kLevels.begin(), kLevels.end(), nlp::Lower(s.At(t).lemma)) == kLevels.end())
      continue;
    const int marker = s.Child(t, "case");
    const int verb = s.Head(object);
    if (marker < 0 || nlp::Lower(s.At(marker).form) != "to" || verb < 0 ||
        s.At(verb).upos != "VERB")
      continue;
    s.Attach(t, verb, "obl");
  }
}

}  // namespace

void RepairAmountChanges(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
