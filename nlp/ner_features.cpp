#include "nlp/ner_features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "nlp/perceptron.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

// Name-list bits of NerToken::lists.
enum NerList : std::uint32_t {
  kGivenName = 1u << 0,
  kCountry = 1u << 1,
  kPlace = 1u << 2,
  kDemonym = 1u << 3,
  kOrgWord = 1u << 4,
  kTitle = 1u << 5,
  kHonorific = 1u << 6,
  kCalendar = 1u << 7,
  kWnPerson = 1u << 8,
  kWnLocation = 1u << 9,
  kWnGroup = 1u << 10,
  kWnCity = 1u << 11,
  kCommonWord = 1u << 12,
  kWnCountry = 1u << 13,
};
constexpr std::size_t kListCount = 14;

std::uint64_t Hash(std::uint8_t templ, std::string_view value) {
  return HashFeature(templ, HashString(value));
}

std::string TitleCase(const std::string& s) {
  std::string out = Lower(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

bool StartsUpper(const std::string& w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

const std::string kPad = "<s>";

std::string_view LabelText(NerLabel l) {
  static const std::array<std::string, kNerLabelCount> kNames = [] {
    std::array<std::string, kNerLabelCount> n;
    for (std::size_t i = 0; i < kNerLabelCount; ++i) n[i] = LabelName(static_cast<NerLabel>(i));
    return n;
  }();
  return kNames[l];
}

std::string JoinWords(const std::vector<std::string>& words, std::size_t a, std::size_t b) {
  std::string out;
  for (std::size_t k = a; k < b; ++k) out += (k == a ? "" : " ") + words[k];
  return out;
}

}  // namespace

std::string WordShape(const std::string& word) {
  std::string out;
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    char k = ch;
    if (std::isupper(c)) {
      k = 'X';
    } else if (std::islower(c) || c >= 0x80) {
      k = 'x';
    } else if (std::isdigit(c)) {
      k = 'd';
    }
    if (out.empty() || out.back() != k) out += k;
  }
  return out;
}

bool IsHeadline(const std::vector<std::string>& tokens) {
  std::size_t letters = 0;
  std::size_t capitals = 0;
  for (const auto& t : tokens) {
    const bool any_alpha = std::any_of(
        t.begin(), t.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (!any_alpha) continue;
    ++letters;
    if (std::none_of(t.begin(), t.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
      ++capitals;
  }
  return letters >= 1 && capitals * 10 >= letters * 7;
}

NerFeatures::NerFeatures(std::shared_ptr<Lexicon> lexicon,
                         std::shared_ptr<const Gazetteer> gazetteer)
    : lexicon_(lexicon), gazetteer_(gazetteer), rules_(lexicon, gazetteer) {}

std::uint32_t NerFeatures::Lists(const std::string& word, bool headline) const {
  const std::string w = headline ? TitleCase(word) : word;
  std::uint32_t bits = 0;
  if (gazetteer_->IsGivenName(w)) bits |= kGivenName;
  if (gazetteer_->FindCountry(w) != nullptr) bits |= kCountry;
  if (gazetteer_->IsKnownPlace(w)) bits |= kPlace;
  if (gazetteer_->IsDemonym(w)) bits |= kDemonym;
  if (Gazetteer::IsOrganizationWord(w)) bits |= kOrgWord;
  if (Gazetteer::IsPersonTitle(w)) bits |= kTitle;
  if (Gazetteer::IsHonorific(w)) bits |= kHonorific;
  if (Gazetteer::IsMonthOrWeekday(w)) bits |= kCalendar;
  if (!StartsUpper(w)) return bits;
  if (lexicon_->IsCommonWord(w)) bits |= kCommonWord;
  for (const NounSense& s : lexicon_->Noun(w).senses) {
    if (!s.proper) continue;
    if (s.lex_file == static_cast<int>(LexFile::kPerson)) bits |= kWnPerson;
    if (s.lex_file == static_cast<int>(LexFile::kLocation)) bits |= kWnLocation;
    if (s.lex_file == static_cast<int>(LexFile::kGroup)) bits |= kWnGroup;
    if (s.HasAncestor("city")) bits |= kWnCity;
    if (s.HasAncestor("country")) bits |= kWnCountry;
    break;  // the first proper sense is the usual one
  }
  return bits;
}

NerSentenceContext NerFeatures::Prepare(const std::vector<std::string>& tokens,
                                        const std::vector<std::string>& upos,
                                        NerDocumentMemory& memory) const {
  NerSentenceContext s;
  s.headline = IsHeadline(tokens);
  s.tokens.resize(tokens.size());
  std::vector<std::string> looked_up;  // the words as the name lists spell them
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    NerToken& t = s.tokens[i];
    t.lower = Lower(tokens[i]);
    t.shape = s.headline ? "CAPS" : WordShape(tokens[i]);
    if (i < upos.size()) t.upos = upos[i];
    t.lists = Lists(tokens[i], s.headline);
    t.rule = "O";
    looked_up.push_back(s.headline ? TitleCase(tokens[i]) : tokens[i]);
  }
  // Country and place names of two or three words ("United States", "New York").
  for (std::size_t n = 2; n <= 3; ++n) {
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
      const std::string phrase = JoinWords(looked_up, i, i + n);
      std::uint32_t bit = 0;
      if (gazetteer_->FindCountry(phrase) != nullptr) bit = kCountry;
      if (gazetteer_->IsKnownPlace(phrase)) bit = kPlace;
      for (std::size_t k = i; k < i + n && bit != 0; ++k) s.tokens[k].lists |= bit;
    }
  }
  for (const NameSpan& span : rules_.Tag(tokens, memory.rules)) {
    if (span.nationality) {
      s.tokens[span.begin].rule = "NAT";
      continue;
    }
    const std::string type(model::TypeName(span.type));
    for (std::size_t k = span.begin; k < span.end; ++k)
      s.tokens[k].rule = (k == span.begin ? "B-" : "I-") + type;
  }
  return s;
}

void NerFeatures::Extract(const NerSentenceContext& s, std::size_t i, NerLabel prev, NerLabel prev2,
                          std::vector<std::uint64_t>& out) const {
  const auto& toks = s.tokens;
  const NerToken& t = toks[i];
  const auto at = [&](std::ptrdiff_t k) -> const NerToken* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(toks.size())) return nullptr;
    return &toks[static_cast<std::size_t>(j)];
  };
  const auto word = [&](std::ptrdiff_t k) -> const std::string& {
    const NerToken* n = at(k);
    return n ? n->lower : kPad;
  };
  std::uint8_t templ = 0;
  const auto add = [&](std::string_view v) { out.push_back(Hash(templ++, v)); };
  const std::string p1(LabelText(prev));
  const std::string p2(LabelText(prev2));
  const std::string caps = s.headline ? "C" : "c";
  add("");
  add(t.lower);
  add(t.shape);
  add(caps + t.shape + (i == 0 ? "^" : ""));
  for (std::size_t n = 1; n <= 3; ++n) add(t.lower.substr(0, n));
  for (std::size_t n = 1; n <= 4; ++n)
    add(t.lower.size() >= n ? t.lower.substr(t.lower.size() - n) : "");
  add(word(-1));
  add(word(1));
  add(word(-2));
  add(word(2));
  add(word(-1) + "|" + t.lower);
  add(t.lower + "|" + word(1));
  add(at(-1) ? at(-1)->shape : kPad);
  add(at(1) ? at(1)->shape : kPad);
  add((at(-1) ? at(-1)->shape : kPad) + "|" + t.shape + "|" + (at(1) ? at(1)->shape : kPad));
  if (!t.upos.empty()) {
    add(t.upos);
    add((at(-1) ? at(-1)->upos : kPad) + "|" + t.upos);
    add(t.upos + "|" + (at(1) ? at(1)->upos : kPad));
  } else {
    templ = static_cast<std::uint8_t>(templ + 3);
  }
  add(p1);
  add(p2 + "|" + p1);
  add(p1 + "|" + t.lower);
  add(p1 + "|" + t.shape);
  // Name lists: each bit alone, and the lists of the neighbours.
  for (std::size_t b = 0; b < kListCount; ++b) {
    if ((t.lists & (1u << b)) != 0) {
      out.push_back(Hash(templ, std::to_string(b)));
      out.push_back(Hash(static_cast<std::uint8_t>(templ + 1), caps + std::to_string(b)));
    }
    if (at(-1) && (at(-1)->lists & (1u << b)) != 0)
      out.push_back(Hash(static_cast<std::uint8_t>(templ + 2), std::to_string(b)));
    if (at(1) && (at(1)->lists & (1u << b)) != 0)
      out.push_back(Hash(static_cast<std::uint8_t>(templ + 3), std::to_string(b)));
  }
  templ = static_cast<std::uint8_t>(templ + 4);
  // Stacking: the rule tagger's answer, alone, with the case of the sentence and in context.
  add(t.rule);
  add(caps + t.rule);
  add(t.rule + "|" + p1);
  add((at(-1) ? at(-1)->rule : kPad) + "|" + t.rule);
  add(t.rule + "|" + (at(1) ? at(1)->rule : kPad));
}

}  // namespace kg::nlp
