#pragma once

// The extraction layer's public surface: articles in, typed triples out.
//
//   auto models = std::make_shared<const kg::extract::UdModels>("models");  //
//   extract/ud_pipeline.h kg::extract::UdPipeline pipeline(models); // one per thread
//   kg::model::ArticleGraph g = pipeline.ExtractArticle(article);

#include "extract/profile.h"
#include "model/article.h"

namespace kg::extract {

// One article in, everything extracted from it out: what `kg ingest` runs on each thread. Not
// thread-safe; give each thread its own (UdPipeline: one per thread over shared UdModels).
class ArticleExtractor {
 public:
  virtual ~ArticleExtractor() = default;
  // Spans in the result are byte offsets into article.text (model::Evidence). Deterministic: the
  // same article gives the same graph on any thread.
  [[nodiscard]] virtual model::ArticleGraph ExtractArticle(model::Article article) = 0;
  // Stage times summed over the articles this extractor did.
  [[nodiscard]] virtual ExtractProfile profile() const = 0;
};

}  // namespace kg::extract
