#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"
#include "nlp/name_tagger.h"
#include "nlp/ner_labels.h"

namespace kg::nlp {

// Bump when the features below change: a model trained on other features is refused.
inline constexpr std::uint32_t kNerFeatureVersion = 1;

// What the recogniser remembers within one document: the rule tagger's memory of the names typed
// so far (a person named in full makes the lone surname a person later), which reaches the model
// through the stacked rule feature. Forcing each name to keep its first type cost 4.4 F1 on GUM
// dev (errors spread); the document pass kept is a strict-majority vote after tagging
// (KeepDocumentTypes, nlp/ner_document.h). Pass a fresh one per document.
struct NerDocumentMemory {
  NameMemory rules;
};

// Per-token facts computed once per sentence, then read by every feature of every label.
struct NerToken {
  std::string lower;
  std::string shape;        // "Xxxx" -> "Xx", "U.S." -> "X.X.", "1996" -> "d"; "CAPS" in headlines
  std::string upos;         // "" when the caller has no tags
  std::string rule;         // the rule tagger's view: "B-PERSON", "I-ORGANIZATION", "NAT" or "O"
  std::uint32_t lists = 0;  // NerList bits
};

// One sentence prepared for feature extraction.
struct NerSentenceContext {
  std::vector<NerToken> tokens;
  bool headline = false;  // most letters are capitals: shapes say nothing, the words are looked up
                          // in title case
};

// Turns tokens into hashed features for the recogniser: the word, its lower case, shape,
// prefixes and suffixes, the words two either side, UPOS, name-list hits (iso-codes countries,
// nlp::Gazetteer's given names, places and peoples, WordNet's proper senses), the rule tagger's
// output (stacking) and the two previous labels. Tried and not kept: the lists two tokens away
// and the rule tagger's answer with the shape and the two answers before it (GUM dev F1 70.1
// -> 70.7, CoNLL unchanged, but invented company names such as "Greystone Capital" were lost).
// Thread-compatible: the Lexicon serialises its own calls.
class NerFeatures {
 public:
  NerFeatures(std::shared_ptr<Lexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer);

  // tokens: the sentence; upos: one tag per token or empty. Runs the rule tagger, which updates
  // memory.rules.
  [[nodiscard]] NerSentenceContext Prepare(const std::vector<std::string>& tokens,
                                           const std::vector<std::string>& upos,
                                           NerDocumentMemory& memory) const;

  // Appends the features of token i, given the labels of the two tokens before it, to out.
  void Extract(const NerSentenceContext& s, std::size_t i, NerLabel prev, NerLabel prev2,
               std::vector<std::uint64_t>& out) const;

 private:
  [[nodiscard]] std::uint32_t Lists(const std::string& word, bool headline) const;

  std::shared_ptr<Lexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  NameTagger rules_;
};

// "Xxxx" -> "Xx", "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996" -> "d", "3-0" -> "d-d": runs
// of one character class collapse to one character.
[[nodiscard]] std::string WordShape(const std::string& word);

// Whether most letters of the sentence are capitals (a headline, a sports table).
[[nodiscard]] bool IsHeadline(const std::vector<std::string>& tokens);

}  // namespace kg::nlp
