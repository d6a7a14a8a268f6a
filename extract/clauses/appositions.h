#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Repairs five parse errors of appositions.
// - "Guinness Plc, the brewing group, has challenged the
//   payment" parsed with two subjects of "challenged", so the description reads as a second doer
//   and the name's role is lost. When a verb has two subjects (nsubj or nsubj:pass) and the
//   later one is a common noun (NOUN) whose phrase sits between commas right after the earlier
//   one's phrase, the later one becomes an apposition (appos) of the earlier (UD: "an
//   appositional modifier ... set off by commas"). Wire copy often drops the closing comma
//   ("Gail Martell, chief meteorologist for E.F. Hutton said"): a description after a proper
//   name's phrase that ends right before the verb is its apposition too, and a name hung on the
//   verb as one more subject, with its preposition hung there as a marker, right after the
//   description is the description's nmod ("for E.F. Hutton").
// - "Vantora's chief executive, Lina Sorel, resigned" parsed with "executive" (tagged ADJ) a
//   modifier of "Lina" across the comma, so the role and its owner vanish into the name. An
//   adjectival or compound modifier before a proper noun with a comma between them, that is a
//   person title (nlp::Gazetteer::IsPersonTitle) or a WordNet noun of a kind of person, is the
//   head of its own phrase: it takes the name's place in the tree (as a NOUN), the name becomes
//   its apposition, and the name's dependents before the comma ("Vantora's", "chief") go with it.
// - "chaired by Tom Kierans, President of McLeod, Young Weir Ltd" parsed with "President" a
//   conjunct of "Kierans", so the title reads as a second chair. A person title
//   (nlp::Gazetteer::IsPersonTitle) that is a conjunct of a person's name (PROPN tagged PERSON)
//   with no coordinator of its own, its phrase right after a comma that follows the name's
//   phrase, is the name's apposition.
// - "Byrd and House Speaker Jim Wright, a Texas Democrat, have made ..." parsed with "Democrat"
//   a third conjunct: English puts the coordinator before the last conjunct, so a nominal
//   conjunct with no coordinator of its own after one that has it (and none after it), its phrase
//   set off by a comma before it and a comma (or the verb) after it, with no verb first and no
//   conjuncts of its own, is the apposition of the conjunct before it (of the whole list, hung on
//   its first conjunct, when plural: "China and Bolivia, important producers of tin, are ...").
// - "Bank of Tokyo, the only Japanese bank allowed to operate here" parsed with "bank" an
//   apposition of "Tokyo": a common noun's apposition hung on a word of a name's span whose head
//   is in the span too, after the span, goes to the span's head (another name there, an alias
//   such as "(Keidanren)", stays where the parse hung it).
// Lemmas must already be filled. Never throws.
void RepairAppositions(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
