#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "extract/entities/entity_resolver.h"
#include "extract/extract.h"
#include "extract/link_grammar/extractor.h"
#include "extract/profile.h"
#include "nlp/dateline.h"
#include "nlp/entity_typer.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"
#include "nlp/sentence_splitter.h"
#include "nlp/text_normalizer.h"
#include "nlp/words.h"

namespace kg::extract {
using nlp::Normalize;
using nlp::NormalizedText;
using nlp::NormalizePtb;
using nlp::Span;
namespace {

// Maps spans of a normalised stretch back to the original text and renders them as the
// original spells them.
class SpanMapper {
 public:
  SpanMapper(const NormalizedText& norm, std::size_t base, std::string_view original)
      : norm_(norm), base_(base), original_(original) {}

  [[nodiscard]] std::size_t Start(const TextSpan& s) const {
    return norm_.OriginalStart(base_ + s.start);
  }
  [[nodiscard]] std::size_t End(const TextSpan& s) const {
    return norm_.OriginalEnd(base_ + s.end);
  }

  [[nodiscard]] std::string Render(const std::vector<TextSpan>& spans) const {
    std::string out;
    std::size_t prev_end = 0;
    bool first = true;
    for (const TextSpan& s : spans) {
      const std::size_t a = Start(s);
      const std::size_t b = std::max(a, End(s));
      // Words that touch, or are separated only by space and quotation marks, are quoted as the
      // text has them ("Ukraine's", "a `` green '' plan").
      if (!first && a >= prev_end && IsSpaceOrQuotes(original_.substr(prev_end, a - prev_end))) {
        out.append(original_.substr(prev_end, b - prev_end));
      } else {
        if (!first) out += ' ';
        out.append(original_.substr(a, b - a));
      }
      prev_end = b;
      first = false;
    }
    // Line breaks inside a phrase become single spaces.
    std::string flat;
    for (const char c : out) {
      if (c == '\n' || c == '\r' || c == '\t') {
        if (flat.empty() || flat.back() != ' ') flat += ' ';
      } else {
        flat += c;
      }
    }
    return flat;
  }

 private:
  static bool IsSpaceOrQuotes(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '`' || c == '\'') {
        ++i;
      } else if (s.substr(i, 3) == "\u201C" || s.substr(i, 3) == "\u201D" ||
                 s.substr(i, 3) == "\u2018" || s.substr(i, 3) == "\u2019") {
        i += 3;
      } else {
        return false;
      }
    }
    return true;
  }

  const NormalizedText& norm_;
  std::size_t base_;
  std::string_view original_;
};

bool IsDeterminer(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" ||
         w == "those";
}

// Numbers, money and dates are named by the whole phrase ("$825 million", "the first of
// September"), without a leading determiner.
std::string NameOf(const Phrase& p, const SpanMapper& map) {
  const std::string name = map.Render(p.name);
  const bool numeric_head = !name.empty() && std::any_of(name.begin(), name.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '$';
  });
  std::string full = map.Render(p.tokens);
  const bool full_numeric = std::any_of(full.begin(), full.end(), [](char c) { return c == '$'; });
  if (!numeric_head && !full_numeric) return name;
  std::vector<std::string> words = nlp::SplitWords(full);
  if (!words.empty() && IsDeterminer(words.front())) words.erase(words.begin());
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

Mention MakeMention(const Phrase& p, const SpanMapper& map, std::size_t sentence) {
  Mention m;
  m.text.name = p.clause ? map.Render(p.tokens) : NameOf(p, map);
  m.text.words = nlp::SplitWords(m.text.name);
  m.text.full = map.Render(p.tokens);
  m.text.proper = p.proper;
  m.text.hint = p.type_hint;
  m.text.speaker = p.speaker;
  m.pronoun = p.pronoun;
  m.clause = p.clause;
  const auto full_words = nlp::SplitWords(m.text.full);
  m.definite = !full_words.empty() && IsDeterminer(full_words.front()) && !p.proper;
  m.sentence = sentence;
  return m;
}

// Character (code point) offset of a byte offset in UTF-8 text.
struct CharCounter {
  explicit CharCounter(std::string_view text) : text_(text) {}
  std::size_t operator()(std::size_t byte) {
    for (; pos_ < byte && pos_ < text_.size(); ++pos_) {
      if ((static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) ++chars_;
    }
    return chars_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t chars_ = 0;
};

constexpr std::size_t kSplitWords = 30;
constexpr std::size_t kMinPieceWords = 6;  // 20 and 25 words cost CaRB F1; 30 gained a little

// Where a long sentence may be cut into clauses that parse on their own: after "; " and before
// "but" after a comma. Parse time grows with the square of the length, and Link Grammar gives up
// on long sentences; two halves cost less than half and parse more often.
std::vector<std::size_t> ClauseCuts(std::string_view s) {
  std::vector<std::size_t> cuts;
  if (nlp::CountWords(s) <= kSplitWords) return cuts;
  std::size_t last = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    std::size_t cut = 0;
    if (s.compare(i, 2, "; ") == 0) cut = i + 2;
    for (const std::string_view word : {", but ", ", while ", ", although ", ", whereas "}) {
      if (s.compare(i, word.size(), word) == 0) cut = i + 2;
    }
    if (cut == 0) continue;
    if (nlp::CountWords(s.substr(last, cut - last)) >= kMinPieceWords &&
        nlp::CountWords(s.substr(cut)) >= kMinPieceWords) {
      cuts.push_back(cut);
      last = cut;
    }
  }
  return cuts;
}

void ShiftSpans(std::vector<TextSpan>& spans, std::size_t by) {
  for (TextSpan& t : spans) {
    t.start += by;
    t.end += by;
  }
}

void ShiftPhrase(Phrase& p, std::size_t by) {
  ShiftSpans(p.tokens, by);
  ShiftSpans(p.name, by);
}

// Spans found in a piece of a sentence, made to count from the sentence's start.
void Shift(SentenceTriple& t, std::size_t by) {
  ShiftPhrase(t.subject, by);
  ShiftPhrase(t.object, by);
  ShiftSpans(t.relation, by);
  for (Phrase& p : t.extras) ShiftPhrase(p, by);
}

}  // namespace

struct Pipeline::Impl {
  ExtractProfile profile;
  std::shared_ptr<nlp::Lexicon> lexicon;
  std::shared_ptr<const nlp::Gazetteer> gazetteer;
  std::unique_ptr<nlp::EntityTyper> typer;
  std::unique_ptr<nlp::NameTagger> tagger;
  std::vector<std::unique_ptr<SentenceExtractor>> extractors;
  const LinkGrammarExtractor* link = nullptr;  // the first of extractors, when Link Grammar is on

  // Seconds spent in Link Grammar so far.
  [[nodiscard]] double ParseSeconds() const { return link ? link->parse_times().parse : 0.0; }

  // The first extractor that accepts the sentence wins.
  std::pair<std::vector<SentenceTriple>, std::string> RunOne(std::string_view sentence) {
    for (auto& e : extractors) {
      if (auto triples = e->Extract(sentence)) return {std::move(*triples), std::string(e->name())};
    }
    return {};
  }

  std::pair<std::vector<SentenceTriple>, std::string> Run(std::string_view sentence) {
    const std::vector<std::size_t> cuts = ClauseCuts(sentence);
    if (cuts.empty()) return RunOne(sentence);
    std::pair<std::vector<SentenceTriple>, std::string> all;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= cuts.size(); ++i) {
      const std::size_t to = i < cuts.size() ? cuts[i] : sentence.size();
      std::string_view piece = sentence.substr(from, to - from);
      while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
      auto [triples, extractor] = RunOne(piece);
      for (SentenceTriple& t : triples) Shift(t, from);
      if (all.second.empty()) all.second = extractor;
      all.first.insert(all.first.end(), std::make_move_iterator(triples.begin()),
                       std::make_move_iterator(triples.end()));
      from = to;
    }
    return all;
  }
};

Pipeline::Pipeline(const ExtractOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = nlp::Lexicon::Open();
  impl_->gazetteer = std::make_shared<const nlp::Gazetteer>();
  impl_->typer = std::make_unique<nlp::EntityTyper>(impl_->lexicon, impl_->gazetteer);
  impl_->tagger = std::make_unique<nlp::NameTagger>(impl_->lexicon, impl_->gazetteer);
  if (options.use_link_grammar) {
    auto dictionary = std::make_shared<const LinkDictionary>();
    auto link = std::make_unique<LinkGrammarExtractor>(dictionary, impl_->lexicon, options.parser);
    impl_->link = link.get();
    impl_->extractors.push_back(std::move(link));
  }
  impl_->extractors.push_back(std::make_unique<PatternExtractor>(impl_->lexicon));
}

Pipeline::~Pipeline() = default;

ExtractProfile Pipeline::profile() const {
  ExtractProfile all = impl_->profile;
  if (impl_->link != nullptr) all.Add(impl_->link->parse_times());
  return all;
}

std::vector<nlp::NameSpan> Pipeline::TagNames(const std::vector<std::string>& tokens,
                                              nlp::NameMemory& memory) const {
  return impl_->tagger->Tag(tokens, memory);
}

std::vector<std::string> Pipeline::SplitSentences(std::string_view text) const {
  const NormalizedText norm = Normalize(text);
  std::vector<std::string> out;
  for (const Span& s : nlp::SplitSentences(norm.text)) {
    const std::size_t a = norm.OriginalStart(s.start);
    out.emplace_back(text.substr(a, norm.OriginalEnd(s.end) - a));
  }
  return out;
}

std::vector<OpenTriple> Pipeline::ExtractSentence(std::string_view sentence, InputStyle style) {
  const NormalizedText norm =
      style == InputStyle::kPtbTokens ? NormalizePtb(sentence) : Normalize(sentence);
  auto [triples, extractor] = impl_->Run(norm.text);
  const SpanMapper map(norm, 0, sentence);
  std::vector<OpenTriple> out;
  for (const SentenceTriple& t : triples) {
    OpenTriple o;
    o.subject = map.Render(t.subject.tokens);
    o.relation = t.relation.empty() ? t.implicit_relation : map.Render(t.relation);
    o.object = map.Render(t.object.tokens);
    if (t.swapped) std::swap(o.subject, o.object);
    for (const Phrase& p : t.extras) o.extras.push_back(map.Render(p.tokens));
    o.predicate = t.predicate;
    o.negated = t.negated;
    o.modality = t.modality;
    o.confidence = t.confidence;
    o.extractor = extractor;
    o.rule = t.rule;
    o.use = t.use;
    out.push_back(std::move(o));
  }
  return out;
}

model::ArticleGraph Pipeline::ExtractArticle(model::Article article) {
  model::ArticleGraph graph;
  graph.article = std::move(article);
  const std::string& text = graph.article.text;
  ExtractProfile& profile = impl_->profile;
  StageClock clock;
  const NormalizedText norm = Normalize(text);
  profile.normalise += clock.Lap();
  ++profile.articles;
  struct Pending {
    SentenceTriple triple;
    std::string extractor;
    std::size_t sentence;
    std::size_t subject_mention;
    std::size_t object_mention;
  };
  std::vector<Pending> pending;
  std::vector<Mention> mentions;
  std::vector<std::size_t> bases;
  const std::vector<Span> spans = nlp::SplitSentences(norm.text);
  profile.split += clock.Lap();
  bool first_in_body = true;
  for (const Span& span : spans) {
    const std::size_t index = graph.sentences.size();
    const std::size_t start = norm.OriginalStart(span.start);
    const std::size_t end = norm.OriginalEnd(span.end);
    graph.sentences.push_back({start, end, text.substr(start, end - start)});
    bases.push_back(span.start);
    // Headlines are written in title case without verbs that agree: the parser reads them
    // wrongly, and the body says the same again.
    if (span.headline) continue;
    std::string_view sentence =
        std::string_view(norm.text).substr(span.start, span.end - span.start);
    if (first_in_body) {
      first_in_body = false;
      const std::size_t dateline = nlp::DatelineLength(sentence);
      sentence.remove_prefix(dateline);
      bases.back() += dateline;  // spans of this sentence's triples count from after it
    }
    ++profile.sentences;
    profile.words += nlp::CountWords(sentence);
    const double parsed_before = impl_->ParseSeconds();
    auto [triples, extractor] = impl_->Run(sentence);
    const SpanMapper map(norm, bases.back(), text);
    for (SentenceTriple& t : triples) {
      if (t.object.empty()) continue;  // "X participates": no edge to draw
      mentions.push_back(MakeMention(t.subject, map, index));
      // The doer of a clause; an owner ("Putin's influence") or a place is not.
      mentions.back().subject = t.rule != "possessive" && t.rule != "located-in";
      mentions.push_back(MakeMention(t.object, map, index));
      pending.push_back({std::move(t), extractor, index, mentions.size() - 2, mentions.size() - 1});
    }
    profile.rules += clock.Lap() - (impl_->ParseSeconds() - parsed_before);
  }
  EntityResolver resolver(*impl_->typer, *impl_->gazetteer);
  const auto resolved = resolver.Resolve(mentions);
  graph.entities = resolver.entities();

  CharCounter chars(text);
  std::vector<std::pair<std::size_t, std::size_t>> char_spans;
  for (const auto& s : graph.sentences) {
    const std::size_t a = chars(s.start);
    char_spans.emplace_back(a, chars(s.end));
  }
  std::map<std::tuple<std::size_t, std::string, std::size_t, std::size_t>, std::size_t> seen;
  for (Pending& p : pending) {
    const auto& s = resolved[p.subject_mention];
    const auto& o = resolved[p.object_mention];
    if (!s || !o || *s == *o) continue;
    const SpanMapper map(norm, bases[p.sentence], text);
    model::Triple t;
    t.subject = {graph.entities[*s].name, graph.entities[*s].type};
    t.object = {graph.entities[*o].name, graph.entities[*o].type};
    t.predicate = p.triple.predicate;
    t.relation =
        p.triple.relation.empty() ? p.triple.implicit_relation : map.Render(p.triple.relation);
    t.negated = p.triple.negated;
    t.modality = p.triple.modality;
    t.confidence = p.triple.confidence;
    t.extractor = p.extractor + "/" + p.triple.rule;
    t.evidence = {graph.article.source, p.sentence, graph.sentences[p.sentence].text,
                  char_spans[p.sentence].first, char_spans[p.sentence].second};
    const auto key = std::make_tuple(*s, t.predicate, *o, p.sentence);
    const auto [it, fresh] = seen.emplace(key, graph.triples.size());
    if (!fresh) {
      auto& kept = graph.triples[it->second];
      if (t.confidence > kept.confidence) kept = std::move(t);
      continue;
    }
    graph.triples.push_back(std::move(t));
  }
  profile.typing += clock.Lap();
  return graph;
}

}  // namespace kg::extract
