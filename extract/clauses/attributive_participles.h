#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs one parse error of participles before a noun: "gave an ovation to retiring Chairman
// Donald Lennox" and "affected by existing speculative limits" parsed with the participle a
// verb (advcl, its preposition a marker) and the noun phrase its object, so the rules read
// "stockholders -retire-> Donald Lennox". A VBG with a preposition as its marker ("to", "by",
// ...), neither subject nor auxiliary, whose object's phrase starts right after it and has no
// determiner or possessor, is an adjectival modifier (amod) of that noun when WordNet knows the
// participle as an adjective and its verb takes no object in its first sense
// (nlp::Lexicon::TakesObject: "existing", "retiring", "falling"); a gerund of a verb that does
// ("by raising new capital") or that is no adjective ("by dialing numbers") is left a verb.
// The noun takes the participle's place in the tree (obl after a verb, nmod after a noun), the
// preposition becomes its case, and the participle's other dependents go to its head. Lemmas
// must already be filled (lemmas.h). Also a bare singular noun, a participle WordNet knows as a
// noun and a bare noun in a row ("World closing stocks", "cost cutting efforts") are one phrase
// when the parse made the participle a verb with the last noun its object; so are a bare
// singular thing, any participle and a bare plural ("cotton producing regions"), and, when the
// nouns name no people (the first) and no person (the last) and have compounds of their own, a
// plural first noun ("the solids processing equipment business") or one with a determiner ("no
// thallium sulphate poisoning epidemic"); "concessions covering workers" and "debentures bearing
// interest" stay relatives. A participle the parse hung on the noun that the first noun modifies
// is one phrase too when its object has a compound ("an amendment to a farm spending reduction
// package") or the run is bare ("representatives of cocoa consuming countries"). Such a participle
// hung as an advcl right after the verb's object ("stressing merchant banking") is the object's
// head. And a past participle in "-ed" hung as a conjunct or complement on a verb of saying, with
// no subject, auxiliary, object, marker or expletive of its own, whose complement's subject
// starts right after it ("Muna said in the fiscal year starting April 1, budgeted government
// spending will fall" with "budgeted" a conjunct of "said"), is that subject's adjective and the
// complement the verb of saying's report (ccomp). And a participle (or a past tense the tagger
// chose for one) that the parse made a conjunct of a noun, with a bare object right after it
// and no subject, auxiliary or marker of its own, is that object's adjective and the object the
// noun's conjunct ("the personnel and fixed asset expenses increased" had made "personnel
// -fixed-> asset expenses"); not before an amount ("and increased 10.8 pct"). Never throws.
void RepairAttributiveParticiples(std::vector<nlp::AnalyzedSentence>& sentences,
                                  nlp::Lexicon& lexicon);

}  // namespace kg::extract
