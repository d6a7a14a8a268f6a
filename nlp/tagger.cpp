#include "nlp/tagger.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "model/error.h"

namespace kg::nlp {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Shape(std::string_view s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    char k = ch;
    if (std::isupper(c) != 0) {
      k = 'X';
    } else if (std::islower(c) != 0) {
      k = 'x';
    } else if (std::isdigit(c) != 0) {
      k = 'd';
    } else if (c >= 0x80) {
      k = 'u';
    }
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
  return out;
}

// Most letters upper case (and enough of them): a headline or a shouted sentence.
bool IsAllCaps(const std::vector<std::string>& forms) {
  std::size_t upper = 0;
  std::size_t lower = 0;
  for (const std::string& f : forms) {
    for (const char ch : f) {
      const auto c = static_cast<unsigned char>(ch);
      upper += std::isupper(c) != 0 ? 1 : 0;
      lower += std::islower(c) != 0 ? 1 : 0;
    }
  }
  return upper >= 6 && lower * 5 < upper;
}

std::string Truecase(const std::string& form, const TaggerLexicon& lexicon) {
  const std::string lower = LowerAscii(form);
  const auto it = lexicon.truecase.find(lower);
  if (it != lexicon.truecase.end()) return it->second;
  std::string out = lower;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

enum Template : std::uint32_t {
  kBias = 1,
  kLower,
  kCased,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kPrevWord,
  kNextWord,
  kPrev2Word,
  kNext2Word,
  kPrevSuffix,
  kNextSuffix,
  kPrevLabel,
  kPrev2Label,
  kLabelBigram,
  kPrevLabelWord,
  kAmb,
  kNextAmb,
  kNext2Amb,
  kPrevAmb,
  kNextAmbWord,
  kPrevWordWord,
  kWordNextWord,
  kPrevLabelNextAmb,
  kPrevShape,
  kNextShape,
  kFirstShape,
  kPrevLabelSuffix,
  kAmbShape,
  kNextLabel,
  kNext2Label,
  kNextLabels,
  kPrevNextLabel,
  kNextLabelWord,
  kOwnFirstLabel,
  kWordNet,
  kWordNetNext,
  kWordNetPrev,
  kWordNetSuffix,
  kWordNetShape
};

}  // namespace

std::uint32_t WordNetClasses(const std::string& lower, const TaggerLexicon& lexicon) {
  if (lexicon.wordnet.empty()) return 0;
  const auto it = lexicon.wordnet.find(lower);
  if (it != lexicon.wordnet.end()) return it->second;
  // WordNet's morphy detachment rules (morph.c): suffix -> ending of the base form, by POS bit.
  struct Rule {
    std::string_view suffix, ending;
    std::uint32_t pos;
  };
  static constexpr std::array<Rule, 18> kRules = {{{"s", "", 1},
                                                   {"ses", "s", 1},
                                                   {"xes", "x", 1},
                                                   {"zes", "z", 1},
                                                   {"ches", "ch", 1},
                                                   {"shes", "sh", 1},
                                                   {"men", "man", 1},
                                                   {"ies", "y", 1},
                                                   {"s", "", 2},
                                                   {"ies", "y", 2},
                                                   {"es", "e", 2},
                                                   {"es", "", 2},
                                                   {"ed", "e", 2},
                                                   {"ed", "", 2},
                                                   {"ing", "e", 2},
                                                   {"ing", "", 2},
                                                   {"er", "", 4},
                                                   {"est", "", 4}}};
  std::uint32_t bits = 0;
  for (const Rule& r : kRules) {
    if (lower.size() <= r.suffix.size() + 1 || !lower.ends_with(r.suffix)) continue;
    const std::string base =
        lower.substr(0, lower.size() - r.suffix.size()) + std::string(r.ending);
    const auto b = lexicon.wordnet.find(base);
    if (b != lexicon.wordnet.end() && (b->second & r.pos) != 0) bits |= r.pos << 4U;
  }
  return bits;
}

TaggerWords PrepareTaggerWords(const std::vector<std::string>& forms,
                               const TaggerLexicon& lexicon) {
  const bool caps = IsAllCaps(forms);
  TaggerWords words(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) {
    TaggerWord& w = words[i];
    const std::string cased = caps ? Truecase(forms[i], lexicon) : forms[i];
    w.lower_form = LowerAscii(cased);
    w.cased_form = cased;
    const std::string& lower = w.lower_form;
    w.lower = HashString(lower);
    w.cased = HashString(cased);
    w.shape = HashString(Shape(cased));
    const auto amb = lexicon.ambiguity.find(lower);
    w.amb = amb == lexicon.ambiguity.end() ? 0 : amb->second;
    w.wordnet = WordNetClasses(lower, lexicon);
    for (std::size_t k = 0; k < 4; ++k) {
      w.suffix[k] = HashString(
          std::string_view(lower).substr(lower.size() > k + 1 ? lower.size() - k - 1 : 0));
    }
    for (std::size_t k = 0; k < 3; ++k)
      w.prefix[k] = HashString(std::string_view(lower).substr(0, k + 1));
  }
  return words;
}

void TaggerFeatures(const TaggerWords& words, std::size_t i,
                    const std::vector<std::uint32_t>& labels,
                    const std::vector<std::uint32_t>& right, std::vector<std::uint64_t>& out) {
  out.clear();
  static const TaggerWord kNone = [] {
    TaggerWord w;
    w.lower = w.cased = w.shape = HashString("<none>");
    return w;
  }();
  const auto at = [&](std::ptrdiff_t k) -> const TaggerWord& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(words.size())
               ? kNone
               : words[static_cast<std::size_t>(j)];
  };
  const auto label = [&](std::size_t back) -> std::uint64_t {
    return i >= back ? labels[i - back] + 1 : 0;
  };
  const TaggerWord& w = words[i];
  const TaggerWord& p = at(-1);
  const TaggerWord& n = at(1);
  out.push_back(HashFeature(kBias, 0));
  out.push_back(HashFeature(kLower, w.lower));
  out.push_back(HashFeature(kCased, w.cased));
  for (std::uint32_t k = 0; k < 4; ++k) out.push_back(HashFeature(kSuffix1 + k, w.suffix[k]));
  for (std::uint32_t k = 0; k < 3; ++k) out.push_back(HashFeature(kPrefix1 + k, w.prefix[k]));
  out.push_back(HashFeature(kShape, w.shape));
  out.push_back(HashFeature(kPrevWord, p.lower));
  out.push_back(HashFeature(kNextWord, n.lower));
  out.push_back(HashFeature(kPrev2Word, at(-2).lower));
  out.push_back(HashFeature(kNext2Word, at(2).lower));
  out.push_back(HashFeature(kPrevSuffix, p.suffix[2]));
  out.push_back(HashFeature(kNextSuffix, n.suffix[2]));
  out.push_back(HashFeature(kPrevLabel, label(1)));
  out.push_back(HashFeature(kPrev2Label, label(2)));
  out.push_back(HashFeature(kLabelBigram, label(1), label(2)));
  out.push_back(HashFeature(kPrevLabelWord, label(1), w.lower));
  out.push_back(HashFeature(kAmb, w.amb));
  out.push_back(HashFeature(kNextAmb, n.amb));
  out.push_back(HashFeature(kNext2Amb, at(2).amb));
  out.push_back(HashFeature(kPrevAmb, p.amb));
  out.push_back(HashFeature(kNextAmbWord, n.amb, w.lower));
  out.push_back(HashFeature(kPrevWordWord, p.lower, w.lower));
  out.push_back(HashFeature(kWordNextWord, w.lower, n.lower));
  out.push_back(HashFeature(kPrevLabelNextAmb, label(1), n.amb));
  out.push_back(HashFeature(kPrevShape, p.shape));
  out.push_back(HashFeature(kNextShape, n.shape));
  out.push_back(HashFeature(kFirstShape, i == 0 ? 1 : 0, w.shape));
  out.push_back(HashFeature(kPrevLabelSuffix, label(1), w.suffix[2]));
  out.push_back(HashFeature(kAmbShape, w.amb, w.shape));
  out.push_back(HashFeature(kWordNet, w.wordnet));
  out.push_back(HashFeature(kWordNetNext, n.wordnet));
  out.push_back(HashFeature(kWordNetPrev, p.wordnet));
  out.push_back(HashFeature(kWordNetSuffix, w.wordnet, w.suffix[2]));
  out.push_back(HashFeature(kWordNetShape, w.wordnet, w.shape));
  if (right.empty()) return;
  const auto next = [&](std::size_t ahead) -> std::uint64_t {
    return i + ahead < right.size() ? right[i + ahead] + 1 : 0;
  };
  out.push_back(HashFeature(kNextLabel, next(1)));
  out.push_back(HashFeature(kNext2Label, next(2)));
  out.push_back(HashFeature(kNextLabels, next(1), next(2)));
  out.push_back(HashFeature(kPrevNextLabel, label(1), next(1)));
  out.push_back(HashFeature(kNextLabelWord, next(1), w.lower));
  out.push_back(HashFeature(kOwnFirstLabel, right[i] + 1));
}

TaggerLexicon ReadTaggerLexicon(PayloadReader& in) {
  TaggerLexicon lexicon;
  const std::uint32_t num_labels = in.U32();
  for (std::uint32_t i = 0; i < num_labels; ++i) lexicon.labels.push_back(in.String());
  const std::uint32_t num_sure = in.U32();
  for (std::uint32_t i = 0; i < num_sure; ++i) {
    std::string word = in.String();
    const std::uint32_t label = in.U32();
    if (label >= num_labels)
      throw Error(ErrorCode::kCorruption, in.name() + ": tagger label out of range");
    lexicon.sure.emplace(std::move(word), label);
  }
  const std::uint32_t num_amb = in.U32();
  for (std::uint32_t i = 0; i < num_amb; ++i) {
    std::string word = in.String();
    lexicon.ambiguity.emplace(std::move(word), in.U64());
  }
  const std::uint32_t num_case = in.U32();
  for (std::uint32_t i = 0; i < num_case; ++i) {
    std::string word = in.String();
    lexicon.truecase.emplace(std::move(word), in.String());
  }
  const std::uint32_t num_wordnet = in.U32();
  for (std::uint32_t i = 0; i < num_wordnet; ++i) {
    std::string word = in.String();
    lexicon.wordnet.emplace(std::move(word), in.U32());
  }
  return lexicon;
}

Tagger::Tagger(const std::string& path) : file_(path, ModelKind::kTagger, kTaggerFeatureVersion) {
  PayloadReader in(file_.payload(), path);
  lexicon_ = ReadTaggerLexicon(in);
  first_ = Perceptron(in);
  second_ = Perceptron(in);
  if (first_.num_classes() != lexicon_.labels.size() ||
      second_.num_classes() != lexicon_.labels.size()) {
    throw Error(ErrorCode::kCorruption, path + ": tagger labels and weights disagree");
  }
}

void Tagger::Tag(std::vector<Token>& tokens) const {
  std::vector<std::string> forms;
  forms.reserve(tokens.size());
  for (const Token& t : tokens) forms.push_back(t.form);
  const TaggerWords words = PrepareTaggerWords(forms, lexicon_);
  const std::vector<std::uint32_t> first = TagWords(words, {}, lexicon_, first_);
  const std::vector<std::uint32_t> labels = TagWords(words, first, lexicon_, second_);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& label = lexicon_.labels[labels[i]];
    const std::size_t tab = label.find('\t');
    tokens[i].upos = label.substr(0, tab);
    tokens[i].xpos = label.substr(tab + 1);
  }
}

}  // namespace kg::nlp
