#pragma once

#include "model/article.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// "Mobil chairman Allen Murray" gives Allen Murray -chairman of-> Mobil, not "be Mobil chairman"
// (a node no reader looks for: "POB chairman" and "Central Bank President" were judged junk), so
// the person is linked to the body. A resolved title-role edge "be ROLE" (or an appos-isa one:
// "Texas Air chairman Frank Lorenzo" parsed with the name the title's apposition, "Debra
// Strohmaier, a ChemLawn spokeswoman") whose role is
// capitalised words (a body's name: "Federal Reserve Board", "UAW", "White House") and then an
// officer's title (words nlp::Gazetteer::IsTitleRank or IsPersonTitle, or analyst, economist,
// officer, strategist, head, ending on such a word: "Vice Chairman", "chief executive officer")
// becomes "TITLE of" the body; a party word between them is the title's ("Senate Democratic
// Leader Robert Byrd" is the Senate's "Democratic Leader"). The body is the article's entity of
// that name, alias or identity key (extract/entities/name_identity.h: "Mobil" is "Mobil Corp"),
// else a new entity of one mention typed LOCATION when the gazetteer knows the name as a place and
// the title is a public office ("Newfoundland Premier"; "London joint managing director" of a firm
// is left: the firm's London office), else ORGANIZATION. Left as they are: a ministry's portfolio
// ("Finance Minister", "Treasury Secretary": minister, secretary and chancellor), a nationality
// (nlp::Gazetteer::IsDemonym or CountryOfNationality: "Soviet") but before a body's word
// (nlp::Gazetteer::IsOrganizationWord: "Brazilian Central Bank President" is the Brazilian Central
// Bank's), a party or kind of holder
// ("Socialist President", "Special envoy"), a role after "former", a lower-case word or a
// hyphenated title word among the role's
// ("Harris bank currency analyst"), a dateline's city in capitals ("WASHINGTON"), an initial
// alone, a one-word body WordNet knows as an adjective or a common noun, not written in capitals
// ("Company spokesman", "Local president", "Trust chairman" cut from a longer name; "UAW" and
// "Bundesbank" stay) unless it names one of the article's organisations ("Coastal chairman" in
// a story of "Coastal Corp"), "Group" before the title ("E.F. Hutton Group analyst": the group is
// the firm's), and a body that is the person. Runs on the article's resolved graph, so the person
// keeps the title for "the chairman" later. In place; never throws.
void OwnTitlesByBody(model::ArticleGraph& graph, const nlp::Gazetteer& gazetteer,
                     nlp::Lexicon& lexicon);

}  // namespace kg::extract
