#pragma once

#include <vector>

#include "nlp/analysis.h"

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

}  // namespace kg::extract
