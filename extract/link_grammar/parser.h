#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// One word of a linkage. text is the word as Link Grammar split it, without its subscript
// ("hosted"), subscript the dictionary's tag after the dot ("v-d", "n", "p"). start and end are
// byte offsets into the parsed string; the walls have start == end.
struct ParsedWord {
  std::string text;
  std::string subscript;
  std::size_t start = 0;
  std::size_t end = 0;
  bool is_null = false;  // left out of the linkage ("[word]")
  bool is_wall = false;
};

struct ParsedLink {
  std::string label;
  int left = 0;
  int right = 0;
};

enum class ParseOutcome {
  kComplete,   // every word linked
  kNullWords,  // a linkage that leaves some words out
  kPanic,      // found only after the time budget ran out, with coarse settings
  kNoLinkage,
};

struct Parse {
  std::vector<ParsedWord> words;
  std::vector<ParsedLink> links;
  ParseOutcome outcome = ParseOutcome::kNoLinkage;
  int null_count = 0;
  double disjunct_cost = 0.0;
};

struct ParserOptions {
  int max_parse_seconds = 1;  // per pass; the panic pass gets as much again
  int linkage_limit = 300;
  int max_words = 60;  // longer sentences are not parsed (the pattern fallback takes them)
  int alternatives =
      2;  // linkages the rules read; the one that yields the most complete triples wins
};

// Link Grammar's English dictionary, loaded once and shared by parsers on several threads.
class LinkDictionary {
 public:
  // Throws kg::Error (kNotFound) when the dictionary is not installed.
  LinkDictionary();
  ~LinkDictionary();
  LinkDictionary(const LinkDictionary&) = delete;
  LinkDictionary& operator=(const LinkDictionary&) = delete;

  [[nodiscard]] void* handle() const { return dict_; }

 private:
  void* dict_;
};

// Parses sentences with the settings measured in shared/notes (pass 1 without null words; pass 2
// with null words only if pass 1 finds nothing; one coarse "panic" pass on a timeout).
// Not thread-safe: give each thread its own LinkParser over a shared LinkDictionary.
class LinkParser {
 public:
  LinkParser(std::shared_ptr<const LinkDictionary> dictionary, ParserOptions options);
  ~LinkParser();
  LinkParser(const LinkParser&) = delete;
  LinkParser& operator=(const LinkParser&) = delete;

  // The lowest-cost linkage; outcome kNoLinkage when there is none.
  [[nodiscard]] Parse Run(std::string_view sentence);
  // Up to `alternatives` linkages in cost order (empty when there is none).
  [[nodiscard]] std::vector<Parse> RunAll(std::string_view sentence, int alternatives);

 private:
  std::shared_ptr<const LinkDictionary> dictionary_;
  ParserOptions options_;
  void* opts_;
};

}  // namespace kg::extract
