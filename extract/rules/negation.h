#pragma once

#include <string_view>

#include "nlp/dep_tree.h"

namespace kg::extract {

// Negation on a UD tree: negators of a clause, negative determiners of an argument, and verbs
// whose complement did not happen. A negated triple is kept with negated = true, never dropped
// and never stored as a positive fact.

// "not just to attract capital", "not only in Europe": a "not" right before "just", "only",
// "merely", "simply" or "solely" adds, it does not deny (token index t, 0-based).
[[nodiscard]] bool NotJust(const nlp::DepTree& tree, int t);

// True when token n heads a negative adverbial of degree, time or condition: a preposition and
// a noun with "no" that deny the whole clause ("in no way", "in no sense", "in no case", "in no
// event", "in no respect", "by no means", "at no time", "at no point", "at no stage", "under no
// circumstances", "on no account"; Huddleston & Pullum 2002, ch. 9, on non-verbal negators
// with clausal scope). "in no time" (quickly) is none.
[[nodiscard]] bool IsNegativeAdverbial(const nlp::DepTree& tree, int n);

// True when the clause headed by `predicate` is negated by its own words: an advmod (or legacy
// `neg`) "not", "n't", "never", "no longer"'s "no" (on the verb, or on its "longer"), a mark
// "without" on an adverbial clause ("left without paying"), a clause set aside by "instead of"
// or "rather than" ("Instead of selling shares, the firm borrowed"), or a negative adverbial
// (IsNegativeAdverbial) hung on the verb or on its subject ("the bank by no means abandoned",
// parsed with "by no means" a modifier of "bank").
[[nodiscard]] bool ClauseNegated(const nlp::DepTree& tree, int predicate);

// True when the argument headed by `head` is negative: determiner "no"/"neither"/"none"
// ("no country", "neither side"), "not one" or "not a single" before it however the parse hung
// them ("not one Republican", "Not a single bank"), a later conjunct with no
// determiner of its own after a first one with "no" ("no financial strain or problems"), or one
// of a coordination with "neither" / "nor" ("Neither France nor Italy"), which negates every
// conjunct.
[[nodiscard]] bool ArgumentNegated(const nlp::DepTree& tree, int head);

// True when the argument headed by `head` is a thing compared against: an oblique (or a later
// conjunct of one) of "against", "versus", "than", or "with"/"to" under "compare" ("compared with
// a decline in durables and no change in nondurables"). There "no" counts the thing as zero; the
// comparing is done all the same, and the phrase keeps its "no" (Huddleston & Pullum 2002, ch. 9:
// "no" as a quantifier of the noun phrase, not of the clause).
[[nodiscard]] bool ComparedAgainstNone(const nlp::DepTree& tree, int head);

// How an xcomp complement relates to its head verb (Karttunen 1971, "Implicative verbs"):
// kNegative for refuse, decline, fail, neglect, avoid, forget ("Germany refused to fund" ->
// fund is negated); kPositive for manage, begin, start, continue, resort, proceed and the
// aspectual remain, keep, stay, become, get, and "able" ("managed to fund" -> funded, no modality);
// kNone for the rest (plan, want, urge: see modality.h).
enum class Implicative { kNone, kPositive, kNegative };
[[nodiscard]] Implicative ImplicativeOf(std::string_view lemma);

// Verbs and adjectives whose clausal complement the subject says is untrue: "deny" ("denied that
// Austria funded", "denied funding"), "dismiss", "reject", "refute"; and the predicates of "it is
// false / untrue / wrong that ...".
[[nodiscard]] bool IsDenial(std::string_view lemma);
[[nodiscard]] bool IsFalsityPredicate(std::string_view lemma);

}  // namespace kg::extract
