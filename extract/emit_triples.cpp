#include "extract/emit_triples.h"

#include <string>

#include "extract/clauses/clause_extractor.h"
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

std::vector<model::Triple> EmitTriples(const model::Article& article,
                                       const std::vector<nlp::AnalyzedSentence>& sentences) {
  const std::vector<std::size_t> bytes = CodePointBytes(article.text);
  ArgumentContext context;
  context.article_date = ParseArticleDate(article.date);
  std::vector<model::Triple> out;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const nlp::AnalyzedSentence& s = sentences[i];
    if (s.start > s.end || s.end >= bytes.size())
      throw Error(ErrorCode::kInvalidInput,
                  article.source + ": sentence " + std::to_string(i) + ": offsets beyond the text");
    model::Evidence evidence;
    evidence.article = article.source;
    evidence.sentence_index = i;
    evidence.start = bytes[s.start];
    evidence.end = bytes[s.end];
    evidence.sentence = article.text.substr(evidence.start, evidence.end - evidence.start);
    for (const ClauseTriple& t : ExtractClauseTriples(s, context))
      out.push_back(ToModelTriple(t, evidence));
  }
  return out;
}

}  // namespace kg::extract
