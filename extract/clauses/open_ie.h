#pragma once

#include <string>
#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// One Open IE extraction (CaRB's tuple: relation, arg1, arg2, arg3...) as token indices into the
// analysed sentence, each part ascending. Built from the same clauses as the graph's triples
// (BuildClauses), but clause-centric as Open IE benchmarks expect: every clause with a subject
// gives tuples, intransitive ones included ("The talks collapsed" -> (talks; collapsed)), and
// arguments are whole phrases with their determiners, modifiers and prepositions.
struct OpenIeTuple {
  // A word the sentence does not spell, said before the relation's tokens: "is" for an
  // apposition ("Lina Sorel, a former banker" -> (Lina Sorel; is; a former banker)); "" otherwise.
  std::string relation_word;
  std::vector<int> relation;                // auxiliaries, negation, verb, particle, preposition
  std::vector<std::vector<int>> arguments;  // arg1 (the subject), then arg2, arg3... in order
  double confidence = 0.0;                  // in (0, 1): higher ranks first
};

// The Open IE tuples of one analysed sentence (UPOS, xpos, lemma, head, deprel filled):
// - per clause and per conjunct of its subject and of its object (conjunct expansion);
// - the relation: auxiliaries, negation, adverbs between them and the verb, the verb, its
//   particle, a controlling verb's words ("tried to woo"), and the preposition of arg2 when arg2
//   is an oblique ("returned to" + "the Second Division");
// - n-ary: arg2 is the object (or a nominal complement, a clausal complement, the first oblique
//   after the verb), then every other oblique with its preposition ("in 1974") and secondary
//   complement, in sentence order;
// - copulas: (X; is; a member of Y), an adjective as arg2 ((X; is; wealthy)), each conjunct;
// - appositions: (X; is; the appositive).
// A clause whose only complement is an infinitive of its own gives no tuple of its own (the
// infinitive's tuple carries "tried to woo"). Confidence: the clause kind's prior lowered for a
// borrowed subject, a missing object and long arguments. Never throws; sentences longer than
// kMaxClauseTokens give none.
[[nodiscard]] std::vector<OpenIeTuple> OpenIeTuples(const nlp::AnalyzedSentence& sentence);

}  // namespace kg::extract
