// The fallback extractor for sentences the parser cannot link: a shallow pattern
// (noun words) (verb group) (noun words), with the verb found through WordNet.
#include <algorithm>
#include <array>
#include <cctype>

#include "extract/link_grammar/extractor.h"

namespace kg::extract {
namespace {

struct Token {
  TextSpan span;
  std::string lower;
  bool punct = false;
};

std::vector<Token> Tokenise(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    std::size_t e = i;
    if (std::ispunct(c) && c != '$') {
      e = i + 1;
    } else {
      while (e < s.size() && !std::isspace(static_cast<unsigned char>(s[e])) &&
             !(std::ispunct(static_cast<unsigned char>(s[e])) && s[e] != '-' && s[e] != '\'' &&
               s[e] != '.' && s[e] != '$')) {
        ++e;
      }
      while (e > i + 1 && (s[e - 1] == '.' || s[e - 1] == '\'')) --e;
    }
    Token t;
    t.span = {i, e};
    t.lower.assign(s.substr(i, e - i));
    for (char& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    t.punct = std::ispunct(c) && c != '$' && e == i + 1;
    out.push_back(std::move(t));
    i = e;
  }
  return out;
}

constexpr std::array<std::string_view, 16> kAuxiliaries = {
    "is",    "are", "was",   "were", "has",   "have", "had",    "will",
    "would", "can", "could", "may",  "might", "must", "should", "did"};
constexpr std::array<std::string_view, 12> kPrepositions = {
    "to", "from", "with", "in", "on", "at", "for", "by", "of", "into", "against", "about"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

PatternExtractor::PatternExtractor(std::shared_ptr<nlp::Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

std::optional<std::vector<SentenceTriple>> PatternExtractor::Extract(std::string_view sentence) {
  // Only the start of an overlong "sentence" (a file without full stops) is looked at, so that
  // time and memory stay bounded.
  constexpr std::size_t kMaxBytes = 2000;
  if (sentence.size() > kMaxBytes) {
    std::size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
    sentence = sentence.substr(0, cut);
  }
  const std::vector<Token> tokens = Tokenise(sentence);
  // The first finite-looking verb after at least one word.
  std::size_t verb = 0;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const std::string& w = tokens[i].lower;
    const bool finite =
        In(kAuxiliaries, w) || w == "said" ||
        ((w.ends_with("ed") || w.ends_with("es") || w.ends_with("s")) && w.size() > 3 &&
         lexicon_->IsVerb(w) && !tokens[i - 1].punct && tokens[i - 1].lower != "the");
    if (finite) {
      verb = i;
      break;
    }
  }
  if (verb == 0) return std::nullopt;
  std::size_t subject_start = verb;
  while (subject_start > 0 && !tokens[subject_start - 1].punct && verb - subject_start < 6)
    --subject_start;
  std::size_t rel_end = verb + 1;
  while (rel_end < tokens.size() &&
         (In(kAuxiliaries, tokens[rel_end].lower) || tokens[rel_end].lower == "not" ||
          (tokens[rel_end].lower.ends_with("ed") && lexicon_->IsVerb(tokens[rel_end].lower)))) {
    ++rel_end;
  }
  if (rel_end < tokens.size() && In(kPrepositions, tokens[rel_end].lower)) ++rel_end;
  std::size_t object_end = rel_end;
  while (object_end < tokens.size() && !tokens[object_end].punct && object_end - rel_end < 10)
    ++object_end;
  if (subject_start == verb || object_end == rel_end) return std::vector<SentenceTriple>{};
  SentenceTriple t;
  for (std::size_t i = subject_start; i < verb; ++i) t.subject.tokens.push_back(tokens[i].span);
  t.subject.name = t.subject.tokens;
  t.subject.proper =
      std::isupper(static_cast<unsigned char>(sentence[tokens[verb - 1].span.start])) != 0;
  for (std::size_t i = verb; i < rel_end; ++i) t.relation.push_back(tokens[i].span);
  for (std::size_t i = rel_end; i < object_end; ++i) t.object.tokens.push_back(tokens[i].span);
  t.object.name = t.object.tokens;
  std::string last_verb = tokens[verb].lower;
  for (std::size_t i = verb; i < rel_end; ++i) {
    if (!In(kPrepositions, tokens[i].lower) && tokens[i].lower != "not")
      last_verb = tokens[i].lower;
  }
  t.predicate = lexicon_->VerbLemma(last_verb);
  if (rel_end > verb + 1 && In(kPrepositions, tokens[rel_end - 1].lower))
    t.predicate += " " + tokens[rel_end - 1].lower;
  t.negated = std::any_of(tokens.begin() + static_cast<long>(verb),
                          tokens.begin() + static_cast<long>(rel_end),
                          [](const Token& tk) { return tk.lower == "not"; });
  t.rule = "pattern";
  t.confidence = 0.15;
  return std::vector<SentenceTriple>{std::move(t)};
}

}  // namespace kg::extract
