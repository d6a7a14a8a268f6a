#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/lexicon.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace kg::nlp {

// The model files kg ships, by name inside a models directory.
inline constexpr const char* kTaggerFile = "tagger.kgm";
inline constexpr const char* kParserFile = "parser.kgm";

// Text in, analysed sentences out: normalisation, sentence splitting, EWT tokenisation,
// part-of-speech tagging and dependency parsing. Immutable after construction; the Analyze
// functions are thread-safe and deterministic.
//
//   const Analyzer analyzer("models");
//   for (const AnalyzedSentence& s : analyzer.Analyze(text)) ...
class Analyzer {
 public:
  // Loads models_dir/tagger.kgm and models_dir/parser.kgm, and opens WordNet (for the retagging
  // of infinitives between tagging and parsing: infinitive_tags.h). Throws kg::Error naming the
  // file that is missing, truncated, corrupt or of another version, or (kNotFound) when the
  // WordNet database is not installed.
  explicit Analyzer(const std::string& models_dir);

  // Analyses plain UTF-8 text. Offsets are code points into `text`; forms are spelled as in
  // `text` (the models see them normalised: curly quotes as ASCII, dashes spaced).
  // Sentences are tagged and parsed on `threads` threads (at least 1); the result does not depend
  // on the number of threads. A sentence of more than max_parsed_tokens tokens (0: no limit) is
  // split and tokenised but neither tagged nor parsed (empty tags, every head 0): a caller that
  // only wants what writers say need not pay for text without full stops. REQUIRES: valid UTF-8.
  [[nodiscard]] std::vector<AnalyzedSentence> Analyze(std::string_view text, int threads = 1,
                                                      std::size_t max_parsed_tokens = 0) const;

  // Tags and parses many sentences on `threads` threads, each as AnalyzeTokens does.
  void AnalyzeAll(std::vector<std::vector<Token>*>& sentences, int threads) const;

  // Tags and parses one already tokenised sentence in place (forms kept; upos, xpos, head and
  // deprel replaced).
  void AnalyzeTokens(std::vector<Token>& tokens) const;

 private:
  Tagger tagger_;
  Parser parser_;
  std::shared_ptr<Lexicon> lexicon_;
};

}  // namespace kg::nlp
