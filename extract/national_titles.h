#pragma once

#include <vector>

#include "extract/emit_triples.h"
#include "nlp/gazetteer.h"

namespace kg::extract {

// "German Chancellor Olaf Brandt" gives Olaf Brandt -chancellor of-> Germany (COUNTRY), as the
// extraction issue asks, not "be German Chancellor": a title-role edge "be ROLE" whose role
// starts with a nationality (nlp::Gazetteer::CountryOfNationality of its first word, or of its
// first two: "West German" -> West Germany, "North Korean" -> North Korea) followed by a title is
// that country's title ("Nigerian Finance Minister" -> "finance minister of" Nigeria); so is one
// whose role starts with a country's name (nlp::Gazetteer::FindCountry: "U.S. Treasury Secretary"
// -> "Treasury Secretary of" United States). Not when an organisation's word stands between them
// ("French Maize Producers Association president": the association is French). The object's span is
// the nationality's words. Other triples are left as they are. In place; never throws.
void OwnTitlesByNationality(std::vector<EmittedTriple>& emitted, const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
