#pragma once

#include <optional>
#include <string>

#include "nlp/dep_tree.h"

namespace kg::extract {

// A content clause that a copula predicates of a noun: "The problem is that the loan rate
// provides an umbrella", "the big question was whether exports could be sustained", "My guess is
// we won't become the key factor". UD hangs the noun as `nsubj:outer` of the clause's verb and
// the copula on that verb (UD guidelines, "nsubj:outer"), so the verb has two subjects and read
// as one clause gave "question -is can-> help Brazil". Returns the clause's own subject (a token
// index into `tree`) when `predicate` heads such a clause: a verb, no gerund, with a copula, an
// nsubj:outer and a second subject after the copula. nlp::DepTree::kNone otherwise. Never
// throws.
[[nodiscard]] int CopularContentSubject(const nlp::DepTree& tree, int predicate);

// What the outer noun of such a clause leaves of it, for `predicate` with
// CopularContentSubject(tree, predicate) != kNone: std::nullopt when the noun states a fact
// ("the problem / reason / fact / result is that ...": the clause is as asserted as the
// sentence); otherwise the clause is not asserted, and the string is its modality: "whether"
// for a question, the noun's stance for an attitude (modality.h, ContentClauseStance: "hope"),
// and else the noun itself ("guess", "condition", "requirement", "wisdom"). Source: the content
// clauses of Huddleston & Pullum 2002, ch. 11.5 (specifying be), and the factive nouns of
// Kiparsky & Kiparsky 1970. Never throws.
[[nodiscard]] std::optional<std::string> CopularContentStance(const nlp::DepTree& tree,
                                                              int predicate);

// The "be to" construction of a plan or schedule: "Hungary is to grow sugar beet", "The board is
// to meet in London", "Jordan was to receive 1.25 billion dlrs", parsed as a copula with an
// nsubj:outer on the infinitive. True when `predicate` is such an infinitive (a verb with a
// copula "be", the mark "to" and no subject of its own) and its outer subject could do it: a
// name, a personal or relative pronoun, or a noun that names no proposition ("The aim is to
// redress the imbalance" says what an aim is, nothing anyone does). Also the passive shape
// "The unit is to be sold for 500 mln francs", parsed with the finite "be" an auxiliary (aux)
// before the infinitive's "to" (mark): a plan whatever its subject (its relation had read "is be
// sold"). Source: Huddleston & Pullum 2002, ch. 3.7 (quasi-modal "be"). Never throws.
[[nodiscard]] bool IsBeToPlan(const nlp::DepTree& tree, int predicate);

// The modality of a "be to" plan.
inline constexpr std::string_view kBeTo = "be to";

// "Siemens' aim was to introduce its technology", "the company's long term strategy is to build
// a major position", "Our aim is to maximise the benefit": an infinitive that a copula predicates
// of an aim noun (aim, goal, objective, purpose, intention, plan, priority, strategy, mission,
// target, ambition) with an owner (nmod:poss) is the owner's aim. Returns the aim noun's token
// (the nsubj:outer; its owner is its nmod:poss) when `predicate` is such an infinitive (a verb
// with a copula "be", the mark "to", that outer subject and no other), else
// nlp::DepTree::kNone; the caller makes the owner the clause's subject, the noun its modality.
// Read as a copula it had given "goal -is to-> double sales". Never throws.
[[nodiscard]] int OwnedAim(const nlp::DepTree& tree, int predicate);

}  // namespace kg::extract
