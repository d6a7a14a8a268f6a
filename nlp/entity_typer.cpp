#include "nlp/entity_typer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

using model::EntityType;

constexpr std::array<std::string_view, 8> kEventAncestors = {
    "military action", "war",      "conflict", "negotiation",
    "election",        "ceremony", "attack",   "meeting"};
// Head nouns that name events in news text but whose first WordNet sense is something else
// ("summit" is first a peak, "talks" a conversation).
constexpr std::array<std::string_view, 16> kEventNouns = {
    "summit",   "talks",    "war",    "meeting",     "conference", "election",
    "ceremony", "invasion", "attack", "negotiation", "referendum", "visit",
    "crisis",   "protest",  "strike", "festival"};
constexpr std::array<std::string_view, 5> kWeaponAncestors = {"weapon", "weaponry", "arms",
                                                              "missile", "munition"};
constexpr std::array<std::string_view, 6> kProductAncestors = {"vehicle",  "aircraft", "drug",
                                                               "software", "ship",     "commodity"};
constexpr std::array<std::string_view, 6> kCityAncestors = {
    "city", "town", "national capital", "state capital", "port", "capital"};
constexpr std::array<std::string_view, 4> kCountryAncestors = {"country", "state", "nation",
                                                               "kingdom"};
// A state of a federation or a province is a part of a country, not one: WordNet's {state,
// province} ("Minnesota", "Bavaria", "Ontario") shares the word "state" with the nation.
constexpr std::array<std::string_view, 2> kProvinceAncestors = {"province", "American state"};
constexpr std::array<std::string_view, 5> kOrganizationAncestors = {
    "organization", "organisation", "institution", "company", "political party"};
constexpr std::array<std::string_view, 12> kNumberWords = {"one",  "two", "three",   "four",
                                                           "five", "six", "seven",   "eight",
                                                           "nine", "ten", "hundred", "dozen"};
constexpr std::array<std::string_view, 5> kScaleWords = {"thousand", "million", "billion",
                                                         "trillion", "percent"};

template <std::size_t N>
bool AnyAncestor(const NounSense& sense, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view a) { return sense.HasAncestor(a); });
}

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool IsYear(std::string_view w) {
  return w.size() == 4 &&
         std::all_of(w.begin(), w.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         (w[0] == '1' || w[0] == '2');
}

bool IsAcronym(std::string_view w) {
  int letters = 0;
  for (const char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

bool IsCapitalisedWord(std::string_view w) {
  return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) ||
                        static_cast<unsigned char>(w[0]) >= 0xC0);
}

}  // namespace

EntityTyper::EntityTyper(std::shared_ptr<Lexicon> lexicon,
                         std::shared_ptr<const Gazetteer> gazetteer)
    : lexicon_(std::move(lexicon)), gazetteer_(std::move(gazetteer)) {}

std::optional<EntityType> EntityTyper::FromPattern(const MentionText& m) const {
  const std::string full = Lower(m.full);
  bool currency = false;
  bool number = HasDigit(full);
  bool calendar = false;
  bool scale = false;
  // Money and numbers are read off the whole phrase; dates off the naming words only, so that
  // "talks in Istanbul on Monday" stays a place.
  for (const std::string& w : SplitWords(full)) {
    if (Gazetteer::IsCurrencyWord(w) || w.find('$') != std::string::npos ||
        w.find("\u20AC") != std::string::npos || w.find("\u00A3") != std::string::npos) {
      currency = true;
    }
    if (In(kNumberWords, w)) number = true;
    if (In(kScaleWords, w) || w.find('%') != std::string::npos) scale = true;
  }
  for (const std::string& word : m.words) {
    const std::string w = Lower(word);
    if (Gazetteer::IsMonthOrWeekday(w) || IsYear(w) || w == "today" || w == "yesterday" ||
        w == "tomorrow") {
      calendar = true;
    }
  }
  if (currency && (number || scale)) return EntityType::kMoney;
  // A month alone ("May") is too ambiguous; with a number or in a capitalised phrase it is a date.
  if (calendar && (number || m.words.size() == 1)) {
    const std::string head = m.words.empty() ? "" : Lower(m.words.back());
    if (head != "may" || number) return EntityType::kDate;
  }
  // A credit rating ("A-1", "Baa-2") is a grade, no amount.
  if (m.words.size() == 1 && IsCreditRating(m.words.front())) return EntityType::kOther;
  const bool all_numeric =
      !m.words.empty() && std::all_of(m.words.begin(), m.words.end(), [](const std::string& w) {
        return HasDigit(w) || In(kScaleWords, Lower(w)) || In(kNumberWords, Lower(w));
      });
  if (all_numeric || (scale && number && m.words.size() <= 3)) return EntityType::kQuantity;
  return std::nullopt;
}

bool EntityTyper::IsProvince(const std::string& name) const {
  for (const NounSense& sense : lexicon_->Noun(name).senses) {
    if (sense.proper) return AnyAncestor(sense, kProvinceAncestors);
  }
  return false;
}

std::optional<EntityType> EntityTyper::FromName(const MentionText& m) const {
  if (m.words.empty()) return std::nullopt;
  const std::string& last = m.words.back();
  if (m.words.size() > 1 && Gazetteer::IsPersonTitle(m.words.front()) &&
      IsCapitalisedWord(m.words[1])) {
    return EntityType::kPerson;
  }
  // WordNet knows the whole name ("New York", "State Department") or its last word ("Putin").
  std::vector<std::string> candidates{m.name};
  if (m.words.size() > 1) candidates.push_back(last);
  for (const std::string& candidate : candidates) {
    const NounInfo& info = lexicon_->Noun(candidate);
    for (const NounSense& sense : info.senses) {
      if (!sense.proper) continue;
      if (sense.lex_file == static_cast<int>(LexFile::kPerson)) return EntityType::kPerson;
      if (AnyAncestor(sense, kCityAncestors)) return EntityType::kCity;
      if (AnyAncestor(sense, kCountryAncestors) && !AnyAncestor(sense, kProvinceAncestors) &&
          sense.lex_file == static_cast<int>(LexFile::kLocation)) {
        return EntityType::kCountry;
      }
      if (sense.lex_file == static_cast<int>(LexFile::kLocation)) return EntityType::kLocation;
      if (sense.lex_file == static_cast<int>(LexFile::kGroup) ||
          AnyAncestor(sense, kOrganizationAncestors)) {
        return EntityType::kOrganization;
      }
      if (sense.lex_file == static_cast<int>(LexFile::kEvent)) return EntityType::kEvent;
    }
  }
  if (Gazetteer::IsOrganizationWord(last) && m.words.size() > 1) return EntityType::kOrganization;
  if (IsAcronym(last) && m.words.size() == 1) return EntityType::kOrganization;
  // No person's name holds a number ("Sterling M3", "PA-28-181 Archer").
  if (std::any_of(m.words.begin(), m.words.end(), [](const std::string& w) { return HasDigit(w); }))
    return std::nullopt;
  // "Donald Trump", "Mark Rutte": a given name in front.
  if (m.words.size() >= 2 && m.words.size() <= 4 && gazetteer_->IsGivenName(m.words.front()) &&
      IsCapitalisedWord(last)) {
    return EntityType::kPerson;
  }
  // Two or three capitalised words that WordNet does not know as common words: a person's name.
  if (m.words.size() >= 2 && m.words.size() <= 3 &&
      std::all_of(m.words.begin(), m.words.end(), IsCapitalisedWord)) {
    const bool common = std::any_of(m.words.begin(), m.words.end(), [&](const std::string& w) {
      const NounInfo& info = lexicon_->Noun(Lower(w));
      return std::any_of(info.senses.begin(), info.senses.end(),
                         [](const NounSense& s) { return !s.proper; });
    });
    if (!common) return EntityType::kPerson;
  }
  return std::nullopt;
}

std::optional<EntityType> EntityTyper::FromCommonNoun(const std::string& head) const {
  const NounInfo& info = lexicon_->Noun(Lower(head));
  if (info.senses.empty()) return std::nullopt;
  const NounSense& first = info.senses.front();
  if (AnyAncestor(first, kWeaponAncestors)) return EntityType::kWeapon;
  const std::string lemma = lexicon_->NounLemma(Lower(head));
  if (In(kEventNouns, lemma) || first.lex_file == static_cast<int>(LexFile::kEvent) ||
      (first.lex_file == static_cast<int>(LexFile::kAct) && AnyAncestor(first, kEventAncestors))) {
    return EntityType::kEvent;
  }
  if (AnyAncestor(first, kProductAncestors)) {
    return EntityType::kProduct;
  }
  return std::nullopt;
}

EntityType EntityTyper::Type(const MentionText& m) const {
  if (m.hint) return *m.hint;
  if (const auto t = FromPattern(m)) return *t;
  if (gazetteer_->FindCountry(m.name) != nullptr) return EntityType::kCountry;
  if (m.proper) {
    if (const auto t = FromName(m)) return *t;
  }
  if (!m.words.empty() && !m.proper) {
    if (const auto t = FromCommonNoun(m.words.back())) return *t;
  }
  // "Aydin said": a lone surname that says things is a person; "Kestrel Biotech said" is not
  // decided by the verb.
  if (m.proper && m.speaker && m.words.size() == 1) return EntityType::kPerson;
  return EntityType::kOther;
}

std::optional<EntityType> NumberedNameType(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (!HasDigit(w)) continue;
    const bool letter = std::any_of(w.begin(), w.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
    return letter && w.find('-') != std::string::npos ? EntityType::kProduct : EntityType::kOther;
  }
  return std::nullopt;
}

bool IsModelDesignation(std::string_view word) {
  // "MC68020", "MVME134": two to six capitals and at least three digits, no hyphen between.
  std::size_t capitals = 0;
  while (capitals < word.size() && std::isupper(static_cast<unsigned char>(word[capitals])) != 0)
    ++capitals;
  std::size_t digits = capitals;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits])) != 0)
    ++digits;
  if (capitals >= 2 && capitals <= 6 && digits - capitals >= 3 &&
      std::all_of(word.begin() + static_cast<std::ptrdiff_t>(digits), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
      }))
    return true;
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > 3 || hyphen + 1 >= word.size())
    return false;
  const std::string_view letters = word.substr(0, hyphen);
  const std::string_view rest = word.substr(hyphen + 1);
  // "A-1", "P-2": one letter and one digit is a credit rating; "G-7" a group, "I-95" a road.
  if (letters == "G" || letters == "I" || (letters.size() == 1 && rest.size() == 1)) return false;
  return std::all_of(letters.begin(), letters.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
         std::isdigit(static_cast<unsigned char>(rest.front())) != 0 &&
         std::all_of(rest.begin(), rest.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace kg::nlp
