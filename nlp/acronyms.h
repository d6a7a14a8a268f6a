#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nlp/entity_recognizer.h"

namespace kg::nlp {

// The letters of a word written as an acronym, lower-cased, or empty when it is not one: 2 to 8
// letters (full stops ignored: "E.U."), all capitals ("EU", "GATT") or capitalised and at least
// four letters ("Nato", "Opec").
[[nodiscard]] std::string AcronymLetters(std::string_view word);

// True for two to five capital letters and nothing else ("TNT", "MHI"; initials carry full
// stops: "J.P."): a name no person bears alone.
[[nodiscard]] bool IsCapitalAcronym(std::string_view word);

// True when `letters` (lower case, as AcronymLetters gives them) are the initials of `words` in
// order, where the connectors "of", "for", "and", "the", "de", "on", "in", "&" and "to" may be
// skipped and a hyphenated word may give one initial or one per part ("Co-operation" gives c or
// c and o). Every letter must be used and every word that is no connector must give one.
[[nodiscard]] bool SpelledByInitials(std::string_view letters,
                                     const std::vector<std::string>& words);

// A connector an acronym skips ("of", "for", "and", "the", "de", "on", "in", "&", "to"), any
// case.
[[nodiscard]] bool IsAcronymConnector(std::string_view word);

// Names an article defines with an acronym in brackets: "the General Agreement on Tariffs and
// Trade (GATT)" found as "General Agreement" or as nothing, and "Tariffs and Trade" as another
// name. In each sentence, capitalised words joined by connectors right before "( ACRONYM )",
// two content words or more, whose initials spell the acronym (SpelledByInitials; the shortest
// such run, opening on no connector) become one mention, and the acronym one of the same type:
// ORGANIZATION when one of the words is an organisation's (Gazetteer::IsOrganizationWord:
// "Exchange", "Organisation"), else the recogniser's type for those very words when it says what
// kind of thing they are (not PERSON, NORP, OTHER or a value), else its type for the acronym when
// it says one, else OTHER ("Value Added Tax (VAT)"). The same words anywhere else in the
// document (same case, in no longer mention) become that mention too: "violating the General
// Agreement on Tariffs and Trade" two sentences on; so does the acronym ("MGE PLANNING ..." in a
// headline had been a place). A new mention replaces the mentions it overlaps; it is not made
// where one of them runs past its ends. Idea after Schwartz and Hearst (2003), "A simple
// algorithm for identifying abbreviation definitions in biomedical text": the long form is found
// from the bracketed short form backwards.
// sentences: the document's tokens, one vector per sentence; mentions: one list per sentence
// (same count, spans within their sentence), changed in place and left in token order.
void AcronymLongForms(const std::vector<std::vector<std::string>>& sentences,
                      std::vector<std::vector<EntityMention>>& mentions);

}  // namespace kg::nlp
