#include "nlp/analyzer.h"

#include <algorithm>
#include <filesystem>
#include <thread>

#include "nlp/acronym_tags.h"
#include "nlp/compound_modifiers.h"
#include "nlp/infinitive_tags.h"
#include "nlp/month_tags.h"
#include "nlp/number_tags.h"
#include "nlp/possessive_apostrophes.h"
#include "nlp/postnominal_adjectives.h"
#include "nlp/sentence_splitter.h"
#include "nlp/short_name_tags.h"
#include "nlp/text_normalizer.h"
#include "nlp/tokenizer.h"
#include "nlp/utf8.h"

namespace kg::nlp {
namespace {

std::string Join(const std::string& dir, const char* file) {
  return (std::filesystem::path(dir) / file).string();
}

// Byte offset in `text` of each code point, plus text.size() at the end.
std::vector<std::size_t> CodePointStarts(std::string_view text) {
  std::vector<std::size_t> out;
  out.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) out.push_back(i);
  }
  out.push_back(text.size());
  return out;
}

// Code-point index of each byte offset of `text` (a byte inside a sequence maps to its start).
std::vector<std::size_t> CodePointIndex(std::string_view text) {
  std::vector<std::size_t> out(text.size() + 1);
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U;
    if (lead && i > 0) ++cp;
    out[i] = cp;
  }
  out[text.size()] = text.empty() ? 0 : cp + 1;
  return out;
}

}  // namespace

Analyzer::Analyzer(const std::string& models_dir)
    : tagger_(Join(models_dir, kTaggerFile)),
      parser_(Join(models_dir, kParserFile)),
      lexicon_(Lexicon::Open()) {}

void Analyzer::AnalyzeTokens(std::vector<Token>& tokens) const {
  tagger_.Tag(tokens);
  RetagCompoundModifiers(tokens);
  RetagTitleParticiples(tokens);
  RetagTitleRanks(tokens);
  RetagNumbers(tokens);
  RetagAcronyms(tokens);
  RetagPossessiveApostrophes(tokens);
  RetagPostnominalAdjectives(tokens);
  RetagInfinitives(tokens, *lexicon_);
  RetagNonVerbInfinitives(tokens, *lexicon_);
  RetagMonthMay(tokens);
  RetagShortNames(tokens);
  parser_.Parse(tokens);
}

void Analyzer::AnalyzeAll(std::vector<std::vector<Token>*>& sentences, int threads) const {
  const auto n = static_cast<std::size_t>(std::max(threads, 1));
  const auto work = [&](std::size_t first) {
    for (std::size_t i = first; i < sentences.size(); i += n) AnalyzeTokens(*sentences[i]);
  };
  std::vector<std::thread> pool;
  for (std::size_t k = 1; k < n; ++k) pool.emplace_back(work, k);
  work(0);
  for (std::thread& t : pool) t.join();
}

std::vector<AnalyzedSentence> Analyzer::Analyze(std::string_view text, int threads,
                                                std::size_t max_parsed_tokens) const {
  const NormalizedText norm = Normalize(text);
  const std::vector<std::size_t> cp_of = CodePointIndex(text);
  std::vector<AnalyzedSentence> out;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> bytes;  // original [a, b) per token
  for (const Span& span : SplitSentences(norm.text)) {
    const std::string_view piece =
        std::string_view(norm.text).substr(span.start, span.end - span.start);
    const std::vector<std::size_t> starts = CodePointStarts(piece);
    AnalyzedSentence sentence;
    sentence.tokens = Tokenize(piece);
    if (sentence.tokens.empty()) continue;
    auto& spans = bytes.emplace_back();
    for (const Token& t : sentence.tokens) {
      const std::size_t a = norm.OriginalStart(span.start + starts[t.start]);
      std::size_t b = norm.OriginalEnd(span.start + starts[t.end]);
      // A replaced sequence (an em dash) maps to its first byte: end after the whole character.
      while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0U) == 0x80U) ++b;
      spans.emplace_back(a, b);
    }
    sentence.start = cp_of[spans.front().first];
    sentence.end = cp_of[spans.back().second];
    out.push_back(std::move(sentence));
  }
  std::vector<std::vector<Token>*> all;
  for (AnalyzedSentence& s : out) {
    if (max_parsed_tokens == 0 || s.tokens.size() <= max_parsed_tokens) all.push_back(&s.tokens);
  }
  AnalyzeAll(all, threads);
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (std::size_t i = 0; i < out[k].tokens.size(); ++i) {
      Token& t = out[k].tokens[i];
      const auto [a, b] = bytes[k][i];
      t.form = std::string(text.substr(a, b - a));
      t.start = cp_of[a];
      t.end = cp_of[b];
    }
  }
  return out;
}

}  // namespace kg::nlp
