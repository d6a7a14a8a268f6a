#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/entity_type.h"
#include "nlp/entity_typer.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::nlp {

// What the tagger remembers within one document: the people named so far, so that "Simmons"
// after "Phil Simmons" is a person too.
struct NameMemory {
  std::unordered_map<std::string, model::EntityType> names;
};

// A name found in a token sequence: tokens [begin, end).
struct NameSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  model::EntityType type = model::EntityType::kOther;
  bool nationality = false;  // "German", "West Indian": an adjective of a people
};

// Finds proper names in tokenised sentences: runs of capitalised tokens (with "of", "&", "de",
// "van" inside them), sentence-initial words only when WordNet does not know them as common
// words, all-capitals headlines only where the words are known names. Types come from
// EntityTyper, the given-name list, titles before the name and the words around it.
class NameTagger {
 public:
  NameTagger(std::shared_ptr<Lexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer);

  // memory carries what earlier sentences of the same document named; pass a fresh one per
  // document.
  [[nodiscard]] std::vector<NameSpan> Tag(const std::vector<std::string>& tokens,
                                          NameMemory& memory) const;

 private:
  [[nodiscard]] bool IsNationality(const std::string& word) const;
  [[nodiscard]] bool IsNameToken(const std::vector<std::string>& tokens, std::size_t i,
                                 bool headline) const;
  [[nodiscard]] NameSpan Classify(const std::vector<std::string>& tokens, std::size_t begin,
                                  std::size_t end, const NameMemory& memory) const;

  std::shared_ptr<Lexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  EntityTyper typer_;
  mutable bool headline_ = false;  // the sentence being tagged is in capitals
};

}  // namespace kg::nlp
