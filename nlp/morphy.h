#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kg::nlp {

// WordNet's Morphy (morphy(7WN)): the first base form libwordnet's morphstr() gives for a word
// in a part of speech, with the exception lists held in memory. libwordnet binary-searches its
// exception files (noun.exc, verb.exc, adj.exc, adv.exc) with fseek and fgets on real files, two
// or three searches a call and a system call a probe; profiling `kg analyze` put about 40% of its
// time there. Here the lists are read once into hash maps; the detachment rules and the
// dictionary check are WordNet's (its suffix table, its is_defined() on the index files).
// Collocations (a word with '_', '-' or a space) and the few words an exception list gives
// twice go to morphstr() itself.
// Not thread-safe (is_defined and morphstr use libwordnet's global state): call it under the
// Lexicon's lock.
class Morphy {
 public:
  // Reads DIR/{noun,verb,adj,adv}.exc. A missing list is an empty one (then every answer still
  // matches morphstr's, which treats an unopened list the same way).
  explicit Morphy(const std::string& dir);

  // The base form morphstr(word, pos) returns first, or nullopt when it returns NULL.
  // `pos` is WordNet's NOUN (1), VERB (2), ADJ (3), ADV (4) or SATELLITE (5, as ADJ).
  // REQUIRES: wninit() has succeeded.
  [[nodiscard]] std::optional<std::string> BaseForm(std::string_view word, int pos) const;

 private:
  // The first base form the exception list of `pos` gives for `word`, or nullptr.
  [[nodiscard]] const std::string* Exception(const std::string& word, int pos) const;
  // morph.c's morphword(): the exception list, then the detachment rules.
  [[nodiscard]] std::optional<std::string> MorphWord(const std::string& word, int pos) const;

  std::array<std::unordered_map<std::string, std::string>, 5> exceptions_;  // by pos 1..4
  std::array<std::unordered_set<std::string>, 5> ambiguous_;  // words listed twice, by pos
};

}  // namespace kg::nlp
