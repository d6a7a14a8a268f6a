#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one tagging error of -ing nouns: "the board has a regularly scheduled meeting this
// afternoon" tagged with "meeting" a verb (VBG) that takes "this afternoon" as its object, so the
// rules read a clause under "has" and stored "board -meet-> regularly scheduled meeting this
// afternoon". A VBG with a determiner of its own (a, an, the, this, that, these, those, no, each,
// every, any, another) and neither subject, auxiliary nor marker is a noun: UD tags such words
// NOUN ("the closing of the plant", "a meeting"), as gerunds never take determiners. It becomes
// NOUN/NN with its form as lemma; its objects become noun modifiers (nmod:unmarked, UD 2.14's
// nmod:tmod, when the recogniser tagged them a date or they are a time of day or week, as "this
// afternoon"). And "securities trading losses", "debt rescheduling plan" parsed with the -ing
// word a participle of the noun before it and the noun after it its object ("securities -trading->
// losses"): a modifier news copy uses (trading, lending, holding, operating, issuing, ...) before a
// bare noun of results, prices, charges, plans or bodies (losses, rates, plan, company, committee,
// country, ...) makes one noun phrase headed by that noun. And "has withstood declining prices"
// parsed with "declining" an open complement of the verb and "prices" its object ("Norcen -has
// withstood declining-> prices"): an -ing word that takes no object (rise, fall, exist, remain,
// ...), or one that may (decline, increase, continue, ...) after a verb that takes no gerund (not
// begin, stop, consider, ...), right before its object, is the object's adjective; so is such a
// word, or "developing" before a country, nation, economy or market, parsed as a gerund clause
// right after its preposition ("new lending to developing countries", "hit by plunging commodity
// prices"), before a bare object (no determiner, owner or amount), the object taking the clause's
// place; so is a modifier of trades before a noun it names the kind of ("raise 1.65 billion dlrs
// before underwriting fees" had stored "offering -underwriting-> fees"); and "developing" before
// a country, nation, economy or world right after a number hung on a noun by "of" ("The Group
// of 24 developing countries" parsed as "Group -developing-> countries") is the countries'
// adjective, the countries that noun's "of" phrase counted by the number. And "explained the
// panic selling which has pushed prices down" parsed with "selling" a participle of "panic"
// ("panic -has pushed-> prices"): a market activity's -ing word (selling, buying, trading,
// lending, spending, hedging, ...) right after its noun, with no object or clause of its own and
// not after a plural noun of agents ("dealers selling"), heads one noun ("panic selling"), its
// obliques the noun's modifiers. Never throws.
void RepairNominalGerunds(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
