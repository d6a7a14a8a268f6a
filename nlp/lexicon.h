#pragma once

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/morphy.h"

namespace kg::nlp {

// WordNet lexicographer files that typing looks at.
enum class LexFile : int {
  kAct = 4,
  kArtifact = 6,
  kCommunication = 10,
  kEvent = 11,
  kGroup = 14,
  kLocation = 15,
  kPerson = 18,
  kQuantity = 23,
  kTime = 28,
};

// What WordNet says of a noun: for each of its first few senses, the lexicographer file and every
// ancestor lemma through hypernym and instance links ("Denmark" -> "European country", "country",
// ..., "location"). Proper senses are those spelled with a capital in WordNet.
struct NounSense {
  int lex_file = 0;
  bool proper = false;
  bool instance = false;  // one thing (an instance-of link: "Clinton"), not a kind ("Kurd")
  std::vector<std::string> ancestors;  // lemmas with spaces, lower case

  [[nodiscard]] bool HasAncestor(std::string_view lemma) const;
};

struct NounInfo {
  std::vector<NounSense> senses;
};

// One WordNet noun synset as ancestry walks need it: its words (lower case, spaces) and the
// offsets of its hypernym and instance-of synsets.
struct ParsedSynset {
  std::vector<std::string> words;
  std::vector<long> parents;
};

// WordNet 3.0 behind a lock: libwordnet keeps static buffers and shared FILE pointers, so every
// call is serialised, and answers are cached in memory so that repeated words cost a hash look-up
// under a shared (reader) lock, which threads take at once. Thread-safe.
class Lexicon {
 public:
  // Throws kg::Error (kNotFound) when the WordNet database is not installed.
  static std::shared_ptr<Lexicon> Open();

  // The base form of a verb ("hosted" -> "host", "led" -> "lead"); the lower-cased word itself when
  // WordNet does not know it.
  [[nodiscard]] std::string VerbLemma(std::string_view word);
  [[nodiscard]] std::string NounLemma(std::string_view word);
  [[nodiscard]] bool IsVerb(std::string_view word);
  // True when WordNet knows the lower-cased word (or its base form) in any part of speech.
  [[nodiscard]] bool IsCommonWord(std::string_view word);
  [[nodiscard]] bool IsAdjective(std::string_view word);
  // True when WordNet spells the first adjective sense of the word (any case in) with a capital:
  // an adjective made from a name, of a people, place or faith ("Iraqi", "European", "Scottish",
  // "Islamic"), unlike "financial" or "federal", which WordNet writes in lower case.
  [[nodiscard]] bool IsProperAdjective(std::string_view word);
  // True when the first sense WordNet lists for the verb lemma has a verb frame with a direct
  // object ("Somebody ----s something", frames 5, 8-11, 14-21, 24, 25, 30, 31 of WordNet's
  // frame list, wninput(5WN)): "lead" and "raise" take one, "exist" and "retire" (first sense
  // "go into retirement") do not. False for a lemma WordNet does not know as a verb.
  [[nodiscard]] bool TakesObject(std::string_view verb_lemma);
  // The reference stays valid for the Lexicon's lifetime (answers are cached, never dropped).
  [[nodiscard]] const NounInfo& Noun(std::string_view word);

 private:
  Lexicon() = default;
  std::string LemmaLocked(const std::string& word, int pos);
  NounInfo NounLocked(const std::string& word);
  // map[key], computed by compute() under the exclusive lock when missing.
  template <typename Map, typename Compute>
  typename Map::mapped_type Cached(Map& map, const std::string& key, Compute&& compute);

  std::unique_ptr<Morphy> morphy_;  // base forms without libwordnet's exception-file reads
  std::shared_mutex mu_;
  std::unordered_map<std::string, std::string> verb_lemmas_;
  std::unordered_map<std::string, std::string> noun_lemmas_;
  std::unordered_map<std::string, bool> is_verb_;
  std::unordered_map<std::string, bool> takes_object_;
  std::unordered_map<std::string, bool> proper_adjective_;
  std::unordered_map<std::string, unsigned> pos_mask_;
  unsigned PosMask(std::string_view word);
  std::unordered_map<std::string, NounInfo> nouns_;
  std::unordered_map<long, ParsedSynset> synsets_;  // by data-file offset, filled by Noun()
};

}  // namespace kg::nlp
