#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/gazetteer.h"

namespace kg::extract {

// Repairs the head of a person named with an organisation and a title before the name: "House
// Ways and Means Committee Chairman Dan Rostenkowski said" parsed with the whole run hung on
// "House", so the committee, not the chairman, was the one who said it.
// When a PERSON span (entity tags, after RepairNameSpans) follows a person's title (or a lower-case
// noun WordNet gives a person's sense: "Chicago physician LeRoy Pesch said" had made Chicago the
// speaker) right after an ORGANIZATION, COUNTRY or CITY span, or after such a span and at most two
// capitalised words in no span
// (the portfolio: "UAE Oil Minister Mana Said al-Oteiba" parsed with "UAE" the head; two words
// joined by "and" count: "Trade and Industry"), or after such a portfolio alone with nothing
// capitalised before it ("Energy and Mines Minister Arturo Hernandez Grisanti told ..." parsed
// with "Energy" the subject), (the title may be inside the person's span), and the three make
// one phrase whose head lies in the organisation, the person's first word takes the
// phrase's place in the tree; the other words of the person's name are its flat parts, the title
// its compound, and the organisation's words the title's (the role edge reads "House Ways and Means
// Committee Chairman"); a proper noun right after the person's span that hangs inside the phrase
// and has no entity tag joins the person ("LeRoy" tagged, "Pesch" not). A phrase that is not one
// subtree is left alone. Never throws.
void RepairTitledNameHeads(std::vector<nlp::AnalyzedSentence>& sentences);

// Repairs a person's name hung (flat, compound or appos) on the capitalised title or calling right
// before it: "Analyst Rosemarie Morbelli of Ingalls and Snyder said" parsed with "Analyst" the
// head made the speaker that whole phrase, an untyped node. The name (a PERSON span, entity tags
// repaired) takes the calling's place; the calling becomes its nmod:desc, a common noun, and the
// words that hung on the calling after the name ("of Ingalls and Snyder"), and its preposition
// ("signed by Rear-Admiral Augustus Aikhomu"), hang on the name, so the
// role edge reads "analyst of". Such a calling hung on the name as its compound ("Economist John
// Smith of Chase") becomes its nmod:desc. A calling opens its phrase (no noun, adjective or
// number before it: "chief executive Dieter Spethmann" is left alone) and is a person's title
// (nlp::Gazetteer::IsPersonTitle), a noun WordNet gives a person's sense, or a proper noun outside
// every name span that is such a noun's capital (no given name of `gazetteer`'s lists, no name
// WordNet spells with a capital). A repair that would leave no tree is undone. Never throws.
void RepairCallingHeads(std::vector<nlp::AnalyzedSentence>& sentences,
                        const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
