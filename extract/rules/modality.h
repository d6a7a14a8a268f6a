#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "nlp/dep_tree.h"

namespace kg::extract {

// Modality on a UD tree: what makes a clause possible, planned, wanted or demanded rather than
// done. The value stored with a triple is the word that carries it ("may", "will", "plan",
// "urge", "expected"), so a reader sees why the edge is not a fact.

// Whether `word` (lower case) is a modal auxiliary: may, might, could, can, will, would, shall,
// should, must, ought ("wo" of "won't" too).
[[nodiscard]] bool IsModalAuxiliary(std::string_view word);

// The modal auxiliary of the clause headed by `predicate` ("may", "might", "could", "can",
// "will", "would", "shall", "should", "must", "ought"), or "" when it has none. "be going to" and
// "have to" are read as "will" and "must".
[[nodiscard]] std::string ModalAuxiliary(const nlp::DepTree& tree, int predicate);

// Whether `word` (lower case) is a subordinator of condition: if, unless, provided, providing,
// assuming. A clause it marks holds only under the condition, and is the modality's word.
[[nodiscard]] bool IsConditionWord(std::string_view word);

// The adverb that makes a negated clause's negation partial: "necessarily" ("would not
// necessarily stem from": neither stated nor denied) or one of degree or frequency before the
// predicate ("is not fully resisting", "not entirely", "not completely", "not quite", "not
// always", "not significantly", "not really", "not directly"; Huddleston & Pullum 2002, 9.1.3 on
// the scope of "not" over a degree adverb: "not fully" asserts part, denies the whole). The token
// index of the predicate's advmod, or nlp::DepTree::kNone.
[[nodiscard]] int NegationHedgeAdverb(const nlp::DepTree& tree, int predicate);

// The hedge of a negated clause as words for its modality: "not " and NegationHedgeAdverb's
// word ("not necessarily", "not fully"); "" when it has none.
[[nodiscard]] std::string NegationHedge(const nlp::DepTree& tree, int predicate);

// The hedge of a clause that the writer does not vouch for ("the Fed probably has not tightened
// credit", "will possibly raise"): the adverb among the predicate's advmods that weighs the
// clause's likelihood or second-hand source (probably, possibly, perhaps, maybe, apparently,
// presumably, supposedly, reportedly, allegedly), lower case, to be added to the clause's
// modality; "" when there is none. Source: the epistemic and evidential adverbs of Huddleston &
// Pullum 2002, ch. 8 (modal adjuncts), as FactBank (Saurí & Pustejovsky 2009) grades them.
[[nodiscard]] std::string HedgeAdverb(const nlp::DepTree& tree, int predicate);

// The modality an xcomp complement takes from the verb that governs it: that verb's lemma for
// plan, expect, intend, threaten, want, hope, aim, seek, promise, vow, try, agree, propose,
// prepare, offer, wish, attempt, and for every object-control verb (urge, ask, order, ...);
// "expected" for the passive "is expected to"; a light verb's event for a light verb with its
// event noun ("made an offer to buy": "offer"; rules/light_verbs.h). Empty for implicatives (see
// negation.h), which say whether the complement happened.
[[nodiscard]] std::string ComplementModality(const nlp::DepTree& tree, int governor);

// What a content clause ("that ...") of `noun` (a lemma) is, when the noun does not vouch for
// it: std::nullopt for nouns that state a fact ("the fact that", "the news that", knowledge,
// proof, confirmation, realization, recognition, certainty); otherwise the clause is not
// asserted, and the string is its modality: the noun itself for attitudes and likelihoods that
// leave the clause undone ("hope", "fear", "plan", "expectation", "threat", "promise", "demand",
// "call", "proposal", "risk", "chance", "possibility", "likelihood", "prospect", "danger"), "" for
// evidence, reports and nouns of telling or thinking that only point at it or credit it to
// someone ("sign", "indication", "evidence", "speculation", "rumour", "report", "claim",
// "suggestion", "belief", "view", "statement", "announcement", "assurance", "warning",
// "argument", "admission", "idea", "theory", ...). Source: the noun classes of
// Huddleston & Pullum 2002, ch. 11 on content clauses, and the evidential and source-introducing
// nouns of Saurí & Pustejovsky's FactBank annotation guidelines (2009).
[[nodiscard]] std::optional<std::string> ContentClauseStance(std::string_view noun);

// Whether `noun` (a lemma) takes a "that" or "whether" clause as its content ("the possibility
// that talks resume", "evidence that the policy works", "the fact that prices fell", "the
// question whether ..."): every noun ContentClauseStance grades, the nouns of fact that vouch
// for it, and "question". Such a clause says what the noun is, so it belongs to the noun's
// phrase. Source: the content-clause-taking nouns of Huddleston & Pullum 2002, ch. 11 §7.
[[nodiscard]] bool TakesContentClause(std::string_view noun);

// Whether `lemma` is an adjective of likelihood that an extraposed content clause depends on:
// "it is likely / unlikely / possible / probable / doubtful that ...", whose clause is only as
// likely as the adjective says (and, under "not likely", not at all); "unclear" too. Source: the
// epistemic adjectives of Huddleston & Pullum 2002, ch. 10 (modality), and FactBank's event
// modality markers (Saurí & Pustejovsky 2009).
[[nodiscard]] bool IsLikelihoodAdjective(std::string_view lemma);

// The modality of a purpose: an infinitive adverbial without a subject of its own ("raised rates
// to prevent a resurgence of inflation") says what was meant, not what happened.
inline constexpr std::string_view kPurpose = "in order to";

// What an infinitive of `noun` (a lemma; "plans to cut", "measures to defuse") is: the noun for
// a plan, proposal, offer, decision, agreement, threat, promise, call, demand, hope, bid,
// attempt or effort (the clause is that noun's content); kPurpose for a means (measure, step,
// move, action, campaign, programme, policy, initiative, scheme, strategy, way); std::nullopt for
// any other noun ("the first company to offer", "the right to vote": nothing said about whether
// it happens). Source: Huddleston & Pullum 2002, ch. 14 on infinitival modifiers of nouns.
[[nodiscard]] std::optional<std::string> InfinitiveStance(std::string_view noun);

// Whether `noun` (a lemma) takes an infinitive as its complement: every noun InfinitiveStance
// grades, and the nouns of ability, permission, need and occasion (right, ability, chance, need,
// permission, power, authority, obligation, willingness, readiness, capacity, opportunity,
// option, mandate, freedom, incentive, reason, time, license, licence, approval, authorisation,
// authorization, consent, clearance), of failing and
// refusing (failure, refusal, inability, unwillingness, reluctance: "failure to reach a deal",
// judged cut to "failure" without it) and of resolve (intention, commitment, determination,
// pledge), and of capacity and inclination (potential, capability, desire, tendency: "has the
// potential to take a leadership role", judged cut to "potential"). After any other noun an
// infinitive is the verb's ("expects the bridge to open in 2029"). Source: Huddleston & Pullum
// 2002, ch. 14.
[[nodiscard]] bool NounTakesInfinitive(std::string_view noun);

// Whether `noun` (a lemma) is one of failing or refusing (failure, refusal, inability,
// unwillingness, reluctance): what its infinitive says is not done ("the refusal of officials to
// allow miners to attend").
[[nodiscard]] bool IsRefusalNoun(std::string_view noun);

}  // namespace kg::extract
