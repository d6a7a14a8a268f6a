#include "nlp/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <regex>
#include <set>

#include "model/error.h"
#include "model/unicode.h"
#include "nlp/acronyms.h"
#include "nlp/firm_names.h"
#include "nlp/ner_document.h"
#include "nlp/results_rows.h"
#include "nlp/value_rules.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

// A time zone of a wire clock time or its parts joined by "/" with digits: "EDT", "GMT",
// "EST/1930", "hrs".
bool IsClockWord(const std::string& word) {
  static constexpr std::array<std::string_view, 17> kZones{"edt", "est", "cdt", "cst", "mdt", "mst",
                                                           "pdt", "pst", "gmt", "bst", "cet", "jst",
                                                           "hkt", "sgt", "utc", "hrs", "aest"};
  bool zone = false;
  std::size_t start = 0;
  while (start <= word.size()) {
    const std::size_t slash = std::min(word.find('/', start), word.size());
    const std::string part = Lower(word.substr(start, slash - start));
    const bool digits = !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    const bool is_zone = std::find(kZones.begin(), kZones.end(), part) != kZones.end();
    if (!digits && !is_zone) return false;
    zone = zone || is_zone;
    start = slash + 1;
  }
  return zone;
}

// The possessive clitic as the tokeniser writes it: "'s" or U+2019 "s".
bool IsPossessiveClitic(const std::string& word) { return word == "'s" || word == "\u2019s"; }

// "The", "A", "An" in any case.
bool IsDeterminer(const std::string& word) {
  const std::string w = Lower(word);
  return w == "the" || w == "a" || w == "an";
}

// Mentions in token order.
void SortByBegin(std::vector<EntityMention>& mentions) {
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
}

}  // namespace

EntityRecognizer::EntityRecognizer(const std::string& model_path, std::shared_ptr<Lexicon> lexicon,
                                   std::shared_ptr<const Gazetteer> gazetteer)
    : lexicon_(lexicon),
      gazetteer_(gazetteer),
      features_(lexicon, gazetteer),
      typer_(lexicon, gazetteer),
      file_(std::make_unique<ModelFile>(model_path, ModelKind::kNer, kNerFeatureVersion)) {
  PayloadReader in(file_->payload(), model_path);
  uses_upos_ = in.U32() != 0;
  model_ = Perceptron(in);
  if (model_.num_classes() != kNerLabelCount) {
    throw Error(ErrorCode::kCorruption, model_path + ": entity model has " +
                                            std::to_string(model_.num_classes()) +
                                            " labels, expected " + std::to_string(kNerLabelCount));
  }
}

std::vector<NerLabel> EntityRecognizer::Label(const std::vector<std::string>& tokens,
                                              const std::vector<std::string>& upos,
                                              NerDocumentMemory& memory) const {
  static const std::vector<std::string> kNoTags;
  const NerSentenceContext s = features_.Prepare(tokens, uses_upos_ ? upos : kNoTags, memory);
  return DecodeNer(features_, s, model_);
}

std::string EntityRecognizer::Refine(const std::vector<std::string>& tokens, std::size_t begin,
                                     std::size_t end, NameClass c) const {
  if (c != NameClass::kPlace && c != NameClass::kProduct && c != NameClass::kOrganization)
    return std::string(ClassName(c));
  MentionText m;
  for (std::size_t i = begin; i < end; ++i) {
    m.words.push_back(tokens[i]);
    m.name += (m.name.empty() ? "" : " ") + tokens[i];
  }
  // A country's bare name labelled an organisation ("Jonas Bjorkman ( Sweden )") is the country.
  if (c == NameClass::kOrganization)
    return gazetteer_->FindCountry(m.name) != nullptr ? "COUNTRY" : std::string(ClassName(c));
  m.full = m.name;
  m.proper = true;
  if (c == NameClass::kProduct)
    return typer_.Type(m) == model::EntityType::kWeapon ? "WEAPON" : "PRODUCT";
  if (gazetteer_->FindCountry(m.name) != nullptr) return "COUNTRY";
  // A given name before a place's name is a person named after it ("Nadia Oman", "Paul Tracy"),
  // unless the whole is a place the lists or WordNet know ("Alice Springs").
  if (m.words.size() >= 2 && gazetteer_->IsGivenName(m.words.front()) &&
      !gazetteer_->IsKnownPlace(m.name)) {
    const std::vector<NounSense>& senses = lexicon_->Noun(m.name).senses;
    if (std::none_of(senses.begin(), senses.end(),
                     [](const NounSense& sense) { return sense.proper; }))
      return "PERSON";
  }
  if (typer_.IsProvince(m.name)) return "LOCATION";
  model::EntityType t = typer_.Type(m);
  if (t != model::EntityType::kCity && t != model::EntityType::kCountry &&
      model::StripMarks(m.name) != m.name) {  // WordNet spells "Sao Paulo" without marks
    MentionText plain = m;
    plain.name = plain.full = model::StripMarks(m.name);
    for (std::string& w : plain.words) w = model::StripMarks(w);
    t = typer_.Type(plain);
  }
  if (t == model::EntityType::kCountry) return "COUNTRY";
  if (t == model::EntityType::kCity || gazetteer_->IsKnownPlace(m.name)) return "CITY";
  return "LOCATION";
}

bool EntityRecognizer::IsPlaceName(const std::string& name) const {
  if (gazetteer_->FindCountry(name) != nullptr || gazetteer_->IsKnownPlace(name)) return true;
  // WordNet spells places without marks ("Sao Paulo"): "West Bank", "Soviet Union".
  const NounInfo& noun = lexicon_->Noun(model::StripMarks(name));
  return !noun.senses.empty() && noun.senses.front().proper &&
         noun.senses.front().lex_file == static_cast<int>(LexFile::kLocation);
}

bool IsValueType(std::string_view type) {
  return type == "MONEY" || type == "DATE" || type == "QUANTITY" || type == "PERCENT";
}

bool EntityRecognizer::IsPeopleWord(const std::string& form) const {
  if (form.size() < 3 || !std::isupper(static_cast<unsigned char>(form[0]))) return false;
  // A word of letters ("F.O." of "F.O. Licht" is initials).
  if (!std::all_of(form.begin(), form.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '-';
      }))
    return false;
  std::string word = Lower(form);  // headlines spell "KOREAN"
  word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  const auto proper_noun = [&](const std::string& w) {
    const NounInfo& noun = lexicon_->Noun(w);
    return noun.senses.empty() || noun.senses.front().proper;
  };
  // The word lists' peoples hold titles too ("Minister", "Prime", "Captain"): a title, or a word
  // WordNet knows neither as a proper adjective ("Polish") nor first as a proper noun, is none.
  if (gazetteer_->IsDemonym(word))
    return !Gazetteer::IsPersonTitle(word) && !Gazetteer::IsHonorific(word) &&
           (lexicon_->IsProperAdjective(word) || proper_noun(word));
  // An adjective WordNet writes with a capital ("Iraqi", "European", "Islamic"), or its plural
  // ("Iraqis"), unless it is first a common noun ("Union") or a country's own name ("Jordan").
  if (gazetteer_->FindCountry(word) != nullptr) return false;
  const auto proper = [&](const std::string& w) {
    return lexicon_->IsProperAdjective(w) && proper_noun(w);
  };
  if (proper(word)) return true;
  if (word.back() == 's' && proper(word.substr(0, word.size() - 1))) return true;
  // A people WordNet knows only as a noun, a kind of person and no one person ("Kurds",
  // "Azeris", "Afrikaners"; not "Clinton", an instance).
  const NounInfo& noun = lexicon_->Noun(word);
  return !noun.senses.empty() && noun.senses.front().proper && !noun.senses.front().instance &&
         noun.senses.front().lex_file == static_cast<int>(LexFile::kPerson) &&
         !gazetteer_->IsGivenName(word) &&
         !gazetteer_->IsGivenName(word.substr(0, word.size() - 1));
}

std::vector<EntityMention> EntityRecognizer::Recognize(const std::vector<std::string>& tokens,
                                                       const std::vector<std::string>& upos,
                                                       NerDocumentMemory& memory) const {
  const std::vector<NerLabel> labels = Label(tokens, upos, memory);
  std::vector<EntityMention> out;
  std::vector<bool> taken(tokens.size(), false);
  for (const LabelSpan& whole : LabelSpans(labels))
    for (const LabelSpan& n : SplitAtVerbs(tokens, upos, whole))
      out.push_back({n.begin, n.end, Refine(tokens, n.begin, n.end, n.cls)});
  out = NamesEndOnAWord(tokens, std::move(out));
  out = WholeCountryNames(tokens, std::move(out), *gazetteer_);
  out = TitledPersons(tokens, std::move(out), *gazetteer_,
                      [this](const std::string& w) { return lexicon_->IsCommonWord(w); });
  out = PersonNameParticles(tokens, std::move(out), *gazetteer_);
  out = JoinFirmNames(tokens, std::move(out), *gazetteer_);
  out = PersonInitials(tokens, upos, std::move(out), *gazetteer_,
                       [this](const std::string& w) { return IsPeopleWord(w); });
  out = GivenNamesBeforeNames(tokens, std::move(out), *gazetteer_);
  out = MiddleInitialPersons(tokens, std::move(out));
  out = SurnamesAfterFirstNames(tokens, std::move(out), *gazetteer_,
                                [this](const std::string& w) { return lexicon_->IsCommonWord(w); });
  for (EntityMention& m : out) {  // "Chechens", "Kurds" read as persons are peoples
    if (m.type == "PERSON" && m.end == m.begin + 1 && IsPeopleWord(tokens[m.begin]))
      m.type = "NORP";
  }
  out = PlacesAfterPrepositions(
      tokens, std::move(out), [this](const std::string& name) { return IsPlaceName(name); },
      [&](std::size_t begin, std::size_t end) {
        return Refine(tokens, begin, end, NameClass::kPlace);
      });
  out = PlacesInsideNames(
      tokens, std::move(out), [this](const std::string& name) { return IsPlaceName(name); },
      [&](std::size_t begin, std::size_t end) {
        return Refine(tokens, begin, end, NameClass::kPlace);
      });
  out = PlacesBeforeStates(tokens, std::move(out));
  out = OrganizationsByName(tokens, std::move(out), *gazetteer_,
                            [this](const std::string& name) { return IsPlaceName(name); });
  out = OrganizationsWithTheirOf(tokens, std::move(out));
  out = TeamsInFixtures(tokens, std::move(out));
  out = TeamsInResultsRows(tokens, std::move(out), *gazetteer_);
  out = NamesAfterOpeners(tokens, std::move(out));
  out = AgenciesTold(tokens, std::move(out));
  out = NoClockNames(tokens, std::move(out));
  out = NoRatingNames(tokens, std::move(out));
  out = PluralPossessorNames(tokens, std::move(out));
  out = PeoplesNames(tokens, std::move(out));
  out = PairedFirmNames(tokens, std::move(out));
  out = NoEconomicMeasures(tokens, std::move(out));
  // A name has a capital letter: "rose", "naira" or "57.50" labelled a name are none.
  std::erase_if(out, [&](const EntityMention& m) {
    return std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                        tokens.begin() + static_cast<std::ptrdiff_t>(m.end),
                        [](const std::string& w) {
                          return std::any_of(w.begin(), w.end(), [](char c) {
                            return std::isupper(static_cast<unsigned char>(c)) != 0;
                          });
                        });
  });
  for (const EntityMention& m : out)
    std::fill(taken.begin() + static_cast<std::ptrdiff_t>(m.begin),
              taken.begin() + static_cast<std::ptrdiff_t>(m.end), true);
  // Nationalities and peoples by the name lists: GUM and UNER do not mark the adjectives
  // ("German", "Bavarian"), so the model rarely predicts NORP for them.
  // Those only WordNet knows must stand alone: "European" of an unrecognised "European
  // Investment Bank" or "African" of "South African Mutual" is part of a name.
  const auto capital = [&](std::size_t i) {
    return i < tokens.size() && std::isupper(static_cast<unsigned char>(tokens[i][0])) != 0;
  };
  const auto alone = [&](std::size_t k) { return !capital(k + 1) && (k < 2 || !capital(k - 1)); };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // The cheap tests first: IsPeopleWord asks WordNet.
    if (!taken[k] && (gazetteer_->IsDemonym(tokens[k]) || alone(k)) && IsPeopleWord(tokens[k])) {
      out.push_back({k, k + 1, "NORP"});
      taken[k] = true;
    }
  }
  for (const EntityMention& v : FindValues(tokens)) {
    const bool free =
        std::none_of(taken.begin() + static_cast<std::ptrdiff_t>(v.begin),
                     taken.begin() + static_cast<std::ptrdiff_t>(v.end), [](bool b) { return b; });
    // "50 mln Hong Kong dlrs", "235 mln H.K. Dlrs": the place inside an amount of its dollars
    // names the currency, no place or person of the sentence (the amount had been lost).
    const auto inside = [&](const EntityMention& m) {
      return m.begin >= v.begin && m.end <= v.end && !IsValueType(m.type);
    };
    const auto overlaps = [&](const EntityMention& m) {
      return m.end > v.begin && m.begin < v.end;
    };
    // So is a unit of measure the model took for a name ("1,270 MW" with "MW" a place).
    const bool qualified = (v.type == "MONEY" || v.type == "QUANTITY") && !free &&
                           std::all_of(out.begin(), out.end(), [&](const EntityMention& m) {
                             return !overlaps(m) || inside(m);
                           });
    if (qualified) std::erase_if(out, overlaps);
    if (free || qualified) out.push_back(v);
  }
  SortByBegin(out);
  return out;
}

void EntityRecognizer::MarkEntities(std::vector<Token>& tokens, NerDocumentMemory& memory) const {
  std::vector<std::string> forms;
  std::vector<std::string> upos;
  for (const Token& t : tokens) {
    forms.push_back(t.form);
    upos.push_back(t.upos);
  }
  const auto tags = BioTags(tokens.size(), Recognize(forms, upos, memory));
  for (std::size_t i = 0; i < tokens.size(); ++i) tokens[i].entity = tags[i];
}

std::vector<std::vector<EntityMention>> EntityRecognizer::RecognizeDocument(
    const std::vector<std::vector<std::string>>& sentences,
    const std::vector<std::vector<std::string>>& upos) const {
  static const std::vector<std::string> kNoTags;
  NerDocumentMemory memory;
  std::vector<std::vector<EntityMention>> out;
  out.reserve(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s)
    out.push_back(Recognize(sentences[s], s < upos.size() ? upos[s] : kNoTags, memory));
  KeepTeamsInDocument(sentences, out);
  ShortFirmNames(sentences, out);
  FirmsByFirstWord(
      sentences, out, [this](const std::string& name) { return IsPlaceName(name); },
      [this](const std::string& word) { return gazetteer_->IsGivenName(word); });
  AcronymLongForms(sentences, out);
  SurnamesOfPersons(sentences, out);
  KeepDocumentTypes(sentences, out);
  NamesSaidAgain(sentences, out);
  // A grade in a story about ratings is none, in every sentence ("cut the debt to Baa-1" after
  // "Moody's upgraded ..."): the document's types would carry a wrong type back.
  if (std::any_of(sentences.begin(), sentences.end(),
                  [](const std::vector<std::string>& s) { return IsAboutRatings(s); }))
    for (std::size_t s = 0; s < sentences.size(); ++s)
      out[s] = NoRatingNames(sentences[s], std::move(out[s]), true);
  // The document's long forms and names said again bring back what the sentence dropped.
  for (std::size_t s = 0; s < sentences.size(); ++s)
    out[s] = NoEconomicMeasures(sentences[s], std::move(out[s]));
  return out;
}

void EntityRecognizer::MarkDocument(const std::vector<std::vector<Token>*>& sentences) const {
  std::vector<std::vector<std::string>> forms(sentences.size());
  std::vector<std::vector<std::string>> upos(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const Token& t : *sentences[s]) {
      forms[s].push_back(t.form);
      upos[s].push_back(t.upos);
    }
  }
  const auto mentions = RecognizeDocument(forms, upos);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto tags = BioTags(forms[s].size(), mentions[s]);
    for (std::size_t i = 0; i < tags.size(); ++i) (*sentences[s])[i].entity = tags[i];
  }
}

namespace {

bool IsCapitalised(const std::string& w) {
  const auto c = static_cast<unsigned char>(w.empty() ? '\0' : w[0]);
  return std::isupper(c) != 0 || c >= 0xC0;
}

// An initial: a capital letter and a full stop ("M.").
bool IsInitial(const std::string& w) {
  return w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) != 0 && w[1] == '.';
}

// tokens[begin, end) joined by spaces: a name as the gazetteers look it up.
std::string JoinWords(const std::vector<std::string>& tokens, std::size_t begin, std::size_t end) {
  std::string name;
  for (std::size_t i = begin; i < end; ++i) name += (i == begin ? "" : " ") + tokens[i];
  return name;
}

// The end of the name a title at `title` introduces, or `title` when it introduces none.
std::size_t TitledNameEnd(const std::vector<std::string>& tokens, std::size_t title,
                          const std::vector<EntityMention>& mentions, const Gazetteer& gazetteer,
                          const std::function<bool(const std::string&)>& is_common_word) {
  constexpr std::size_t kMaxNameWords = 3;
  const bool honorific = Gazetteer::IsHonorific(tokens[title]);
  if (!honorific && !Gazetteer::IsPersonTitle(tokens[title])) return title;
  std::size_t end = title + 1;
  while (end < tokens.size() && end - title <= kMaxNameWords && IsCapitalised(tokens[end]) &&
         !Gazetteer::IsOrganizationWord(tokens[end]) && !Gazetteer::IsPersonTitle(tokens[end]) &&
         !Gazetteer::IsHonorific(tokens[end]))
    ++end;
  if (end == title + 1 || (end < tokens.size() && IsCapitalised(tokens[end]))) return title;
  if (gazetteer.FindCountry(JoinWords(tokens, title + 1, end)) != nullptr) return title;
  if (honorific || gazetteer.IsGivenName(tokens[title + 1])) return end;
  // "Finance Minister Onno Ruding told parliament", "Finance Minister Dilson Funaro said" (the
  // model found no one, or an organisation): after a capitalised title, a given name and a
  // surname the gazetteers do not know are a person too, when each is a word of a name (a
  // capital, then lower-case letters), no English word (so "Executive Life Insurance Co" stays
  // a firm) and no place, people, day or legal form. A person the model found there stays as it
  // found it.
  if (!is_common_word || !IsCapitalised(tokens[title]) || end - title < 3) return title;
  for (const EntityMention& m : mentions)
    if (m.type == "PERSON" && m.begin < end && m.end > title + 1) return title;
  for (std::size_t w = title + 1; w < end; ++w) {
    const std::string& word = tokens[w];
    const bool name_shaped =
        word.size() >= 2 && std::all_of(word.begin() + 1, word.end(), [](char c) {
          return std::islower(static_cast<unsigned char>(c)) != 0;
        });
    if (!name_shaped || is_common_word(word) || IsLegalForm(word) || gazetteer.IsKnownPlace(word) ||
        gazetteer.IsDemonym(word) || gazetteer.FindCountry(word) != nullptr ||
        Gazetteer::IsMonthOrWeekday(word))
      return title;
  }
  return end;
}

}  // namespace

std::vector<EntityMention> TitledPersons(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& is_common_word) {
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    std::size_t end = TitledNameEnd(tokens, k, mentions, gazetteer, is_common_word);
    // A capitalised title before a person the model found only in part ("Trade Minister Zheng
    // Tuobin" with only "Tuobin" a person): the untagged capitalised words between are the
    // name's. (A title in lower case stays out of the name: "Dome chairman J. Howard Macdonald"
    // gives a role of the firm named before it.)
    if (end == k && IsCapitalised(tokens[k]) && Gazetteer::IsPersonTitle(tokens[k]))
      for (const EntityMention& m : mentions)
        if (m.type == "PERSON" && m.begin > k + 1 && m.begin <= k + 3 &&
            std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                        tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                        [](const std::string& w) {
                          return IsCapitalised(w) && !Gazetteer::IsOrganizationWord(w) &&
                                 !Gazetteer::IsPersonTitle(w) && !Gazetteer::IsHonorific(w);
                        }) &&
            std::none_of(mentions.begin(), mentions.end(), [&](const EntityMention& o) {
              return o.begin < m.begin && o.end > k + 1;
            }))
          end = m.end;
    if (end == k) continue;
    // The title stays in the mention (the resolver makes it a role); a person mention that
    // began earlier keeps its start ("Prime Minister ...").
    // Words that rank a title go with it, written in the title's case: "Group Chief Executive
    // Brian Corby", "chief executive Peter Bijur" (not "Managing" of "IMF Managing director").
    // Not into another name ("Britannia Group Chief Executive ...": "Group" is the firm's),
    // unless that "name" is only ranks ("Group Chief" of "Group Chief Executive Brian Corby").
    const auto named = [&](std::size_t i) {
      return std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
        if (m.type == "PERSON" || i < m.begin || i >= m.end) return false;
        for (std::size_t w = m.begin; w < m.end && w < tokens.size(); ++w)
          if (!Gazetteer::IsTitleRank(tokens[w])) return true;
        return false;
      });
    };
    std::size_t begin = k;
    while (begin > 0 && Gazetteer::IsTitleRank(tokens[begin - 1]) &&
           IsCapitalised(tokens[begin - 1]) == IsCapitalised(tokens[k]) && !named(begin - 1))
      --begin;
    std::vector<EntityMention> kept;
    const std::size_t first = begin;
    for (EntityMention& m : mentions) {
      if (m.end <= first || m.begin >= end)
        kept.push_back(std::move(m));
      else if (m.type == "PERSON")
        begin = std::min(begin, m.begin);
    }
    kept.push_back({begin, end, "PERSON"});
    mentions = std::move(kept);
    k = end - 1;
  }
  SortByBegin(mentions);
  return mentions;
}

std::vector<EntityMention> NamesAfterOpeners(const std::vector<std::string>& tokens,
                                             std::vector<EntityMention> mentions) {
  static constexpr std::array<std::string_view, 12> kOpeners{
      "although", "though", "while", "whereas", "because", "but",
      "and",      "or",     "if",    "unless",  "whether", "nor"};
  for (EntityMention& m : mentions)
    while (m.end > m.begin + 1 && m.end <= tokens.size() &&
           std::find(kOpeners.begin(), kOpeners.end(), Lower(tokens[m.begin])) != kOpeners.end())
      ++m.begin;
  return mentions;
}

std::vector<EntityMention> AgenciesTold(const std::vector<std::string>& tokens,
                                        std::vector<EntityMention> mentions) {
  static constexpr std::array<std::string_view, 4> kTell{"told", "tell", "tells", "telling"};
  std::vector<EntityMention> out;
  for (const EntityMention& m : mentions) {
    std::size_t split = m.begin;
    if (m.begin > 0 && m.end <= tokens.size() &&
        std::find(kTell.begin(), kTell.end(), Lower(tokens[m.begin - 1])) != kTell.end())
      for (std::size_t k = m.end - 1; k > m.begin; --k)
        if (IsCapitalised(tokens[k]) && Gazetteer::IsNewsAgency(JoinWords(tokens, m.begin, k))) {
          split = k;
          break;
        }
    if (split == m.begin) {
      out.push_back(m);
      continue;
    }
    out.push_back({m.begin, split, "ORGANIZATION"});
    // An acronym alone is no person's name ("MHI").
    const bool acronym = m.end == split + 1 && IsCapitalAcronym(tokens[split]);
    out.push_back({split, m.end, acronym && m.type == "PERSON" ? "ORGANIZATION" : m.type});
  }
  return out;
}

std::vector<EntityMention> NoClockNames(const std::vector<std::string>& tokens,
                                        std::vector<EntityMention> mentions) {
  static constexpr std::array<std::string_view, 5> kSeasons{"spring", "summer", "autumn", "fall",
                                                            "winter"};
  std::erase_if(mentions, [&](const EntityMention& m) {
    const bool season = m.end == m.begin + 1 && m.end <= tokens.size() && !IsValueType(m.type) &&
                        std::ranges::find(kSeasons, Lower(tokens[m.begin])) != kSeasons.end();
    return season ||
           (m.end <= tokens.size() &&
            std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                        tokens.begin() + static_cast<std::ptrdiff_t>(m.end), IsClockWord));
  });
  return mentions;
}

void FirmsByFirstWord(const std::vector<std::vector<std::string>>& sentences,
                      std::vector<std::vector<EntityMention>>& mentions,
                      const std::function<bool(const std::string&)>& is_place,
                      const std::function<bool(const std::string&)>& is_given_name) {
  // The firms' names without their legal forms, word by word, lower case.
  std::vector<std::vector<std::string>> firms;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s)
    for (const EntityMention& m : mentions[s])
      if (m.type == "ORGANIZATION" && m.end - m.begin >= 2 && m.end <= sentences[s].size() &&
          IsLegalForm(sentences[s][m.end - 1])) {
        std::vector<std::string> words;
        for (std::size_t w = m.begin; w + 1 < m.end; ++w) words.push_back(Lower(sentences[s][w]));
        firms.push_back(std::move(words));
      }
  if (firms.empty()) return;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s)
    for (EntityMention& m : mentions[s]) {
      if (m.type == "ORGANIZATION" || IsValueType(m.type) || m.end > sentences[s].size()) continue;
      const std::size_t n = m.end - m.begin;
      // Not a person by a given name ("Mario Gabelli" beside "Mario Gabelli and Co"; one word is
      // ShortFirmNames').
      if (m.type == "PERSON" && (n == 1 || is_given_name(sentences[s][m.begin]))) continue;
      const bool prefix = std::any_of(firms.begin(), firms.end(), [&](const auto& firm) {
        if (firm.size() < n || (n == 1 && firm.size() < 2)) return false;
        // A person a firm is named after ("Abdulla Fouad and Sons Co") is that person.
        if (m.type == "PERSON" && firm.size() > n && firm[n] == "and") return false;
        for (std::size_t w = 0; w < n; ++w)
          if (Lower(sentences[s][m.begin + w]) != firm[w]) return false;
        return true;
      });
      // Not a known place ("Hong Kong", "New York" open firms' names too); asked last, as the
      // place lists and WordNet are the costly test.
      if (prefix && !is_place(JoinWords(sentences[s], m.begin, m.end))) m.type = "ORGANIZATION";
    }
}

std::vector<EntityMention> NoEconomicMeasures(const std::vector<std::string>& tokens,
                                              std::vector<EntityMention> mentions) {
  std::erase_if(mentions, [&](const EntityMention& m) {
    if (IsValueType(m.type) || m.end > tokens.size()) return false;
    if (m.end == m.begin + 1 && Gazetteer::IsEconomicMeasure(tokens[m.begin])) return true;
    return m.end + 2 < tokens.size() && tokens[m.end] == "(" && tokens[m.end + 2] == ")" &&
           Gazetteer::IsEconomicMeasure(tokens[m.end + 1]);
  });
  return mentions;
}

std::vector<EntityMention> PeoplesNames(const std::vector<std::string>& tokens,
                                        std::vector<EntityMention> mentions) {
  SortByBegin(mentions);
  for (std::size_t k = 0; k + 2 < tokens.size(); ++k) {
    if (tokens[k] != "People" || !IsPossessiveClitic(tokens[k + 1]) ||
        !IsCapitalised(tokens[k + 2]))
      continue;
    // Already one name ("the National People's Congress").
    if (std::any_of(mentions.begin(), mentions.end(),
                    [&](const EntityMention& m) { return m.begin <= k && m.end > k + 2; }))
      continue;
    std::size_t begin = k;
    std::size_t end = k + 2;
    std::string type;
    for (const EntityMention& m : mentions) {
      if (m.begin <= k && m.end == k + 1) begin = m.begin;
      if (m.begin == k + 2) {
        end = m.end;
        type = m.type;
      }
    }
    if (end == k + 2)
      while (end < tokens.size() && IsCapitalised(tokens[end]) && !IsDeterminer(tokens[end])) ++end;
    if (type.empty() || type == "PERSON") type = "ORGANIZATION";
    std::erase_if(mentions, [&](const EntityMention& m) { return m.begin < end && m.end > begin; });
    mentions.push_back({begin, end, type});
    SortByBegin(mentions);
    k = end - 1;
  }
  return mentions;
}

std::vector<EntityMention> PairedFirmNames(const std::vector<std::string>& tokens,
                                           std::vector<EntityMention> mentions) {
  for (std::size_t k = 0; k + 2 < tokens.size(); ++k) {
    if ((tokens[k + 1] != "and" && tokens[k + 1] != "&") ||
        !Gazetteer::IsPairedFirm(tokens[k], tokens[k + 2]))
      continue;
    std::size_t end = k + 3;
    if (end < tokens.size() && IsPossessiveClitic(tokens[end])) ++end;
    // A mention the model ran past the second name ("Gamble Co", "Gamble AG") or that starts
    // right after it as an organisation ("Standard and Poor's Corp") ends the firm's name; else
    // its legal form or organisation words do ("Procter and Gamble AG" is the Swiss subsidiary,
    // no mention of "Procter and Gamble Co").
    bool joined = false;
    for (const EntityMention& m : mentions)
      if ((m.begin == end && m.type == "ORGANIZATION") ||
          (m.begin > k && m.begin < end && m.end > end)) {
        end = m.end;
        joined = true;
      }
    while (!joined && end < tokens.size() &&
           (Gazetteer::IsOrganizationWord(tokens[end]) || IsLegalForm(tokens[end])))
      ++end;
    std::erase_if(mentions, [&](const EntityMention& m) { return m.begin < end && m.end > k; });
    mentions.push_back({k, end, "ORGANIZATION"});
    k = end - 1;
  }
  SortByBegin(mentions);
  return mentions;
}

std::vector<EntityMention> PluralPossessorNames(const std::vector<std::string>& tokens,
                                                std::vector<EntityMention> mentions) {
  static constexpr std::array<std::string_view, 7> kPluralEnds{"ers",  "ees",  "ors", "ists",
                                                               "ians", "ants", "men"};
  for (EntityMention& m : mentions) {
    if (m.type != "ORGANIZATION" || m.begin < 2 || m.end > tokens.size() ||
        !Gazetteer::IsOrganizationWord(tokens[m.end - 1]))
      continue;
    const std::string& mark = tokens[m.begin - 1];
    const std::string& owner = tokens[m.begin - 2];
    // A plural of people by their trade ("Seafarers", "Farmers", "Employees"), not a surname
    // after a given name ("Kenny Rogers'").
    const std::string lower = Lower(owner);
    const bool plural = std::any_of(kPluralEnds.begin(), kPluralEnds.end(),
                                    [&](std::string_view e) { return lower.ends_with(e); });
    const bool after_name =
        m.begin >= 3 && IsCapitalised(tokens[m.begin - 3]) && !IsDeterminer(tokens[m.begin - 3]);
    if ((mark == "'" || mark == "\u2019") && IsCapitalised(owner) && plural && !after_name)
      m.begin -= 2;
  }
  return mentions;
}

bool IsAboutRatings(const std::vector<std::string>& tokens) {
  static constexpr std::array<std::string_view, 13> kCues{
      "moody",     "rating",     "ratings",    "rated",       "upgrade",  "upgraded", "upgrades",
      "downgrade", "downgraded", "downgrades", "creditwatch", "affirmed", "poor"};
  return std::any_of(tokens.begin(), tokens.end(), [](const std::string& w) {
    return std::find(kCues.begin(), kCues.end(), Lower(w)) != kCues.end();
  });
}

std::vector<EntityMention> NoRatingNames(const std::vector<std::string>& tokens,
                                         std::vector<EntityMention> mentions, bool rated) {
  if (!rated && !IsAboutRatings(tokens)) return mentions;
  static const std::regex kGrade(
      "(Aaa|Aa|A|Baa|Ba|B|Caa|Ca|C|P)(-?[1-3])?|(AAA|AA|A|BBB|BB|B|CCC|CC|C|D)([+-]|-plus|-minus)?|"
      "A-1-plus");
  std::erase_if(mentions, [&](const EntityMention& m) {
    return m.end == m.begin + 1 && m.end <= tokens.size() &&
           std::regex_match(tokens[m.begin], kGrade);
  });
  return mentions;
}

std::vector<EntityMention> NamesEndOnAWord(const std::vector<std::string>& tokens,
                                           std::vector<EntityMention> mentions) {
  static constexpr std::array<std::string_view, 5> kConnectors{"and", "&", "of", "for", "de"};
  const auto connector = [&](std::size_t i) {
    return std::find(kConnectors.begin(), kConnectors.end(), tokens[i]) != kConnectors.end();
  };
  SortByBegin(mentions);
  std::vector<EntityMention> out;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EntityMention m = mentions[k];
    if (m.end > m.begin && m.end <= tokens.size() && connector(m.end - 1)) {
      const std::size_t limit = k + 1 < mentions.size() ? mentions[k + 1].begin : tokens.size();
      std::size_t end = m.end;
      while (end < limit && end - m.end < 3 && IsCapitalised(tokens[end]) &&
             !Gazetteer::IsPersonTitle(tokens[end]) && !Gazetteer::IsHonorific(tokens[end]))
        ++end;
      // After "and" or "&" the words may be a second name ("Atkinson and Binney addressed"):
      // only a run followed by a person title ("Gulf and Western chairman") or a legal form
      // ("Procter and Gamble Co") ends one firm's name.
      const bool list = tokens[m.end - 1] == "and" || tokens[m.end - 1] == "&";
      bool closed = end < tokens.size() && Gazetteer::IsPersonTitle(tokens[end]);
      for (std::size_t i = m.end; i < end; ++i)
        closed = closed || Gazetteer::IsOrganizationWord(tokens[i]);
      if (end > m.end && (!list || closed)) {
        m.end = end;
      } else {
        while (m.end > m.begin && connector(m.end - 1)) --m.end;
      }
    }
    if (m.end > m.begin) out.push_back(std::move(m));
  }
  return out;
}

std::vector<EntityMention> WholeCountryNames(const std::vector<std::string>& tokens,
                                             std::vector<EntityMention> mentions,
                                             const Gazetteer& gazetteer) {
  constexpr std::size_t kMaxWords = 4;
  SortByBegin(mentions);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EntityMention& m = mentions[k];
    if (m.end <= m.begin) continue;
    for (std::size_t end = std::min(tokens.size(), m.begin + kMaxWords); end > m.end; --end) {
      if (!IsCapitalised(tokens[end - 1]) ||
          gazetteer.FindCountry(JoinWords(tokens, m.begin, end)) == nullptr)
        continue;
      m.end = end;
      m.type = "COUNTRY";
      for (std::size_t j = k + 1; j < mentions.size() && mentions[j].begin < end; ++j) {
        mentions[j].begin = std::min(end, mentions[j].end);
        const bool letter =
            std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(mentions[j].begin),
                        tokens.begin() + static_cast<std::ptrdiff_t>(mentions[j].end),
                        [](const std::string& w) {
                          return std::any_of(w.begin(), w.end(), [](char c) {
                            return std::isalpha(static_cast<unsigned char>(c)) != 0;
                          });
                        });
        if (!letter) mentions[j].end = mentions[j].begin;
      }
      break;
    }
  }
  std::erase_if(mentions, [](const EntityMention& m) { return m.end <= m.begin; });
  return mentions;
}

std::vector<EntityMention> PersonNameParticles(const std::vector<std::string>& tokens,
                                               std::vector<EntityMention> mentions,
                                               const Gazetteer& gazetteer) {
  const auto particle = [&](std::size_t i) {
    return i < tokens.size() && Gazetteer::IsNameParticle(tokens[i]);
  };
  SortByBegin(mentions);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EntityMention& m = mentions[k];
    if (m.type != "PERSON" || m.end <= m.begin) continue;
    std::size_t begin = m.begin;
    while (begin > 0 && particle(begin - 1)) --begin;
    if (begin < m.begin) {
      // "Cor van der Klugt": a given name before the particles is the name's, and so is a
      // capitalised word in no other mention (the gazetteer knows no Dutch "Cor").
      const auto in_mention = [&](std::size_t i) {
        return std::any_of(mentions.begin(), mentions.end(),
                           [&](const EntityMention& o) { return o.begin <= i && i < o.end; });
      };
      if (begin > 0 && (gazetteer.IsGivenName(tokens[begin - 1]) ||
                        (IsCapitalised(tokens[begin - 1]) && !in_mention(begin - 1)))) {
        m.begin = begin - 1;
      } else if (begin == 0 || !IsCapitalised(tokens[begin - 1])) {
        m.begin = begin;
      }
    }
    // A run of particles ("de la", "van der") before a capitalised word: "Alfredo de la Madrid"
    // had been "Alfredo" and the city "Madrid".
    // After a particle, a Spanish or French article is one too ("de la", "de los").
    const auto article = [&](std::size_t i) {
      return i < tokens.size() &&
             (tokens[i] == "la" || tokens[i] == "le" || tokens[i] == "las" || tokens[i] == "los");
    };
    std::size_t end = m.end;
    for (std::size_t next = end; particle(next); next = end) {
      while (particle(next) || (next > end && article(next))) ++next;
      if (next >= tokens.size() || !IsCapitalised(tokens[next])) break;
      end = next + 1;
    }
    // An Arabic article joined to the name it starts: "Mana Said al-Oteiba", "Abdel el-Sisi".
    while (end < tokens.size() && Gazetteer::IsPrefixedName(tokens[end])) ++end;
    if (end == m.end) continue;
    m.end = end;
    for (std::size_t j = k + 1; j < mentions.size() && mentions[j].begin < end; ++j)
      mentions[j].begin = std::min(end, mentions[j].end);
  }
  std::erase_if(mentions, [](const EntityMention& m) { return m.end <= m.begin; });
  return mentions;
}

namespace {

// Not an entity type the model is sure of: a name it could not place.
bool IsUnplacedType(const std::string& type) {
  return type == "NORP" || type == "OTHER" || type == "PRODUCT" || type == "EVENT";
}

}  // namespace

std::vector<EntityMention> GivenNamesBeforeNames(const std::vector<std::string>& tokens,
                                                 std::vector<EntityMention> mentions,
                                                 const Gazetteer& gazetteer) {
  const auto given = [&gazetteer](const std::string& w) {
    if (w.empty() || std::isupper(static_cast<unsigned char>(w[0])) == 0) return false;
    const std::size_t dash = w.find('-');  // "Jean-Baptiste": the lists know "Jean"
    return gazetteer.IsGivenName(w) ||
           (dash != std::string::npos && dash + 1 < w.size() &&
            std::isupper(static_cast<unsigned char>(w[dash + 1])) != 0 &&
            gazetteer.IsGivenName(w.substr(0, dash)));
  };
  for (EntityMention& m : mentions) {
    if (m.begin == 0 || m.end != m.begin + 1 || m.end > tokens.size() ||
        (m.type != "PERSON" && !IsUnplacedType(m.type)) || !given(tokens[m.begin - 1]) ||
        std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& o) {
          return o.begin <= m.begin - 1 && m.begin - 1 < o.end;
        }))
      continue;
    m.begin -= 1;
    m.type = "PERSON";
  }
  SortByBegin(mentions);
  return mentions;
}

std::vector<EntityMention> MiddleInitialPersons(const std::vector<std::string>& tokens,
                                                std::vector<EntityMention> mentions) {
  for (EntityMention& m : mentions) {
    if (m.end < m.begin + 2 || m.end > tokens.size() || !IsUnplacedType(m.type)) continue;
    if (IsInitial(tokens[m.end - 1]) && tokens[m.begin].size() > 2) m.type = "PERSON";
  }
  return mentions;
}

std::vector<EntityMention> PlacesAfterPrepositions(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const std::function<bool(const std::string&)>& is_place,
    const std::function<std::string(std::size_t, std::size_t)>& place_type) {
  for (EntityMention& m : mentions) {
    if (m.type != "PERSON" || m.begin == 0 || m.end > tokens.size()) continue;
    const std::string before = Lower(tokens[m.begin - 1]);
    static constexpr std::array<std::string_view, 13> kPlacePrepositions{
        "in",      "at",     "from", "near",   "to",      "for",    "into",
        "towards", "toward", "via",  "across", "outside", "through"};
    if (std::find(kPlacePrepositions.begin(), kPlacePrepositions.end(), before) ==
        kPlacePrepositions.end())
      continue;
    if (is_place(JoinWords(tokens, m.begin, m.end))) m.type = place_type(m.begin, m.end);
  }
  return mentions;
}

std::vector<EntityMention> PlacesInsideNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const std::function<bool(const std::string&)>& is_place,
    const std::function<std::string(std::size_t, std::size_t)>& place_type) {
  std::vector<EntityMention> out;
  for (const EntityMention& m : mentions) {
    if (m.type != "ORGANIZATION" || m.end > tokens.size() || m.end - m.begin < 4) {
      out.push_back(m);
      continue;
    }
    // The last lower-case "in" or "at", with two name words or more before it.
    std::size_t at = m.end;
    for (std::size_t k = m.begin + 2; k + 1 < m.end; ++k)
      if (tokens[k] == "in" || tokens[k] == "at") at = k;
    if (at == m.end || !is_place(JoinWords(tokens, at + 1, m.end))) {
      out.push_back(m);
      continue;
    }
    out.push_back({m.begin, at, m.type});
    out.push_back({at + 1, m.end, place_type(at + 1, m.end)});
  }
  return out;
}

std::vector<EntityMention> PlacesBeforeStates(const std::vector<std::string>& tokens,
                                              std::vector<EntityMention> mentions) {
  for (EntityMention& m : mentions) {
    if (m.type != "PERSON" && !IsUnplacedType(m.type)) continue;
    if (m.end + 2 >= tokens.size() || tokens[m.end] != "," || tokens[m.end + 2] != ",") continue;
    if (!IsApState(tokens[m.end + 1])) continue;
    // "Polyco of Cincinnati, Ohio," is a firm: a name with a lower-case word is no town's.
    const bool all_capitalised =
        std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                    tokens.begin() + static_cast<std::ptrdiff_t>(m.end), IsCapitalised);
    if (all_capitalised) m.type = "CITY";
  }
  return mentions;
}

std::vector<EntityMention> PersonInitials(const std::vector<std::string>& tokens,
                                          const std::vector<std::string>& upos,
                                          std::vector<EntityMention> mentions,
                                          const Gazetteer& gazetteer,
                                          const std::function<bool(const std::string&)>& people) {
  constexpr std::size_t kMaxInitials = 3;
  const auto initial = [&](std::size_t i) { return IsInitial(tokens[i]); };
  SortByBegin(mentions);
  const auto covering = [&](std::size_t i) -> EntityMention* {
    for (EntityMention& m : mentions)
      if (m.begin <= i && i < m.end) return &m;
    return nullptr;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!initial(k) || covering(k) != nullptr) continue;
    std::size_t name = k;
    while (name < tokens.size() && name - k < kMaxInitials && initial(name) &&
           covering(name) == nullptr)
      ++name;
    if (name >= tokens.size() || !IsCapitalised(tokens[name]) || initial(name)) continue;
    // "S. Africa", "N. Korean", "W. German": an abbreviated compass point before a place.
    std::string next = Lower(tokens[name]);  // headlines spell "S. KOREAN"
    next[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(next[0])));
    if (gazetteer.FindCountry(next) != nullptr || gazetteer.IsKnownPlace(next) || people(next) ||
        Gazetteer::IsOrganizationWord(next) || Gazetteer::IsPersonTitle(next) ||
        Gazetteer::IsHonorific(next))
      continue;
    EntityMention* m = covering(name);
    if (m == nullptr) {
      // "S and P. About 65 mln": a word the tagger did not take for a name is none.
      if (name < upos.size() && upos[name] != "PROPN") continue;
      mentions.push_back({k, name + 1, "PERSON"});
    } else if (m->begin == name && m->type != "ORGANIZATION" && m->type != "COUNTRY" &&
               m->type != "CITY" && m->type != "LOCATION") {
      m->begin = k;
      m->type = "PERSON";
    }
    SortByBegin(mentions);
    k = name;
  }
  return mentions;
}

std::vector<EntityMention> SurnamesAfterFirstNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& common) {
  SortByBegin(mentions);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EntityMention& m = mentions[k];
    if (m.type != "PERSON" || m.end >= tokens.size() || m.end <= m.begin) continue;
    const std::string& last = tokens[m.end - 1];
    // An initial ("J."), or several ("S.R.") after another word of the name ("Captain S.R.";
    // "H.K." alone before "Dlrs" is Hong Kong's).
    bool initial = last.size() == 2 || (last.size() % 2 == 0 && m.end - m.begin >= 2);
    for (std::size_t c = 0; c + 1 < last.size() && initial; c += 2)
      initial = std::isupper(static_cast<unsigned char>(last[c])) != 0 && last[c + 1] == '.';
    const bool given = gazetteer.IsGivenName(last);
    // A lone first name the lists do not know ("Ludmila"): a word in title case WordNet does not
    // know ("VDO", "H.K." and "Commercial" are none).
    const auto title_case = [](const std::string& w) {
      return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) != 0 &&
             std::all_of(w.begin() + 1, w.end(),
                         [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    };
    const bool lone =
        m.end - m.begin == 1 && title_case(last) && !common(last) && title_case(tokens[m.end]);
    if (!initial && !given && !lone) continue;
    if (k + 1 < mentions.size() && mentions[k + 1].begin == m.end) continue;
    const std::string& next = tokens[m.end];
    const bool name_ends = m.end + 1 >= tokens.size() || !IsCapitalised(tokens[m.end + 1]);
    if (!IsCapitalised(next) || Gazetteer::IsPersonTitle(next) || Gazetteer::IsHonorific(next) ||
        Gazetteer::IsOrganizationWord(next) || Gazetteer::IsMonthOrWeekday(next) ||
        gazetteer.FindCountry(next) != nullptr || gazetteer.IsKnownPlace(next) ||
        gazetteer.IsGivenName(next) || (common(next) && !(given && name_ends)))
      continue;
    ++m.end;
  }
  return mentions;
}

std::vector<EntityMention> OrganizationsByName(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& place) {
  constexpr std::size_t kMaxAgencyWords = 4;
  const auto compass = [](const std::string& w) {
    return w == "North" || w == "South" || w == "East" || w == "West";
  };
  std::vector<bool> taken(tokens.size(), false);
  for (EntityMention& m : mentions) {
    if (m.end > tokens.size() || m.end <= m.begin) continue;
    std::fill(taken.begin() + static_cast<std::ptrdiff_t>(m.begin),
              taken.begin() + static_cast<std::ptrdiff_t>(m.end), true);
    if (m.type == "ORGANIZATION" || IsValueType(m.type)) continue;
    const std::string name = JoinWords(tokens, m.begin, m.end);
    // Not a person's ("Allan Goldstein of George Washington University") nor two names joined by
    // a possessive ("Chrysler Corp 's Chrysler Motors Corp").
    const bool joined = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                                    tokens.begin() + static_cast<std::ptrdiff_t>(m.end),
                                    [](const std::string& w) { return w == "'s" || w == ","; });
    // A person's name ends in no legal form: "Walt Disney Co" read as a person is the firm.
    const bool of = std::find(tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                              tokens.begin() + static_cast<std::ptrdiff_t>(m.end),
                              "of") != tokens.begin() + static_cast<std::ptrdiff_t>(m.end);
    const bool firm_word =
        m.end - m.begin >= 2 && !joined &&
        ((m.type != "PERSON" && Gazetteer::IsOrganizationWord(tokens[m.end - 1])) ||
         (Gazetteer::IsTradeWord(tokens[m.end - 1]) && !of) ||
         (IsLegalForm(tokens[m.end - 1]) && (m.type != "PERSON" || !of)));
    // A place and a plural name after it, the whole no place: a club ("Texas Rangers",
    // "Cleveland Indians"; not "Virgin Islands", "North Caucasus", "West Allis" nor a country's
    // "U.S. Deficits").
    const std::string& last = tokens[m.end - 1];
    const bool club = (m.type == "CITY" || m.type == "LOCATION") && m.end - m.begin >= 2 &&
                      !joined && last.size() > 3 && last.back() == 's' && IsCapitalised(last) &&
                      place(JoinWords(tokens, m.begin, m.end - 1)) && !place(last) &&
                      !compass(tokens[m.begin]) &&
                      gazetteer.FindCountry(JoinWords(tokens, m.begin, m.end - 1)) == nullptr;
    if (Gazetteer::IsNewsAgency(name) || ((firm_word || club) && !place(name)))
      m.type = "ORGANIZATION";
  }
  // An agency the model left out ("told Reuters", "Associated Press reported").
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t end = std::min(tokens.size(), i + kMaxAgencyWords); end > i; --end) {
      const bool free =
          std::none_of(taken.begin() + static_cast<std::ptrdiff_t>(i),
                       taken.begin() + static_cast<std::ptrdiff_t>(end), [](bool b) { return b; });
      if (!free || !IsCapitalised(tokens[i]) || !Gazetteer::IsNewsAgency(JoinWords(tokens, i, end)))
        continue;
      mentions.push_back({i, end, "ORGANIZATION"});
      i = end - 1;
      break;
    }
  }
  SortByBegin(mentions);
  return mentions;
}

std::vector<EntityMention> OrganizationsWithTheirOf(const std::vector<std::string>& tokens,
                                                    std::vector<EntityMention> mentions) {
  constexpr std::size_t kMaxWords = 3;
  SortByBegin(mentions);
  // "Bank of Ireland said" with only the place found: a capitalised organisation word in no
  // mention, right before "of" and a place's mention, starts an organisation (with the
  // capitalised words before it in no mention: "National Bank of Egypt"), which the loop below
  // runs on over the place.
  std::vector<bool> taken(tokens.size(), false);
  for (const EntityMention& m : mentions)
    for (std::size_t i = m.begin; i < m.end && i < tokens.size(); ++i) taken[i] = true;
  const auto place_at = [&](std::size_t i) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
      return m.begin == i && (m.type == "COUNTRY" || m.type == "CITY" || m.type == "LOCATION");
    });
  };
  std::vector<EntityMention> added;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (taken[i] || !IsCapitalised(tokens[i]) || !Gazetteer::IsOrganizationWord(tokens[i]) ||
        tokens[i + 1] != "of" || !place_at(i + 2))
      continue;
    std::size_t begin = i;
    while (begin > 0 && i - begin < kMaxWords && !taken[begin - 1] &&
           IsCapitalised(tokens[begin - 1]) && !IsDeterminer(tokens[begin - 1]) &&
           !Gazetteer::IsPersonTitle(tokens[begin - 1]))
      --begin;
    added.push_back({begin, i + 1, "ORGANIZATION"});
  }
  if (!added.empty()) {
    mentions.insert(mentions.end(), added.begin(), added.end());
    SortByBegin(mentions);
  }
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EntityMention& m = mentions[k];
    const std::size_t of = m.end;
    if (m.type != "ORGANIZATION" || of + 1 >= tokens.size() ||
        (tokens[of] != "of" && tokens[of] != "for") || IsLegalForm(tokens[of - 1]))
      continue;
    // The capitalised words after it, and the mentions they make, none a person's; after "the"
    // only when the organisation's word is right before "of" ("British Bank of the Middle
    // East", "Bank of the Philippine Islands").
    const bool the = tokens[of + 1] == "the" && Gazetteer::IsOrganizationWord(tokens[of - 1]);
    const std::size_t first = the ? of + 2 : of + 1;
    std::size_t end = first;
    while (end < tokens.size() && end - first < kMaxWords && IsCapitalised(tokens[end])) ++end;
    if (end == first || (end < tokens.size() && IsCapitalised(tokens[end]))) continue;
    bool person = false;
    bool place = false;
    std::size_t last = k + 1;
    for (; last < mentions.size() && mentions[last].begin < end; ++last) {
      const std::string& type = mentions[last].type;
      person = person || type == "PERSON" || mentions[last].end > end;
      place = place || type == "COUNTRY" || type == "CITY" || type == "LOCATION";
    }
    // "SNECMA of France" is a firm and its country; "Bank of Japan" one name.
    if (person || (place && !Gazetteer::IsOrganizationWord(tokens[of - 1]))) continue;
    m.end = end;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k + 1),
                   mentions.begin() + static_cast<std::ptrdiff_t>(last));
  }
  return mentions;
}

EntityMention NameOnly(const std::vector<std::string>& tokens, EntityMention m) {
  if (m.type != "PERSON" || m.end > tokens.size()) return m;
  // The name starts after the last title ("Bosnian President Alija Izetbegovic", "Cofinec CEO
  // Stephen Frater") and after any lower-case word or "of" phrase of its office ("Secretary of
  // State John Kornblum"), but not after a name particle ("Joaquin del Olmo").
  std::size_t begin = m.begin;
  for (std::size_t i = m.begin; i + 1 < m.end; ++i) {
    const std::string& w = tokens[i];
    if (Gazetteer::IsPersonTitle(w) || Gazetteer::IsHonorific(w) ||
        (i + 2 < m.end && Gazetteer::IsPersonTitle(w + " " + tokens[i + 1])) ||
        (!w.empty() && std::islower(static_cast<unsigned char>(w[0])) != 0 &&
         !Gazetteer::IsNameParticle(w) && w != "and")) {
      begin = i + 1;
      if (i + 2 < m.end && tokens[i + 1] == "of") {  // "Secretary of State"
        begin = i + 3;
        i += 2;
      }
    }
  }
  if (begin < m.end) m.begin = begin;
  return m;
}

std::vector<std::string> BioTags(std::size_t n, std::span<const EntityMention> mentions) {
  std::vector<std::string> tags(n, "O");
  for (const EntityMention& m : mentions) {
    for (std::size_t i = m.begin; i < m.end && i < n; ++i)
      tags[i] = (i == m.begin ? "B-" : "I-") + m.type;
  }
  return tags;
}

}  // namespace kg::nlp
