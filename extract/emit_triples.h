#pragma once

#include <vector>

#include "model/article.h"
#include "model/triple.h"
#include "nlp/analysis.h"

namespace kg::extract {

// The pipeline stage "emit triples" for the UD extractor: one article's analysed sentences in,
// its typed triples out, before entity resolution.
//
// `sentences` are the analyser's output for article.text: sentence and token offsets count code
// points of article.text. Each triple's evidence names article.source, the sentence's index in
// `sentences`, its text, and its byte span [start, end) in article.text (model::Evidence's unit);
// subject_start/end and object_start/end stay in code points of article.text. Dates ("on
// Monday") resolve against article.date when ParseArticleDate reads it, else only absolute dates
// are kept. Throws kg::Error (kInvalidInput) "SOURCE: sentence N: offsets beyond the text" when a
// sentence's offsets do not fit article.text.
[[nodiscard]] std::vector<model::Triple> EmitTriples(
    const model::Article& article, const std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
