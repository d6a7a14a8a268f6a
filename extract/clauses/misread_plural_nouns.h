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
// that head was the noun before it. And a plural noun read as a verb with the noun before it as
// subject: "U.S. imports of silver in December were 8,458,000 ounces" tagged with "imports" a
// verb of "U.S." and "were 8,458,000 ounces" its parataxis had read "United States -imports in->
// December" (judged wrong): a VBZ word whose subject is the noun or name right before it, with an
// "of" phrase right after it, that WordNet knows as a plural noun, and on which a later
// predicate with no subject of its own hangs (parataxis, conjunct without a coordinator, ccomp),
// is that predicate's subject, a NOUN NNS with the name before it as its compound and the "of"
// phrase as its nmod; the predicate takes its place. Lemmas must already be filled. A repair
// that would leave no tree is undone. Never throws.
void RepairMisreadPluralNouns(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
