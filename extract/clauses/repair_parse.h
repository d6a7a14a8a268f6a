#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// The repairs every UD parse gets before the clause rules read it, in this order (each reads what
// the one before wrote): lemmas the tagger left out (lemmas.h: FillMissingLemmas), verbs of
// coordinations the tagger read as nouns (coordinated_verbs.h: RepairCoordinatedVerbs), -ing
// nouns with a determiner the tagger read as verbs (nominal_gerunds.h: RepairNominalGerunds), two
// alike nouns coordinated before a noun they modify (coordinated_noun_modifiers.h), a firm's name
// with "and" read as coordinated with the role noun after it (firm_name_modifiers.h), an owner's
// share read as the predicate ("is 51 pct owned by", owned_shares.h), a gerund
// opening the sentence read as an adverbial with its object the subject (gerund_subjects.h), list
// members the parser hung on the verb (broken_lists.h: RepairBrokenLists), main verbs tagged as
// nouns (misread_verbs.h: RepairMisreadVerbs), a reported clause read as an open complement of
// saying (speech_complements.h: RepairSpeechComplements) and a "that" after a speech verb's time
// phrase read as a relative pronoun (misread_complements.h: RepairMisreadComplements), a
// description between commas read as a second subject and a title before a comma read as the name's
// modifier (appositions.h: RepairAppositions), a speaker ending the sentence parsed into the phrase
// before it (trailing_speakers.h: RepairTrailingSpeakers), a report's verb read as a participle of
// the saying's object (speech_objects.h: RepairSpeechObjects), a participle of saying that goes on
// with a report hung inside what was reported (reporting_participles.h:
// RepairReportingParticiples), "the Bank of Japan's governor" read as the bank (possessive_names.h:
// RepairPossessiveNames); then the recogniser's name spans where the repaired parse shows a name
// plainly (entities/name_spans.h: RepairNameSpans, with `gazetteer`'s countries). A sentence whose
// tree the repairs would leave with a loop keeps its parse (tags and lemmas included). In place:
// tags, lemmas, heads, relations and entity tags of `sentences` change. Both callers, the article
// pipeline (ud_pipeline.h: AnnotateDocument) and `kg extract`, run it after the entity recogniser,
// so that both read the same trees. A sentence of more than kMaxClauseTokens tokens, which no
// rule reads (clause_extractor.h), keeps its parse. Never throws. Thread-safe when each thread has
// its own sentences (Lexicon serialises its own calls).
void RepairParse(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon,
                 const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
