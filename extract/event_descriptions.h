#pragma once

#include <vector>

#include "extract/emit_triples.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Marks as no edge (edges[i] = false) each appos-isa triple of `emitted` whose description names
// an act, event, process, phenomenon, attribute or feeling rather than what a named thing can
// be: misread appositions gave "National Union of Mineworkers -be-> strike", "United States -be->
// growth", "Bank of Japan -be-> dollar support", "MENA -be-> visit". The description's head is
// its last word before any preposition, read as a noun (Lexicon::NounLemma), and the test is the
// lexicographer file of its first WordNet sense (WordNet 3.0 lexnames: noun.act, noun.event,
// noun.process, noun.phenomenon, noun.attribute, noun.feeling), except for nouns of that kind
// that name a body or a holding in business news (venture, enterprise, concern, market, service,
// project, deal, bond, right, unit, capital, exchange, operator, office). So too a description
// that names an amount or a time (noun.quantity, noun.time: "Central Statistical Office -be->
// 3.4 pct increase"), thoughts, messages, holdings or states in the plural (noun.cognition,
// noun.communication, noun.possession, noun.state: "USDA -be-> signs", "Texaco -be-> stocks"),
// or whose head is no noun ("Bundesbank -be-> likely"), unless it spells out a code or is a name
// itself ("EEP -be-> export enhancement program", "Libor -be-> London Interbank Offered Rate").
// The mentions stay for entity resolution, as for every dropped edge (graph_edges.h). `edges`
// has one entry per triple of `emitted`. Never throws.
void DropEventDescriptions(const std::vector<EmittedTriple>& emitted, nlp::Lexicon& lexicon,
                           std::vector<bool>& edges);

}  // namespace kg::extract
