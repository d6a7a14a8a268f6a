#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity_type.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::nlp {

// What typing knows of one mention.
struct MentionText {
  std::string name;                // the naming words ("ERAM long-range cruise missiles")
  std::vector<std::string> words;  // the same, word by word
  std::string full;                // the whole phrase ("3,350 ERAM long-range cruise missiles")
  bool proper = false;
  std::optional<model::EntityType> hint;
  bool speaker = false;  // the subject of "said", "stressed": a person unless typed otherwise
};

// Types a mention from, in order: the grammar's hint (a person title, an appositive), money,
// date and quantity patterns, the ISO country list, WordNet's classes for the name and for its
// head noun (instance-of for names, hypernyms for common nouns), organisation words and name
// shapes. Thread-safe (Lexicon serialises its own calls).
class EntityTyper {
 public:
  EntityTyper(std::shared_ptr<Lexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer);

  [[nodiscard]] model::EntityType Type(const MentionText& mention) const;
  // True when WordNet's first proper sense of `name` is a state of a federation or a province
  // ("Minnesota", "Bavaria", "Ontario"): a LOCATION, neither a COUNTRY nor a CITY.
  [[nodiscard]] bool IsProvince(const std::string& name) const;

 private:
  [[nodiscard]] std::optional<model::EntityType> FromPattern(const MentionText& m) const;
  [[nodiscard]] std::optional<model::EntityType> FromName(const MentionText& m) const;
  [[nodiscard]] std::optional<model::EntityType> FromCommonNoun(const std::string& head) const;

  std::shared_ptr<Lexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
};

// The type of a name that holds a number, whatever a recogniser said: PRODUCT when a word joins
// letters and digits with a hyphen (a model: "PA-28-181 Archer", "Pa-34 Seneca"), OTHER for any
// other number ("Sterling M3"); nullopt for a name without digits. No person's name holds one.
[[nodiscard]] std::optional<model::EntityType> NumberedNameType(
    const std::vector<std::string>& words);

// Whether `word` is a maker's model designation: one to three capitals, a hyphen, a digit, then
// letters or digits ("MD-11", "DC-10", "F-18", "SS-20", "CF6-80C2" is none: a digit before the
// hyphen); or two to six capitals and at least three digits ("MC68020", "MVME134", tagged places;
// not "M25" nor "A320": one capital, which roads and airliners share). Not a group of nations
// ("G-7") nor a road ("I-95"): "G" and "I" alone are left out; nor a credit rating: one letter and
// one digit ("A-1", "P-2"; so "B-1" the bomber is missed). Such a word names a PRODUCT, whatever a
// recogniser or the value reader made of it ("the MD-11" tagged a place, "the DC-10" read as a
// quantity).
[[nodiscard]] bool IsModelDesignation(std::string_view word);

}  // namespace kg::nlp
