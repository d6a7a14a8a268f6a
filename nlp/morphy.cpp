#include "nlp/morphy.h"

#include <cctype>
#include <fstream>
#include <span>

#include <wn.h>

namespace kg::nlp {
namespace {

// WordNet 3.0's detachment rules (morphy(7WN), "Rules of Detachment"): for each part of speech,
// in order, a suffix and what replaces it.
struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// True when `word` is longer than `suffix` and ends with it (morph.c's strend).
bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool IsDefined(const std::string& word, int pos) {
  std::string buf = word;
  return is_defined(buf.data(), pos) != 0;
}

}  // namespace

Morphy::Morphy(const std::string& dir) {
  static constexpr const char* kFiles[] = {nullptr, "noun", "verb", "adj", "adv"};
  for (int pos = NOUN; pos <= ADV; ++pos) {
    std::ifstream in(dir + "/" + kFiles[pos] + ".exc");
    std::string line;
    while (std::getline(in, line)) {
      const std::size_t space = line.find(' ');
      if (space == std::string::npos || space == 0) continue;
      std::size_t end = line.find(' ', space + 1);
      if (end == std::string::npos) end = line.size();
      if (end == space + 1) continue;
      std::string word = line.substr(0, space);
      auto& map = exceptions_[static_cast<std::size_t>(pos)];
      // A few words have two lines ("involucra involucre", "involucra involucrum"): which one
      // libwordnet's binary search lands on depends on its probes, so it answers for them.
      if (map.contains(word)) {
        ambiguous_[static_cast<std::size_t>(pos)].insert(std::move(word));
        continue;
      }
      map.emplace(std::move(word), line.substr(space + 1, end - space - 1));
    }
  }
}

const std::string* Morphy::Exception(const std::string& word, int pos) const {
  const auto& map = exceptions_[static_cast<std::size_t>(pos)];
  const auto it = map.find(word);
  return it == map.end() ? nullptr : &it->second;
}

std::optional<std::string> Morphy::MorphWord(const std::string& word, int pos) const {
  if (const std::string* base = Exception(word, pos)) return *base;
  if (pos == ADV) return std::nullopt;  // adverbs have only their exception list
  std::string stem = word;
  std::string_view end;
  if (pos == NOUN) {
    if (EndsWith(word, "ful")) {  // "boxesful" -> "boxful": the rules apply before "ful"
      stem = word.substr(0, word.rfind('f'));
      end = "ful";
    } else if (EndsWith(word, "ss") || word.size() <= 2) {
      return std::nullopt;
    }
  }
  const std::span<const Rule> rules = pos == NOUN   ? std::span<const Rule>(kNounRules)
                                      : pos == VERB ? std::span<const Rule>(kVerbRules)
                                                    : std::span<const Rule>(kAdjRules);
  for (const Rule& rule : rules) {
    if (!EndsWith(stem, rule.suffix)) continue;
    std::string base = stem.substr(0, stem.size() - rule.suffix.size());
    base += rule.ending;
    if (base != stem && IsDefined(base, pos)) return base + std::string(end);
  }
  return std::nullopt;
}

std::optional<std::string> Morphy::BaseForm(std::string_view word, int pos) const {
  if (pos == SATELLITE) pos = ADJ;
  if (pos < NOUN || pos > ADV) return std::nullopt;
  std::string str(word);
  for (char& c : str) {
    if (c == ' ') c = '_';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (str.find_first_of("_-") != std::string::npos || str.size() >= WORDBUF / 2 ||
      ambiguous_[static_cast<std::size_t>(pos)].contains(str)) {
    // Collocations and hyphenated words: morphstr's own word-by-word and preposition handling.
    const char* base = morphstr(str.data(), pos);
    if (base == nullptr) return std::nullopt;
    return std::string(base);
  }
  // morphstr for one word: the exception list, then (but for verbs) morphword, then the last
  // word's morphword when it differs and is in the dictionary.
  if (const std::string* base = Exception(str, pos); base != nullptr && *base != str) return *base;
  const std::optional<std::string> morphed = MorphWord(str, pos);
  if (pos != VERB && morphed && *morphed != str) return morphed;
  const std::string last = morphed.value_or(str);
  if (last != str && IsDefined(last, pos)) return last;
  return std::nullopt;
}

}  // namespace kg::nlp
