#pragma once

#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Fills the lemma of every token the analyser left without one ("" or "_"), from its UPOS and
// WordNet: VERB and AUX through Lexicon::VerbLemma ("refused" -> "refuse", "led" -> "lead"),
// NOUN through NounLemma ("meetings" -> "meeting"), every other word lower-cased (proper nouns
// keep their spelling). Lemmas already given are kept. The clause rules read lemmas, so a tree
// without them would miss every verb class. Thread-safe when each thread has its own sentences.
void FillMissingLemmas(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon);

}  // namespace kg::extract
