#pragma once

#include <vector>

#include "extract/clauses/clause_extractor.h"
#include "model/article.h"
#include "model/triple.h"
#include "nlp/analysis.h"

namespace kg::extract {

// One emitted triple with the clause triple it was made from (its arguments as the sentence gives
// them: named or not, phrase spans), which entity resolution reads.
struct EmittedTriple {
  ClauseTriple clause;
  model::Triple triple;
};

// The sentences of an analysed article as the store keeps them: byte span [start, end) in
// article.text and the text. `sentences` are the analyser's output for article.text (offsets in
// code points). Throws kg::Error (kInvalidInput) "SOURCE: sentence N: offsets beyond the text"
// when a sentence's offsets do not fit article.text.
[[nodiscard]] std::vector<model::SentenceSpan> SentenceSpans(
    const model::Article& article, const std::vector<nlp::AnalyzedSentence>& sentences);

// The pipeline stage "emit triples" for the UD extractor: one article's analysed sentences in,
// its typed triples out, before entity resolution.
//
// `sentences` are the analyser's output for article.text: sentence and token offsets count code
// points of article.text. Each triple's evidence names article.source, the sentence's index in
// `sentences`, its text, and its byte span [start, end) in article.text (model::Evidence's unit);
// subject_start/end and object_start/end stay in code points of article.text. Dates ("on
// Monday") resolve against article.date when ParseArticleDate reads it, else only absolute dates
// are kept. Throws kg::Error as SentenceSpans does.
[[nodiscard]] std::vector<EmittedTriple> EmitClauseTriples(
    const model::Article& article, const std::vector<nlp::AnalyzedSentence>& sentences);

// EmitClauseTriples' model triples alone, without those whose subject or object is a pronoun
// (EmitClauseTriples keeps them, marked Argument::pronoun, for coreference).
[[nodiscard]] std::vector<model::Triple> EmitTriples(
    const model::Article& article, const std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
