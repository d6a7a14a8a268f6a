#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one tagging error of a plural noun read as a verb: "called on U.S. stock exchanges to
// beef up their supervision" tagged with "exchanges" a verb (VBZ), an adverbial clause of
// "called" with no subject, so the node was "U.S. stock" (judged cut and junk); "warned of rising
// U.S. reliance on foreign oil imports at a time when ..." with "imports" a clause of "released"
// ("report -imports at-> time"). A word tagged VBZ, with no subject, object, clausal complement
// or auxiliary of its own (a verb in the third person has a subject; "signals the Bank" keeps its
// object), not a conjunct or relative clause, right after a common noun that carries no number
// (not "10 pct signals"), that WordNet knows as the plural of a noun ("exchanges" -> exchange;
// not "exceeds"), and that is no auxiliary (be, have, do, or a word before a participle: "the
// law has limited lending", where WordNet knows "has" as the plural of "ha"), is that noun: it
// becomes NOUN NNS with the noun's lemma and takes the place of the noun before it, which becomes
// its compound (that noun's own dependents move to it); its own dependents go to the head it had
// (the infinitive of "called on ... exchanges to beef up" to "called"), or stay on it as nmod when
// that head was the noun before it. Lemmas must already be filled. A repair that would leave no
// tree is undone. Never throws.
void RepairMisreadPluralNouns(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
