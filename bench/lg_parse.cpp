// The timing peer of bench/nlp_bench.sh: Link Grammar (liblink-grammar 5.12) parsing sentences read
// one a line, with the settings kg 0.1's Link Grammar extractor used (measured in ../shared/notes):
// pass 1 without null words; pass 2 with null words only when pass 1 finds nothing in time; one
// coarse "panic" pass when the time budget runs out. Link Grammar is no part of kg any more
// (removed in issue 11); this program is built only when the library is installed (bench/
// CMakeLists.txt). Prints how many sentences got a complete linkage, so the work cannot be
// optimised away.
// Usage: lg_parse FILE
#include <algorithm>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <link-grammar/link-includes.h>

namespace {

constexpr int kMaxParseSeconds = 1;  // per pass; the panic pass gets as much again
constexpr int kLinkageLimit = 300;
constexpr int kMaxWords = 60;  // kg 0.1 did not parse longer sentences

void Silent(lg_errinfo* /*info*/, void* /*data*/) {}

struct SentenceDeleter {
  void operator()(Sentence_s* s) const { sentence_delete(s); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* l) const { linkage_delete(l); }
};

// Whether the sentence got a linkage that joins every word. Like kg 0.1, reads the words and
// links of the cheapest linkage without post-processing violations (the first, when all have
// some), so that the time includes making a usable parse.
bool ParsesCompletely(const std::string& text, Dictionary dictionary, Parse_Options po) {
  const std::unique_ptr<Sentence_s, SentenceDeleter> sentence(
      sentence_create(text.c_str(), dictionary));
  if (!sentence || sentence_split(sentence.get(), po) < 0) return false;
  const int length = sentence_length(sentence.get());
  if (length - 2 > kMaxWords) return false;
  const auto configure = [&](int min_null, int max_null, int short_length, float cost, int limit) {
    parse_options_reset_resources(po);
    parse_options_set_max_parse_time(po, kMaxParseSeconds);
    parse_options_set_min_null_count(po, min_null);
    parse_options_set_max_null_count(po, max_null);
    parse_options_set_short_length(po, short_length);
    parse_options_set_disjunct_cost(po, cost);
    parse_options_set_linkage_limit(po, limit);
    parse_options_set_all_short_connectors(po, false);
  };
  configure(0, 0, 16, 2.7F, kLinkageLimit);
  int found = sentence_parse(sentence.get(), po);
  bool complete = found > 0;
  if (found == 0 && !parse_options_resources_exhausted(po)) {
    configure(1, length, 10, 2.7F, 100);
    found = sentence_parse(sentence.get(), po);
    complete = false;
  }
  if (found == 0 && parse_options_resources_exhausted(po)) {
    configure(0, std::min(10, length), 12, 4.0F, 20);
    parse_options_set_all_short_connectors(po, true);
    found = sentence_parse(sentence.get(), po);
    complete = false;
  }
  if (found <= 0) return false;
  const int valid = sentence_num_valid_linkages(sentence.get());
  for (int i = 0; i < std::min(found, kLinkageLimit); ++i) {
    if (valid > 0 && sentence_num_violations(sentence.get(), static_cast<LinkageIdx>(i)) != 0)
      continue;
    const std::unique_ptr<Linkage_s, LinkageDeleter> linkage(
        linkage_create(static_cast<LinkageIdx>(i), sentence.get(), po));
    if (!linkage) continue;
    std::size_t spelt = 0;
    for (std::size_t w = 0; w < linkage_get_num_words(linkage.get()); ++w)
      spelt += std::string(linkage_get_word(linkage.get(), w)).size();
    for (std::size_t k = 0; k < linkage_get_num_links(linkage.get()); ++k)
      spelt += std::string(linkage_get_link_label(linkage.get(), k)).size();
    return complete && spelt > 0 && sentence_null_count(sentence.get()) == 0;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lg_parse FILE\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "lg_parse: " << argv[1] << ": cannot open file for reading\n";
    return 1;
  }
  lg_error_set_handler(Silent, nullptr);
  const Dictionary dictionary = dictionary_create_lang("en");
  if (dictionary == nullptr) {
    std::cerr << "lg_parse: cannot load Link Grammar's English dictionary (hint: apt-get install "
                 "link-grammar-dictionaries-en)\n";
    return 1;
  }
  const Parse_Options po = parse_options_create();
  parse_options_set_verbosity(po, 0);
  parse_options_set_spell_guess(po, 0);
  parse_options_set_repeatable_rand(po, true);
  std::string line;
  int sentences = 0;
  int complete = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++sentences;
    complete += ParsesCompletely(line, dictionary, po) ? 1 : 0;
  }
  parse_options_delete(po);
  dictionary_delete(dictionary);
  std::cout << sentences << " sentences, " << complete << " complete linkages\n";
  return 0;
}
