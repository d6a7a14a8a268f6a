#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of a report's closing speaker written as a name, a comma and the name's
// title with no comma after the title: "\"We have the capacity,\" Rastam Hadi, Petronas's
// Vice-President for Upstream Sector said." parsed with "Hadi" a dep of the quotation's verb and
// the title the subject of "said" (the node "Vice-President" spoke, judged junk), and "Exports
// will rise, Gilberto Arango, president of the exporters' association said." with the name a
// parataxis of "rise" and "said" left without a subject (no statement at all). When a verb of
// saying (rules/attribution.h IsSpeechVerb) ends the sentence (only punctuation after its own
// words), and a proper-noun name, every word capitalised and tagged no organisation or place,
// stands between a comma or closing quotation mark and a comma right before the verb's words,
// hung inside the report: a subject of the verb that fills the words after the name's comma, is
// headed by a person's title (Gazetteer::IsPersonTitle, the part after a hyphen too) and holds
// no person, becomes the name's apposition, and the name the verb's nsubj; with no subject, a
// name tagged PERSON whose own words fill the gap (its apposition: "president of ...") becomes
// the nsubj. Never throws.
void RepairNamedTrailingSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

// Whether tokens `name` and `description` (0-based) of one sentence read as a speaker's name and
// its title: the name a capitalised proper noun tagged a person, or tagged nothing that names no
// person (an organisation, a place, a value: "Tokyo, Japan's finance minister" is two), and the
// description headed by a person's title (Gazetteer::IsPersonTitle, the part after a hyphen too:
// "Vice-President").
[[nodiscard]] bool IsTitledSpeakerName(const std::vector<nlp::Token>& tokens, int name,
                                       int description);

}  // namespace kg::extract
