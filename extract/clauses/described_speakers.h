#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse of a speaker named and described between commas after the report: "The banks
// have an unfair advantage, Paul Hofer, head of the Foreign Bankers Association of Japan, told
// Reuters." parsed with the name and its description appositions of "advantage" and the verb of
// saying with no subject, so the report read "banks -have-> Paul Hofer" (judged wrong) and was
// nobody's. When the sentence ends on a verb of saying (trailing_speakers.h: FinalSpeechVerb)
// with no subject and a clause before it as its complement (or hung on that clause's verb as a
// parataxis or conjunct, when the two change places), and the words between the comma
// closing that clause and the verb are a name (one to four capitalised proper nouns with an
// entity tag), a comma, a description with no verb (one to ten words) and a comma, the name
// becomes the verb's nsubj and the description its apposition. Only when no word of the report
// hangs on them. Never throws.
void RepairDescribedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
