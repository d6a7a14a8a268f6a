#pragma once

// The extraction layer's public surface: articles in, typed triples out.
//
//   kg::extract::Pipeline pipeline;                      // loads Link Grammar and WordNet once
//   kg::model::ArticleGraph g = pipeline.ExtractArticle(article);
//
// Pipeline is not thread-safe; give each thread its own (they share the dictionaries).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/link_grammar/parser.h"
#include "extract/profile.h"
#include "extract/sentence_triple.h"
#include "input/article_reader.h"
#include "input/triple_reader.h"
#include "model/article.h"
#include "nlp/name_tagger.h"

namespace kg::extract {

// A pluggable extractor: turns one sentence (normalised text) into triples whose spans index it.
// Returns nothing when it cannot handle the sentence, so that the next extractor is tried.
class SentenceExtractor {
 public:
  virtual ~SentenceExtractor() = default;
  [[nodiscard]] virtual std::string_view name() const = 0;
  [[nodiscard]] virtual std::optional<std::vector<SentenceTriple>> Extract(
      std::string_view sentence) = 0;
};

struct ExtractOptions {
  ParserOptions parser;
  bool use_link_grammar = true;  // false: the pattern fallback only (fast, rough)
};

enum class InputStyle {
  kPlain,      // ordinary text
  kPtbTokens,  // Penn Treebank tokens separated by spaces (`` '' -LRB-), as in CaRB and CoNLL
};

// A triple rendered with the sentence's own words, for Open IE output.
struct OpenTriple {
  std::string subject;
  std::string relation;
  std::string object;
  std::vector<std::string> extras;
  std::string predicate;
  bool negated = false;
  std::string modality;
  double confidence = 0.0;
  std::string extractor;
  std::string rule;
  TripleUse use = TripleUse::kEverywhere;
};

// One article in, everything extracted from it out: what `kg ingest` runs on each thread. Not
// thread-safe; give each thread its own (Pipeline: Link Grammar; UdPipeline: the UD parser).
class ArticleExtractor {
 public:
  virtual ~ArticleExtractor() = default;
  // Spans in the result are byte offsets into article.text (model::Evidence). Deterministic: the
  // same article gives the same graph on any thread.
  [[nodiscard]] virtual model::ArticleGraph ExtractArticle(model::Article article) = 0;
  // Stage times summed over the articles this extractor did.
  [[nodiscard]] virtual ExtractProfile profile() const = 0;
};

class Pipeline : public ArticleExtractor {
 public:
  // Throws kg::Error (kNotFound) when Link Grammar's dictionary or WordNet is missing.
  explicit Pipeline(const ExtractOptions& options = {});
  ~Pipeline() override;
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Splits, parses and types one article; spans in the result are offsets into article.text,
  // counted in bytes.
  [[nodiscard]] model::ArticleGraph ExtractArticle(model::Article article) override;

  // Proper names in a tokenised sentence, typed (see NameTagger).
  [[nodiscard]] std::vector<nlp::NameSpan> TagNames(const std::vector<std::string>& tokens,
                                                    nlp::NameMemory& memory) const;

  // The sentences of a text, as the article pipeline splits them.
  [[nodiscard]] std::vector<std::string> SplitSentences(std::string_view text) const;

  [[nodiscard]] ExtractProfile profile() const override;

  // Extractions from one sentence, with arguments in the sentence's own tokens.
  [[nodiscard]] std::vector<OpenTriple> ExtractSentence(std::string_view sentence,
                                                        InputStyle style);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
