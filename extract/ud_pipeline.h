#pragma once

// `kg ingest`: articles through the nlp analyser's UD trees and the clause rules.
//
//   auto models = std::make_shared<const kg::extract::UdModels>("models");  // once
//   kg::extract::UdPipeline pipeline(models);                                // one per thread
//   kg::model::ArticleGraph g = pipeline.ExtractArticle(article);
//
// Stages: analyse (all-capital sentences recased first, nlp/all_caps.h; split, tokenise,
// tag, parse: nlp::Analyzer), recognise entities
// (nlp::EntityRecognizer, one document memory per article), fill lemmas, build clauses and emit
// triples (extract/emit_triples.h), resolve entities (extract/entities/entity_resolver.h: typing,
// name identity, surnames, acronyms). Deterministic: the graph depends only on the article.

#include <memory>
#include <string>

#include "extract/extract.h"
#include "nlp/analyzer.h"
#include "nlp/entity_recognizer.h"
#include "nlp/entity_typer.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// The models and word lists every thread's UdPipeline shares: loaded once, read-only after.
struct UdModels {
  // Loads models_dir's tagger.kgm, parser.kgm and ner.kgm, WordNet and the ISO country list.
  // Throws kg::Error naming the file that is missing or damaged.
  explicit UdModels(const std::string& models_dir);

  std::shared_ptr<nlp::Lexicon> lexicon;
  std::shared_ptr<const nlp::Gazetteer> gazetteer;
  nlp::Analyzer analyzer;
  nlp::EntityRecognizer recognizer;
  nlp::EntityTyper typer;
};

// The article's text as the analyser reads it: wire markup blanked (nlp::BlankWireMarkup, with
// the article's title, "" for none), all-capital sentences and headlines recased, a common word
// after "U.S." lowered (nlp/all_caps.h). Only ASCII letters change: byte offsets are the text's.
[[nodiscard]] std::string TextForParsing(const UdModels& models, const std::string& text,
                                         const std::string& title);

// The stages between parsing and the clause rules, shared by UdPipeline and `kg coref`: entity
// tags over the sentences of at most kMaxClauseTokens tokens as one document
// (nlp::EntityRecognizer::MarkDocument), then the parse repairs (clauses/repair_parse.h:
// RepairParse). In place.
void AnnotateDocument(const UdModels& models, std::vector<nlp::AnalyzedSentence>& sentences);

class UdPipeline : public ArticleExtractor {
 public:
  explicit UdPipeline(std::shared_ptr<const UdModels> models);

  // Every sentence of the article is stored (evidence indexes them); triples carry the meaning
  // fields (negated, modality, attributed_to, asserted, time, value, rule), extractor "ud/RULE",
  // evidence with the sentence's byte span. REQUIRES: article.text is valid UTF-8 (input/'s
  // readers check it).
  [[nodiscard]] model::ArticleGraph ExtractArticle(model::Article article) override;
  // parse: analysis (split, tokenise, tag, parse); rules: clause rules and emission; typing:
  // entity recognition, lemmas and resolution. parses: one (words, seconds) per sentence, the
  // article's parse time shared out by words (the analyser parses an article at once, in time
  // linear in its words), so `--profile`'s parse_by_words is an estimate, not a per-sentence clock.
  [[nodiscard]] ExtractProfile profile() const override { return profile_; }

 private:
  std::shared_ptr<const UdModels> models_;
  ExtractProfile profile_;
};

}  // namespace kg::extract
