#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/entity_type.h"

namespace kg::extract {

// A byte range of the sentence an extractor was given.
struct TextSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// An argument as the sentence words it: tokens is the whole phrase as a reader would quote it
// ("the President of France"); name the part that names the entity ("President"), without
// determiners, numbers or attached clauses. type_hint is what the grammar says of its type
// (a person title, an appositive "a German politician"), when it says anything.
struct Phrase {
  std::vector<TextSpan> tokens;
  std::vector<TextSpan> name;
  bool proper = false;   // the head is a capitalised name
  bool pronoun = false;  // "he", "they", "it"
  bool clause = false;   // a reported clause or quotation, not a thing
  bool speaker = false;  // the subject of a speech verb ("X said")
  std::optional<model::EntityType> type_hint;

  [[nodiscard]] bool empty() const { return tokens.empty(); }
};

// Whether a triple is worth a line in an Open IE listing, or only an edge in the graph
// (a binary edge split off an n-ary extraction).
enum class TripleUse { kEverywhere, kGraphOnly };

// One extraction from one sentence, before entities are typed and named canonically.
struct SentenceTriple {
  Phrase subject;
  std::vector<TextSpan> relation;  // the words that express the relation
  std::string implicit_relation;   // said when no word does ("is" for an appositive)
  std::string predicate;           // normalised lemma: "fund", "host", "say", "president of"
  Phrase object;                   // empty when the clause has no object
  std::vector<Phrase> extras;      // further arguments: time, place, manner
  bool negated = false;
  std::string modality;  // "will", "could", ... or empty
  std::string rule;      // which rule fired, for confidence and debugging
  double confidence = 0.0;
  TripleUse use = TripleUse::kEverywhere;
  // The subject is the sentence's object and vice versa (a passive with its agent): Open IE output
  // quotes them in the sentence's order, the graph in the doer's.
  bool swapped = false;
};

}  // namespace kg::extract
