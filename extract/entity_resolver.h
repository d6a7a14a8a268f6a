#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/triple.h"
#include "nlp/entity_typer.h"

namespace kg::extract {

// One argument of one triple, in article order.
struct Mention {
  nlp::MentionText text;
  bool pronoun = false;
  bool clause = false;    // a reported clause: its own node, never merged
  bool definite = false;  // "the summit", "this pledge"
  bool subject = false;   // the subject of its triple
  std::size_t sentence = 0;
};

// Decides which mentions of an article name the same thing, and what each thing is called:
// countries by their ISO identity ("U.S." = "United States"), people by their full name
// ("Macron" joins "Emmanuel Macron" when exactly one person of that surname is in the article),
// titles stripped ("President Macron"), "he"/"she" to the nearest person before, and a definite
// description ("the summit") to the nearest thing before whose name ends in the same noun.
// Conservative: two names merge only when the text ties them.
class EntityResolver {
 public:
  EntityResolver(const nlp::EntityTyper& typer, const nlp::Gazetteer& gazetteer);

  // For each mention, the index of its entity in entities(), or nothing for a pronoun with no
  // antecedent ("they", "it").
  [[nodiscard]] std::vector<std::optional<std::size_t>> Resolve(
      const std::vector<Mention>& mentions);
  [[nodiscard]] const std::vector<model::Entity>& entities() const { return entities_; }

 private:
  struct Group;
  [[nodiscard]] std::string KeyOf(const Mention& m, model::EntityType type, std::string* canonical,
                                  std::vector<std::string>* aliases) const;

  const nlp::EntityTyper& typer_;
  const nlp::Gazetteer& gazetteer_;
  std::vector<model::Entity> entities_;
};

}  // namespace kg::extract
