#pragma once

#include <compare>
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
// that express it ("has come from"). negated and modality ("will", "could"; a clause under a
// condition adds its word: "would if", "unless") are kept, never dropped.
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

  // Added by the UD extractor (issue 11). Triples stored before it (schema version 1) have the
  // defaults, which say "asserted by the article, undated, no value, no rule name".
  //
  // Who the text credits with the fact when the article only reports it: the speaker of "X said
  // ...", the X of "according to X", the one who denied it. Empty when the article says it itself.
  std::string attributed_to;
  // False for anything the article only reports (speech, "according to", a denial): the edge is a
  // claim of attributed_to, not a fact the article vouches for.
  bool asserted = true;
  // When the fact happened, as extract::ParseDate normalises the clause's date: ISO 8601 at the
  // precision the text gives ("2024-03-04", "2024-03", "2024"). Empty when the clause is undated.
  std::string time;
  // The object's normalised value when it is a value node (extract::Value::Canonical: "825000000
  // USD", "20%", "2024-03-03", "1200000 barrel"); empty otherwise.
  std::string value;
  // The name of the catalogue rule that produced the triple ("nsubj-obj", "appos-role", ...; see
  // extract/rules/catalogue.h); empty for extractors without a catalogue.
  std::string rule;
  // Where the arguments are in the article: code-point spans [start, end) of the subject and
  // object phrases, both {0, 0} when unknown.
  std::size_t subject_start = 0, subject_end = 0;
  std::size_t object_start = 0, object_end = 0;
};

// True for a plain assertion: neither negated, nor modal, nor merely reported ("X said that ...",
// "according to X": asserted false). What --asserted-only keeps, and the one place that decides it.
[[nodiscard]] inline bool IsAsserted(const Triple& t) {
  return t.asserted && !t.negated && t.modality.empty();
}

// One mention an article's entity absorbed under another name, and the identity rule that joined
// it: the record that lets a wrong merge be found (`kg merges`) and undone. name is the words of
// the mention ("Macron", "the company", "he"); rule one of extract::MergeRuleName's names
// ("surname", "acronym", "coreference", ...) or "alias" when the store joined an article's entity
// to one it already held through a shared name.
struct EntityMerge {
  std::string name;
  std::string rule;

  friend bool operator==(const EntityMerge&, const EntityMerge&) = default;
  friend auto operator<=>(const EntityMerge&, const EntityMerge&) = default;
};

// A canonical entity with the other names the text used for it. aliases are what other articles
// join by; merges record every join of this article (an alias, or a mention joined in this
// article only: a pronoun, a description, a firm's first word).
struct Entity {
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;
  int mentions = 0;
  std::vector<EntityMerge> merges = {};
};

}  // namespace kg::model
