#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a speaker named with a modifier after the noun at the end of a sentence:
// "..., sources familiar with the talks said." parsed with "talks" the subject of "said" and
// "familiar" its adjective (the graph credited the report to "familiar talks"); "..., officials
// involved said." parsed with "involved" a verb with "officials" its subject and "said" its
// complement (the report was credited to no one: judged "missing attribution to officials
// involved"). When a verb of saying (rules/attribution.h: IsSpeechVerb) ends the sentence (only
// punctuation after it) and the words between the comma before it and the verb are a noun
// phrase (determiners, adjectives and nouns), an adjective or past participle right after its
// noun ("familiar", "close", "involved", "concerned"), and optionally a prepositional phrase
// ("with the talks", "to the government"), the noun is the verb's subject, the adjective its
// amod (the participle its acl) and the phrase's noun the adjective's oblique; a verb that hung
// under those words becomes a parataxis of the clause they hung on. Never throws.
void RepairModifiedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
