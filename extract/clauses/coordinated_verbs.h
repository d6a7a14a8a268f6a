#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one parse error of coordinated verb phrases: "Inspectors collect samples and file
// reports" parsed as collect -obj-> samples -conj-> reports with "file" a compound noun of
// "reports". A compound word right after the "and"/"or" of a conjunct of a verb's object is
// that verb's second verb when WordNet knows it as a verb and its inflection agrees with the
// first verb's: the same -ed past (VBD/VBN), the same -s present (VBZ), both inflected forms of
// a WordNet verb ("files", not "bus"), or a bare form (VB/VBP) before a plural noun. The word
// becomes a VERB conj of the first verb, the noun its obj, the coordinator its cc. Lemmas must
// already be filled (lemmas.h). Never throws. Source: the parser's frequent attachment on such
// sentences (a compound noun reading of the verb, since training has few bare-plural coordinated
// verb phrases).
void RepairCoordinatedVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

// Repairs the other side of that error, a second clause's subject read as a conjunct of the
// first clause's noun: "exporters provided support in flaxseed and crushers bought rapeseed"
// parsed as flaxseed -conj-> crushers, with "bought" a conj of "provided" and no subject of its
// own (so the rules gave it "exporters"). A finite verb conjunct (VBD, VBZ, VBP), or one after
// its auxiliaries ("will drop"; also when hung as an unmarked advcl, with an auxiliary or finite
// and no verb of saying: "will contract four pct and its output will drop", "visit Belgium this
// week and the department earlier refused to ..."), with neither subject nor coordinator of its
// own, right after a noun conjunct (its own adverbs between them) inside the first verb's clause
// whose phrase ends there and whose number agrees with the finite word (VBZ: singular, VBP:
// plural, VBD and modals: either), takes that noun as its nsubj and the noun's coordinator (and a
// comma before it) as its cc; an adverbial clause becomes a conj. And a name cut between such a
// noun conjunct and the subject of a finite relative clause right after it ("at a motor show and
// Mitsubishi Motors Corp said it will use the system" with "Mitsubishi Motors" the conjunct and
// "Corp" the subject of "said", a relative clause on "show") is that verb's subject whole, and
// the verb a conj of the first verb, when the name is one tagged mention. Never throws.
void RepairConjoinedClauseSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
