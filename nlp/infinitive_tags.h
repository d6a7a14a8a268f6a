#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::nlp {

// Retags infinitives that the tagger read as nouns after a verb or noun of intent: "said it plans
// to issue 300 mln 6.75 pct capital bonds" came out with "to" a preposition and "issue" a noun,
// so the parse made "issue 300" an oblique of "plans" and the triple read "Amro -plan to-> issue
// 300" (judged junk: "issue 300", "issue five", "close 33 units"). After a form of a verb or noun
// that takes an infinitive of its own doing (plan, intend, expect, agree, decide, want, hope,
// seek, aim, propose, prepare, offer, continue, fail, refuse, try, attempt, need, wish, promise,
// pledge, vow, threaten, undertake, manage; Huddleston & Pullum 2002, ch. 14, catenatives; or a
// noun of leave to act: permission, authorisation, approval, consent, clearance, mandate,
// licence: "seek authorisation to issue bonds"), or
// after a passive verb of saying or thinking that raises its subject ("is said to favour a cut",
// "were reported to", "was believed to": said, reported, believed, thought, rumoured, alleged,
// understood, known, reckoned, considered, claimed, estimated, right after a form of "be"),
// "to" and a singular common noun or adjective (not "further", "better" or "best", which split
// an infinitive as adverbs: "plans to further ease restrictions") in lower case that is a verb's
// base form in WordNet ("issue", "close", "report", "buy") and no noun's plural, followed by no
// "of", become PART TO and VERB VB: the parser then reads the infinitive as the verb's complement
// (xcomp). Runs after tagging and before parsing. Never throws.
void RetagInfinitives(std::vector<Token>& tokens, Lexicon& lexicon);

// The other way round: "to" tagged an infinitive's marker before a word the tagger read as a
// verb's base form that WordNet knows in no verb sense ("predicted a return to profitability",
// "contributing to downward pressure on the dollar" had "profitability" and "downward" verbs, so
// the triples read "-contributing to downward-> pressure" and the node "return" lost what it
// returns to). The word, all lower case, becomes an adjective (ADJ JJ) when WordNet knows it as
// one and a noun follows, else a noun (NOUN NN) when WordNet knows it as one; "to" becomes a
// preposition (ADP IN). A word WordNet knows in no part of speech is left as tagged (a misspelt
// verb: "to reafffirm"), and so is one after "in order" or before a personal pronoun, a verb
// WordNet lacks ("in order to norm it"). Runs after tagging and before parsing. Never throws.
void RetagNonVerbInfinitives(std::vector<Token>& tokens, Lexicon& lexicon);

}  // namespace kg::nlp
