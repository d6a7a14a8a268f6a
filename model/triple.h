#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/entity_type.h"

namespace kg::model {

// A node as a triple names it: the canonical name and its type.
struct EntityRef {
  std::string name;
  EntityType type = EntityType::kOther;

  friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

// Where a triple was read: the article (its source path or URL), the sentence text, and the
// byte span [start, end) of the sentence in the article's stored text.
struct Evidence {
  std::string article;
  std::size_t sentence_index = 0;
  std::string sentence;
  std::size_t start = 0;
  std::size_t end = 0;
};

// One typed fact. predicate is the normalised lemma ("fund"), relation the words of the sentence
// that express it ("has come from"). negated and modality ("will", "could") are kept, never
// dropped.
struct Triple {
  EntityRef subject;
  std::string predicate;
  std::string relation;
  EntityRef object;
  bool negated = false;
  std::string modality;
  double confidence = 0.0;
  std::string extractor;
  Evidence evidence;
};

// True for a plain assertion: neither negated nor modal. What --asserted-only keeps; once the
// extraction records attribution, a merely reported fact ("X said that ...") is not asserted
// either, and this is the one place that learns it.
[[nodiscard]] inline bool IsAsserted(const Triple& t) { return !t.negated && t.modality.empty(); }

// A canonical entity with the other names the text used for it.
struct Entity {
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;
  int mentions = 0;
};

}  // namespace kg::model
