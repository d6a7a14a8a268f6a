#pragma once

#include <memory>

#include "extract/extract.h"
#include "extract/link_grammar/parser.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// Link Grammar parse, then LinkRules. Declines a sentence it cannot parse.
class LinkGrammarExtractor : public SentenceExtractor {
 public:
  LinkGrammarExtractor(std::shared_ptr<const LinkDictionary> dictionary,
                       std::shared_ptr<nlp::Lexicon> lexicon, ParserOptions options);

  [[nodiscard]] std::string_view name() const override { return "link-grammar"; }
  static constexpr std::size_t kMaxParsedBytes = 1200;
  [[nodiscard]] std::optional<std::vector<SentenceTriple>> Extract(
      std::string_view sentence) override;
  // The parses this extractor ran: parse (seconds of wall time in Link Grammar) and parses (one
  // (words, seconds) per sentence parsed); the other fields stay zero.
  [[nodiscard]] const ExtractProfile& parse_times() const { return parse_times_; }

 private:
  LinkParser parser_;
  ExtractProfile parse_times_;
  std::shared_ptr<nlp::Lexicon> lexicon_;
  int alternatives_;
};

// The fallback: a verb found by WordNet between two stretches of words. Low confidence; it never
// declines a sentence that has a verb.
class PatternExtractor : public SentenceExtractor {
 public:
  explicit PatternExtractor(std::shared_ptr<nlp::Lexicon> lexicon);

  [[nodiscard]] std::string_view name() const override { return "pattern"; }
  [[nodiscard]] std::optional<std::vector<SentenceTriple>> Extract(
      std::string_view sentence) override;

 private:
  std::shared_ptr<nlp::Lexicon> lexicon_;
};

}  // namespace kg::extract
