#include "extract/link_grammar/parser.h"

#include <mutex>

#include <link-grammar/link-includes.h>

#include "model/error.h"

namespace kg::extract {
namespace {

// Library code never prints: Link Grammar's messages are dropped here, and failures show up as
// a missing dictionary or an empty parse instead.
void SilentHandler(lg_errinfo* /*info*/, void* /*data*/) {}

void SilenceLinkGrammar() {
  static std::once_flag once;
  std::call_once(once, [] { lg_error_set_handler(SilentHandler, nullptr); });
}

struct SentenceDeleter {
  void operator()(Sentence_s* s) const { sentence_delete(s); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* l) const { linkage_delete(l); }
};

ParsedWord ReadWord(const Linkage linkage, std::size_t i) {
  ParsedWord w;
  std::string raw = linkage_get_word(linkage, i);
  w.start = linkage_get_word_byte_start(linkage, i);
  w.end = linkage_get_word_byte_end(linkage, i);
  if (raw.size() > 2 && raw.front() == '[' && raw.back() == ']') {
    w.is_null = true;
    raw = raw.substr(1, raw.size() - 2);
  }
  if (raw == "LEFT-WALL" || raw == "RIGHT-WALL") {
    w.is_wall = true;
    w.end = w.start;
  }
  // "word.v-d", "word[!]", "word[?].n": the subscript follows the last dot after the word itself.
  const std::size_t bracket = raw.find('[', 1);
  if (bracket != std::string::npos) {
    const std::size_t dot = raw.find('.', bracket);
    w.subscript = dot == std::string::npos ? "" : raw.substr(dot + 1);
    raw = raw.substr(0, bracket);
  } else {
    const std::size_t dot = raw.rfind('.');
    if (dot != std::string::npos && dot > 0 && dot + 1 < raw.size() &&
        (std::islower(static_cast<unsigned char>(raw[dot + 1])) || raw[dot + 1] == '#')) {
      w.subscript = raw.substr(dot + 1);
      raw = raw.substr(0, dot);
    }
  }
  w.text = raw;
  return w;
}

}  // namespace

LinkDictionary::LinkDictionary() : dict_(nullptr) {
  SilenceLinkGrammar();
  dict_ = dictionary_create_lang("en");
  if (dict_ == nullptr) {
    throw Error(ErrorCode::kNotFound,
                "link grammar: cannot load the English dictionary (hint: install "
                "link-grammar-dictionaries-en)");
  }
}

LinkDictionary::~LinkDictionary() { dictionary_delete(static_cast<Dictionary>(dict_)); }

LinkParser::LinkParser(std::shared_ptr<const LinkDictionary> dictionary, ParserOptions options)
    : dictionary_(std::move(dictionary)), options_(options), opts_(parse_options_create()) {
  auto* po = static_cast<Parse_Options>(opts_);
  parse_options_set_verbosity(po, 0);
  parse_options_set_spell_guess(po, 0);
  parse_options_set_repeatable_rand(po, true);
}

LinkParser::~LinkParser() { parse_options_delete(static_cast<Parse_Options>(opts_)); }

Parse LinkParser::Run(std::string_view sentence) {
  std::vector<Parse> parses = RunAll(sentence, 1);
  if (parses.empty()) return {};
  return std::move(parses.front());
}

std::vector<Parse> LinkParser::RunAll(std::string_view sentence, int alternatives) {
  Parse result;
  auto* po = static_cast<Parse_Options>(opts_);
  const std::string text(sentence);
  const std::unique_ptr<Sentence_s, SentenceDeleter> sent(
      sentence_create(text.c_str(), static_cast<Dictionary>(dictionary_->handle())));
  if (!sent || sentence_split(sent.get(), po) < 0) return {};
  const int length = sentence_length(sent.get());
  if (length - 2 > options_.max_words) return {};

  const auto configure = [&](int min_null, int max_null, int short_len, float cost, int limit) {
    parse_options_reset_resources(po);
    parse_options_set_max_parse_time(po, options_.max_parse_seconds);
    parse_options_set_min_null_count(po, min_null);
    parse_options_set_max_null_count(po, max_null);
    parse_options_set_short_length(po, short_len);
    parse_options_set_disjunct_cost(po, cost);
    parse_options_set_linkage_limit(po, limit);
    parse_options_set_all_short_connectors(po, false);
  };
  configure(0, 0, 16, 2.7F, options_.linkage_limit);
  int found = sentence_parse(sent.get(), po);
  result.outcome = ParseOutcome::kComplete;
  if (found == 0 && !parse_options_resources_exhausted(po)) {
    configure(1, length, 10, 2.7F, 100);
    found = sentence_parse(sent.get(), po);
    result.outcome = ParseOutcome::kNullWords;
  }
  if (found == 0 && parse_options_resources_exhausted(po)) {
    configure(0, std::min(10, length), 12, 4.0F, 20);
    parse_options_set_all_short_connectors(po, true);
    found = sentence_parse(sent.get(), po);
    result.outcome = ParseOutcome::kPanic;
  }
  if (found <= 0) {
    result.outcome = ParseOutcome::kNoLinkage;
    return {};
  }
  // The linkages in cost order, those without post-processing violations first.
  const int valid = sentence_num_valid_linkages(sent.get());
  std::vector<Parse> out;
  for (int i = 0;
       i < std::min(found, options_.linkage_limit) && static_cast<int>(out.size()) < alternatives;
       ++i) {
    if (valid > 0 && sentence_num_violations(sent.get(), static_cast<LinkageIdx>(i)) != 0) continue;
    const std::unique_ptr<Linkage_s, LinkageDeleter> linkage(
        linkage_create(static_cast<LinkageIdx>(i), sent.get(), po));
    if (!linkage) continue;
    Parse p;
    p.outcome = result.outcome;
    p.null_count = sentence_null_count(sent.get());
    if (p.null_count > 0 && p.outcome == ParseOutcome::kComplete)
      p.outcome = ParseOutcome::kNullWords;
    p.disjunct_cost = linkage_disjunct_cost(linkage.get());
    const std::size_t nwords = linkage_get_num_words(linkage.get());
    p.words.reserve(nwords);
    for (std::size_t w = 0; w < nwords; ++w) p.words.push_back(ReadWord(linkage.get(), w));
    const std::size_t nlinks = linkage_get_num_links(linkage.get());
    for (std::size_t k = 0; k < nlinks; ++k) {
      p.links.push_back({linkage_get_link_label(linkage.get(), k),
                         static_cast<int>(linkage_get_link_lword(linkage.get(), k)),
                         static_cast<int>(linkage_get_link_rword(linkage.get(), k))});
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace kg::extract
