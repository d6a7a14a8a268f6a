#include "extract/emit_triples.h"

#include <string>

#include "extract/entities/local_dollars.h"
#include "extract/entities/values.h"
#include "model/error.h"
#include "nlp/utf8.h"

namespace kg::extract {

namespace {

// Byte offset of every code point of text, plus one past the end: the map from the analyser's
// offsets to model::Evidence's.
std::vector<std::size_t> CodePointBytes(const std::string& text) {
  std::vector<std::size_t> bytes;
  std::size_t b = 0;
  while (b < text.size()) {
    bytes.push_back(b);
    b += nlp::Utf8Length(static_cast<unsigned char>(text[b]));
  }
  bytes.push_back(text.size());
  return bytes;
}

}  // namespace

std::vector<model::SentenceSpan> SentenceSpans(
    const model::Article& article, const std::vector<nlp::AnalyzedSentence>& sentences) {
  const std::vector<std::size_t> bytes = CodePointBytes(article.text);
  std::vector<model::SentenceSpan> out;
  out.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const nlp::AnalyzedSentence& s = sentences[i];
    if (s.start > s.end || s.end >= bytes.size())
      throw Error(ErrorCode::kInvalidInput,
                  article.source + ": sentence " + std::to_string(i) + ": offsets beyond the text");
    const std::size_t start = bytes[s.start];
    const std::size_t end = bytes[s.end];
    out.push_back({start, end, article.text.substr(start, end - start)});
  }
  return out;
}

std::vector<EmittedTriple> EmitClauseTriples(const model::Article& article,
                                             const std::vector<nlp::AnalyzedSentence>& sentences) {
  const std::vector<model::SentenceSpan> spans = SentenceSpans(article, sentences);
  ArgumentContext context;
  context.article_date = ParseArticleDate(article.date);
  context.local_dollar = LocalDollarOfPlace(DatelinePlace(article.text)).value_or("");
  context.pronouns = true;  // for entity resolution; EmitTriples leaves them out
  std::vector<EmittedTriple> out;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const model::Evidence evidence{article.source, i, spans[i].text, spans[i].start, spans[i].end};
    for (ClauseTriple& t : ExtractClauseTriples(sentences[i], context)) {
      model::Triple triple = ToModelTriple(t, evidence);
      out.push_back({std::move(t), std::move(triple)});
    }
  }
  return out;
}

std::vector<model::Triple> EmitTriples(const model::Article& article,
                                       const std::vector<nlp::AnalyzedSentence>& sentences) {
  std::vector<model::Triple> out;
  for (EmittedTriple& e : EmitClauseTriples(article, sentences))
    if (!e.clause.subject.pronoun && !e.clause.object.pronoun) out.push_back(std::move(e.triple));
  return out;
}

}  // namespace kg::extract
