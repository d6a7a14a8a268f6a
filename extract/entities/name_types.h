#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity_type.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// True for the surname of a head of state or government, or another public figure, whom news
// names by surname alone ("Putin met Xi", "Zelenskyy expressed skepticism"): a small curated
// list in the spirit of the exonym list (name_identity.h), for names the recogniser, trained on
// older news, does not know. Case-sensitive: "Putin", not "putin".
[[nodiscard]] bool IsWellKnownSurname(std::string_view word);

// The type a one-word name should have when the sentence or a curated list knows better than
// the recogniser (`recognised`, kOther when it tagged nothing):
// - a well-known surname (IsWellKnownSurname) is a PERSON ("Scholz", which the recogniser calls
//   an organisation);
// - the name of an ISO 3166-1 country the recogniser called a person ("visited Jordan" after
//   "Keith Jordan") is the COUNTRY, unless the name is who speaks (`speaker`): a country does
//   not say things, a surname does.
// Empty when the recogniser's type stands, and for names of more than one word.
[[nodiscard]] std::optional<model::EntityType> OneWordNameType(const std::string& name,
                                                               model::EntityType recognised,
                                                               bool speaker,
                                                               const nlp::Gazetteer& gazetteer);

// The type a name of two or more words has by its last word, when the recogniser's type
// (`recognised`) cannot be right: a continent or world region ("Europe", "Latin America", "Middle
// East", 25 in all) is a LOCATION; a seat of government that speaks for the body in it ("White
// House", "Pentagon", "Kremlin", "Elysee", "Whitehall") is an ORGANIZATION; a firm
// nlp::Gazetteer::IsWellKnownFirm knows by its founder's name ("Merrill Lynch", "Cargill", one word
// or more) is an ORGANIZATION; a name ending in a word of organisations ("Vancouver Stock
// Exchange", "Lloyds Bank", "Gates Foundation": nlp::Gazetteer::IsOrganizationWord, and the trades
// firms are named by, nlp::Gazetteer::IsTradeWord: holdings, trust, airways, laboratories,
// "International", "Capital Markets", "Energy", "Finance", "Systems", legal forms such as "N.V.",
// "S.A.", "AG") is an ORGANIZATION, not a PERSON, a place or untyped (a country stays one: "Soviet
// Union"); so is a name called a PERSON with "Bank" (or "Banque", "Banco", "Banca") or a legal form
// ("Inc", "Corp", "Ltd", "Plc") before its last word and no person's title ("Al Bank Al Saudi Al
// Fransi", "Banque Indosuez", not "Central Bank President Francisco Gros"), and a name whose
// organisation word comes right before a closing acronym ("Kuwait News Agency KUNA", typed a
// place); one ending in a word of streets and squares ("Wall Street", "Tahrir Square") is a
// LOCATION, not a PERSON; a PERSON ending in "Average" or "Index" is a market index (OTHER: "Dow
// Jones Industrial Average"); a name of capitalised words that opens with a Romance word of firms
// (nlp::Gazetteer::IsRomanceFirmFront: "Credit Lyonnais", "Caisse Nationale") is an ORGANIZATION,
// whatever else but a country it was called; one ending in a word of seas, rivers, islands and
// mountains ("Black Sea", "Faroe Islands") is a LOCATION whatever else it was called. A one-word
// name built on "bank"
// ("Citibank"), or a capitalised word for a state's body alone ("Treasury", "Exchequer",
// "Parliament", "Senate", "Diet"; not "Bank"), is an ORGANIZATION when it was called a PERSON or
// untyped, and so is a PERSON that is one acronym of two to five capitals ("MHI") or one trade's
// word ("Daily"); so is an
// untyped name whose first word is an acronym of two to five capitals ("TNT
// Skypak") and that holds no person's title ("OPEC President Rilwanu Lukman" stays; a name the
// recogniser called a PERSON stays one: "FCA Naylor" is the agency's Frank Naylor). Empty when the
// recogniser's type stands.
[[nodiscard]] std::optional<model::EntityType> NameEndType(const std::string& name,
                                                           model::EntityType recognised);

// True when the phrase `words` (its head noun last) names a kind of company or organisation
// ("firm", "lender", "drug maker", "carmaker", "insurer", "charity"), so that "Kestrel Biotech, a
// drug maker based in Boston" or "Arcadia is a firm" makes the name an ORGANIZATION whatever the
// recogniser guessed. A small curated list: WordNet files "maker", "lender" and "firm" under
// person or group alike, and nouns that name people as often ("producer", "developer", "broker")
// are left out, as are the makers who are people ("decision maker", "film maker").
[[nodiscard]] bool NamesAnOrganizationKind(const std::vector<std::string>& words);

// True when WordNet's first sense of `noun` (any inflected form: "allies") is a person
// (noun.person): "ally", "banker", "minister". The copula "Oskar and Yusuf are close allies"
// then makes its untyped proper-noun subjects people. Lexicon calls are serialised by Lexicon.
[[nodiscard]] bool NamesAPerson(nlp::Lexicon& lexicon, const std::string& noun);

// True when `word`, a proper noun, is only the capital of a common noun for a kind of person
// ("Economist" of "Economist John Smith"): its lower case is a base form whose WordNet senses make
// it a person (NamesAPerson) and whose first sense WordNet spells in lower case (not "David"),
// and it is no given name of `gazetteer`'s lists ("Dieter", WordNet's one who diets).
[[nodiscard]] bool IsCapitalisedCalling(nlp::Lexicon& lexicon, const nlp::Gazetteer& gazetteer,
                                        const std::string& word);

}  // namespace kg::extract
