#pragma once

#include "model/article.h"
#include "nlp/gazetteer.h"

namespace kg::extract {

// Type corrections that need the whole article's entities, applied after resolution to
// graph.entities and to both ends of graph.triples alike:
// - a name that ends in a legal form ("Mason Best Co", "Torvik Malt Ltd", "Halden SA") is an
//   ORGANIZATION, whatever the recogniser said of its first words;
// - a one-word PERSON that is a word of an ORGANIZATION's name in the same
//   article ("Kodak" beside "Eastman Kodak Co", "Precambrian" beside "Precambrian Shield
//   Resources Ltd"), or of a firm's name with a legal form inside another node's name ("Eastman
//   Kodak Co's decision to sell"), is that kind of name: ORGANIZATION;
// - a news agency of a curated list ("Reuters", "Xinhua", "Tanjug", "IRNA") is an ORGANIZATION;
// - a PERSON whose last word ends in "corp", "bancshares" or "banken" ("Citicorp", "Suburban
//   Bancorp", "Nordbanken"), or "Fed", is an ORGANIZATION;
// - a PERSON whose name the article writes at the start of a firm's name with a legal form
//   ("Niagara Mohawk" beside "Niagara Mohawk Power Corp"), or a LOCATION or CITY that is no
//   country or known place right before a legal form ("Japan Line Ltd"), is an ORGANIZATION; so
//   is a PERSON of two or more words whose last word the article writes right before a legal form
//   and whose first word is no given name, title or form of address ("Avco Lycoming Textron"
//   beside "Textron Inc"; not "Henry Ford" beside "Ford Motor Co");
// - a LOCATION or CITY that is no country or known place (nlp::Gazetteer::IsKnownPlace) and is
//   the subject of a verb of saying is a PERSON when a given name starts it ("Shoichi Saba") or
//   a person of the article has it as surname ("Nogales" beside "Javier Nogales"), else an
//   ORGANIZATION ("Forstmann Little said ...");
// - a one-word COUNTRY that is no country of ISO 3166-1 by any of its names (a US state, a
//   province: "Idaho", "Alberta") is a LOCATION ("Soviet Union", gone from ISO 3166-1, stays);
// - a PERSON whose name is a people ("Venezuelans", "Germans"), or one word that is the plural
//   of a WordNet noun of a kind of person ("Conservatives", "Aides", "MPs"), is no person: OTHER.
// A STATEMENT is never retyped, whatever names it holds.
// Entities that end up with one name and type are joined (aliases and mention counts summed).
void CorrectArticleTypes(model::ArticleGraph& graph, const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
