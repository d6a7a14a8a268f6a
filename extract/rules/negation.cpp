#include "extract/rules/negation.h"

#include <algorithm>
#include <array>
#include <string>

namespace kg::extract {

namespace {

template <std::size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// With "hardly" and "scarcely" ("could hardly contain a further slide" says it could not: sheet
// 1113 judged two triples wrong without it); not "barely", which says a little ("barely rose").
constexpr std::array<std::string_view, 7> kNegators{"not", "n't",    "never",   "no",
                                                    "nt",  "hardly", "scarcely"};
constexpr std::array<std::string_view, 3> kNegativeDeterminers{"no", "neither", "none"};
constexpr std::array<std::string_view, 7> kNegativeImplicatives{
    "refuse", "decline", "fail", "neglect", "avoid", "forget", "cease"};
// Also the aspectual verbs whose complement holds as a fact: "remains targeted", "kept firing".
constexpr std::array<std::string_view, 14> kPositiveImplicatives{
    "manage",   "begin",  "start", "continue", "resort", "proceed", "go",
    "remember", "remain", "keep",  "stay",     "become", "get",     "able"};
constexpr std::array<std::string_view, 6> kDenials{"deny",   "dismiss", "reject",
                                                   "refute", "dispute", "rebut"};
constexpr std::array<std::string_view, 5> kFalsity{"false", "untrue", "wrong", "baseless",
                                                   "incorrect"};

// "Neither France nor Italy": UD puts cc:preconj "neither" on the first conjunct and cc "nor"
// on the others.
bool InNegativeCoordination(const nlp::DepTree& tree, int head) {
  int first = head;
  if (tree.IsRel(head, "conj") && tree.Head(head) != nlp::DepTree::kNone) first = tree.Head(head);
  if (tree.HasChildLemma(first, "cc", {"neither", "nor"})) return true;
  for (const int c : tree.ChildrenWith(first, "conj"))
    if (tree.HasChildLemma(c, "cc", {"nor"})) return true;
  return false;
}

// "Not one Republican voted", "not a single bank agreed" parsed with "not" and the number hung on
// the verb or the number: "not", then only "a", "one", "single", "even", then the argument's head
// or its first words. The count word ("one", "single") must be there: "not a bank" is rare and
// "not the bank" no quantifier.
bool NotOneBefore(const nlp::DepTree& tree, int head) {
  static constexpr std::array<std::string_view, 5> kWords{"a", "an", "one", "single", "even"};
  // Most arguments have no "not" before them: that answer needs no walk of the subtree.
  bool any_not = false;
  for (int t = 0; t < head && !any_not; ++t)
    any_not = tree.token(t).form.size() == 3 && tree.Lower(t) == "not";
  if (!any_not) return false;
  int first = head;
  for (const int t : tree.Subtree(head)) first = std::min(first, t);
  if (tree.Lower(first) == "not" && first < head) ++first;  // "not" hung on the noun
  bool counted = false;
  for (int t = first; t < head && OneOf(tree.Lower(t), kWords); ++t)
    counted = counted || tree.Lower(t) == "one" || tree.Lower(t) == "single";
  int k = first - 1;
  for (; k >= 0 && OneOf(tree.Lower(k), kWords); --k)
    counted = counted || tree.Lower(k) == "one" || tree.Lower(k) == "single";
  return counted && k >= 0 && tree.Lower(k) == "not";
}

}  // namespace

bool NotJust(const nlp::DepTree& tree, int t) {
  static constexpr std::array<std::string_view, 5> kFocus{"just", "only", "merely", "simply",
                                                          "solely"};
  return t + 1 < tree.size() && tree.Lower(t) == "not" && OneOf(tree.Lower(t + 1), kFocus);
}

bool IsNegativeAdverbial(const nlp::DepTree& tree, int n) {
  struct Phrase {
    std::string_view preposition;
    std::string_view noun;
  };
  static constexpr std::array<Phrase, 11> kPhrases{{{"in", "way"},
                                                    {"in", "sense"},
                                                    {"in", "case"},
                                                    {"in", "event"},
                                                    {"in", "respect"},
                                                    {"by", "means"},
                                                    {"at", "time"},
                                                    {"at", "point"},
                                                    {"at", "stage"},
                                                    {"under", "circumstance"},
                                                    {"on", "account"}}};
  if (n < 0 || n >= tree.size() || !tree.HasChildLemma(n, "det", {"no"})) return false;
  const std::string lemma = tree.Lemma(n);
  const std::string form = tree.Lower(n);
  return std::any_of(kPhrases.begin(), kPhrases.end(), [&](const Phrase& p) {
    return (lemma == p.noun || form == p.noun) && tree.HasChildLemma(n, "case", {p.preposition});
  });
}

bool ClauseNegated(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate)) {
    if (IsNegativeAdverbial(tree, c)) return true;
    if (tree.IsRel(c, "nsubj") || tree.IsRel(c, "nsubj:pass"))
      for (const int m : tree.ChildrenWith(c, "nmod"))
        if (IsNegativeAdverbial(tree, m)) return true;
    const std::string_view rel = tree.BaseRel(c);
    if ((rel == "advmod" || rel == "neg") && OneOf(tree.Lemma(c), kNegators) && !NotJust(tree, c))
      return true;
    if (rel == "mark" && tree.Lemma(c) == "without") return true;
    // "Instead of selling shares, the firm borrowed", "will cut rates rather than raise them":
    // the clause set aside does not happen (it had been "firm -selling-> shares").
    if ((rel == "mark" || rel == "cc") &&
        ((tree.Lower(c) == "instead" && tree.HasChildLemma(c, "fixed", {"of"})) ||
         (tree.Lower(c) == "rather" && tree.HasChildLemma(c, "fixed", {"than"}))))
      return true;
    // "no longer makes cars" parsed with "no" hung on "longer".
    if (rel == "advmod" && tree.Lower(c) == "longer" && tree.HasChildLemma(c, "advmod", {"no"}))
      return true;
  }
  // "had yet to work out details", "has yet to be approved": not done so far (Huddleston &
  // Pullum 2002, ch. 9: "have yet to" as a negative-polarity catenative).
  if (tree.HasChildLemma(predicate, "advmod", {"yet"}) &&
      tree.HasChildLemma(predicate, "mark", {"to"}) &&
      (tree.HasChildLemma(predicate, "aux", {"have", "be"}) ||
       tree.HasChildLemma(predicate, "cop", {"be"})))
    return true;
  return false;
}

bool ArgumentNegated(const nlp::DepTree& tree, int head) {
  for (const int c : tree.Children(head)) {
    if ((tree.IsRel(c, "det") || tree.IsRel(c, "advmod")) &&
        OneOf(tree.Lemma(c), kNegativeDeterminers))
      return true;
    // "not one Republican voted" with "not" hung on the number.
    if (tree.IsRel(c, "nummod") && tree.Lower(c) == "one" &&
        tree.HasChildLemma(c, "advmod", {"not"}))
      return true;
  }
  if (NotOneBefore(tree, head)) return true;
  // "causes no financial strain or problems": the first conjunct's "no" is every conjunct's
  // that has no determiner of its own.
  if (const int first = tree.Head(head); tree.IsRel(head, "conj") && first != nlp::DepTree::kNone &&
                                         first < head && !tree.Child(head, "det") &&
                                         tree.HasChildLemma(first, "det", {"no"}))
    return true;
  if (OneOf(tree.Lemma(head), std::array<std::string_view, 3>{"none", "nobody", "nothing"}))
    return true;
  return InNegativeCoordination(tree, head);
}

bool ComparedAgainstNone(const nlp::DepTree& tree, int head) {
  int first = head;
  while (tree.IsRel(first, "conj") && tree.Head(first) != nlp::DepTree::kNone)
    first = tree.Head(first);
  if (tree.BaseRel(first) != "obl" && tree.BaseRel(first) != "nmod") return false;
  if (tree.HasChildLemma(first, "case", {"against", "versus", "vs", "than"})) return true;
  const int verb = tree.Head(first);
  return verb != nlp::DepTree::kNone && tree.Lemma(verb) == "compare" &&
         tree.HasChildLemma(first, "case", {"with", "to"});
}

Implicative ImplicativeOf(std::string_view lemma) {
  if (OneOf(lemma, kNegativeImplicatives)) return Implicative::kNegative;
  if (OneOf(lemma, kPositiveImplicatives)) return Implicative::kPositive;
  return Implicative::kNone;
}

bool IsDenial(std::string_view lemma) { return OneOf(lemma, kDenials); }

bool IsFalsityPredicate(std::string_view lemma) { return OneOf(lemma, kFalsity); }

}  // namespace kg::extract
