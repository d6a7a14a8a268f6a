#include "nlp/name_tagger.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

using model::EntityType;

constexpr std::array<std::string_view, 12> kConnectors = {"of", "&",  "de", "van", "von", "der",
                                                          "la", "le", "du", "del", "da",  "bin"};
constexpr std::array<std::string_view, 8> kSpeechAfter = {"said",   "says", "told",  "added",
                                                          "stated", "says", "asked", "warned"};
constexpr std::array<std::string_view, 7> kPlaceBefore = {"in", "at",      "near",  "from",
                                                          "to", "outside", "across"};

// Closed-class words: capitalised only because they start a sentence.
constexpr std::array<std::string_view, 64> kClosedClass = {
    "the",   "a",      "an",    "this",     "that",   "these",   "those", "his",  "her",   "its",
    "their", "our",    "my",    "your",     "he",     "she",     "it",    "they", "we",    "you",
    "i",     "there",  "here",  "at",       "in",     "on",      "for",   "with", "by",    "from",
    "to",    "of",     "after", "before",   "but",    "and",     "or",    "if",   "when",  "while",
    "as",    "since",  "until", "although", "though", "because", "what",  "who",  "which", "where",
    "how",   "why",    "all",   "some",     "no",     "not",     "one",   "both", "each",  "every",
    "after", "during", "under", "over"};
// Head words of place names ("Grace Road", "Hyde Park").
constexpr std::array<std::string_view, 22> kPlaceHeads = {
    "Road",    "Street",   "Avenue",    "Square", "Park",    "Stadium", "Bridge", "River",
    "Lake",    "Mountain", "Mountains", "Island", "Islands", "Bay",     "Valley", "Airport",
    "Station", "Sea",      "Ocean",     "Coast",  "Gulf",    "Desert"};
// Head words of the names of events ("U.S. Open", "World Cup", "Labor Day").
constexpr std::array<std::string_view, 14> kEventHeads = {
    "Open",          "Cup",      "Games", "Series", "Tour",     "Day", "Championship",
    "Championships", "Olympics", "Prix",  "Trophy", "Festival", "War", "Summit"};
// Verbs of contests: a region named beside them is a team ("Essex beat Kent").
constexpr std::array<std::string_view, 12> kContestWords = {
    "beat", "beats", "won",      "lost",    "drew",   "v",
    "vs",   "vs.",   "defeated", "against", "played", "leads"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool StartsUpper(const std::string& t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  return std::isupper(c) ||
         (c >= 0xC3 && c <= 0xC5 && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x80 &&
          static_cast<unsigned char>(t[1]) < 0x9F);
}

bool HasLower(const std::string& t) {
  return std::any_of(t.begin(), t.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

bool HasLetter(const std::string& t) {
  return std::any_of(t.begin(), t.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// "LEICESTERSHIRE" -> "Leicestershire", for looking up words of an all-capitals headline.
std::string TitleCase(const std::string& s) {
  std::string out = Lower(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

bool IsSentenceStart(const std::vector<std::string>& tokens, std::size_t i) {
  if (i == 0) return true;
  const std::string& p = tokens[i - 1];
  return p == "\"" || p == "``" || p == ":" || p == "-" || p == "--" || p == "(" || p == "." ||
         p == "'";
}

}  // namespace

NameTagger::NameTagger(std::shared_ptr<Lexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer)
    : lexicon_(lexicon), gazetteer_(gazetteer), typer_(lexicon, gazetteer) {}

bool NameTagger::IsNameToken(const std::vector<std::string>& tokens, std::size_t i,
                             bool headline) const {
  const std::string& t = tokens[i];
  if (!StartsUpper(t) || !HasLetter(t) || t == "I") return false;
  if (t.size() == 1) return false;  // a lone letter; initials keep their full stop ("J.")
  // "Prime Minister", "Foreign Secretary": words before a title are part of the title.
  if (i + 1 < tokens.size() && Gazetteer::IsPersonTitle(tokens[i + 1]) &&
      !gazetteer_->IsGivenName(t) && gazetteer_->FindCountry(t) == nullptr) {
    return false;
  }
  if (In(kClosedClass, Lower(t)) && (IsSentenceStart(tokens, i) || headline)) return false;
  if (Gazetteer::IsMonthOrWeekday(t) || Gazetteer::IsPersonTitle(t)) return false;
  if (headline && !HasLower(t)) {
    // In capitals every word looks like a name: keep only the words known as names.
    const std::string title = TitleCase(t);
    return gazetteer_->FindCountry(title) != nullptr || gazetteer_->IsKnownPlace(title) ||
           (!lexicon_->IsCommonWord(t) && t.size() > 2);
  }
  if (IsSentenceStart(tokens, i)) {
    // A capital at the start says nothing: a common word there is not a name, unless a name
    // follows it ("Bank of England", "New York").
    const bool next_is_name =
        i + 1 < tokens.size() && StartsUpper(tokens[i + 1]) && HasLower(tokens[i + 1]);
    if (lexicon_->IsCommonWord(t) && !next_is_name && gazetteer_->FindCountry(t) == nullptr &&
        !gazetteer_->IsGivenName(t)) {
      return lexicon_->Noun(t).senses.size() > 0 && lexicon_->Noun(t).senses.front().proper;
    }
  }
  return true;
}

NameSpan NameTagger::Classify(const std::vector<std::string>& tokens, std::size_t begin,
                              std::size_t end, const NameMemory& memory) const {
  NameSpan span{begin, end, EntityType::kOther, false};
  MentionText m;
  for (std::size_t i = begin; i < end; ++i) {
    const std::string w = HasLower(tokens[i]) ? tokens[i] : TitleCase(tokens[i]);
    m.words.push_back(w);
    m.name += (m.name.empty() ? "" : " ") + w;
  }
  m.full = m.name;
  m.proper = true;
  const std::string& first = m.words.front();
  const std::string& last = m.words.back();
  // WordNet's view of the name, asked at most once.
  std::optional<EntityType> typed;
  const auto type_of = [&] {
    if (!typed) typed = typer_.Type(m);
    return *typed;
  };
  if (const auto known = memory.names.find(m.name); known != memory.names.end()) {
    span.type = known->second;
    return span;
  }
  // An acronym in running text ("NATO", "FIFA") names an organisation, unless its title-case
  // form is a known place or name ("LONDON" in a dateline).
  if (m.words.size() == 1 && !HasLower(tokens[begin]) && tokens[begin].size() >= 2 && !headline_ &&
      gazetteer_->FindCountry(tokens[begin]) == nullptr) {
    const EntityType known = type_of();
    span.type = known == EntityType::kOther ? EntityType::kOrganization : known;
    return span;
  }
  if (m.words.size() > 1 && In(kEventHeads, last)) {
    span.type = EntityType::kEvent;
    return span;
  }
  if (IsNationality(last)) {
    span.nationality = true;
    return span;
  }
  const std::string before = begin > 0 ? Lower(tokens[begin - 1]) : "";
  const std::string after = end < tokens.size() ? Lower(tokens[end]) : "";
  if (Gazetteer::IsPersonTitle(before) || Gazetteer::IsPersonTitle(before + ".")) {
    span.type = EntityType::kPerson;
    return span;
  }
  if (m.words.size() > 1 && Gazetteer::IsOrganizationWord(last) &&
      type_of() != EntityType::kLocation) {
    span.type = EntityType::kOrganization;
    return span;
  }
  const bool initial =
      first.size() == 2 && first[1] == '.' && std::isupper(static_cast<unsigned char>(first[0]));
  if (m.words.size() > 1 && (gazetteer_->IsGivenName(first) || initial) &&
      !Gazetteer::IsOrganizationWord(last)) {
    span.type = EntityType::kPerson;
    return span;
  }
  if (gazetteer_->IsKnownPlace(m.name) || (m.words.size() > 1 && In(kPlaceHeads, last))) {
    span.type = EntityType::kLocation;
    return span;
  }
  span.type = type_of();
  // A region beside a contest verb is the team that plays for it; countries stay places.
  if ((span.type == EntityType::kLocation || span.type == EntityType::kCity) &&
      (In(kContestWords, before) || In(kContestWords, after))) {
    span.type = EntityType::kOrganization;
    return span;
  }
  if (span.type != EntityType::kOther && span.type != EntityType::kDate &&
      span.type != EntityType::kQuantity && span.type != EntityType::kMoney) {
    return span;
  }
  // Nothing known of the name: the words around it decide; a person is named in full before a
  // surname stands alone, so a lone unknown word is more often a company or a club.
  if (In(kSpeechAfter, after) || gazetteer_->IsGivenName(first)) {
    span.type = EntityType::kPerson;
  } else if (In(kPlaceBefore, before) && m.words.size() == 1) {
    span.type = EntityType::kLocation;
  } else {
    span.type = EntityType::kOrganization;
  }
  return span;
}

bool NameTagger::IsNationality(const std::string& word) const {
  if (gazetteer_->CountryOfDemonym(word)) return true;
  if (!lexicon_->IsAdjective(word) || gazetteer_->FindCountry(word) != nullptr) return false;
  // A capitalised adjective that is no noun names a people, a faith or a language ("Scottish",
  // "Islamic").
  if (lexicon_->Noun(word).senses.empty()) return true;
  // WordNet knows peoples as proper person nouns beside the adjective ("an Australian").
  const NounInfo& info = lexicon_->Noun(word);
  return std::any_of(info.senses.begin(), info.senses.end(), [](const NounSense& s) {
    return s.proper && s.lex_file == static_cast<int>(LexFile::kPerson);
  });
}

std::vector<NameSpan> NameTagger::Tag(const std::vector<std::string>& tokens,
                                      NameMemory& memory) const {
  std::size_t letters = 0;
  std::size_t capitals = 0;
  for (const auto& t : tokens) {
    if (!HasLetter(t)) continue;
    ++letters;
    if (!HasLower(t)) ++capitals;
  }
  const bool headline = letters >= 2 && capitals * 10 >= letters * 7;
  headline_ = headline;
  std::vector<NameSpan> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!IsNameToken(tokens, i, headline)) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < tokens.size()) {
      if (IsNameToken(tokens, end, headline) && !IsSentenceStart(tokens, end)) {
        ++end;
      } else if (In(kConnectors, Lower(tokens[end])) && end + 1 < tokens.size() &&
                 IsNameToken(tokens, end + 1, headline) &&
                 gazetteer_->FindCountry(tokens[end - 1]) == nullptr) {
        end += 2;
      } else {
        break;
      }
    }
    // "Australian Tom Moody": a nationality in front of a name is a name of its own.
    if (end - i > 1 && IsNationality(tokens[i])) {
      out.push_back({i, i + 1, EntityType::kOther, true});
      ++i;
    }
    NameSpan span = Classify(tokens, i, end, memory);
    if (span.type == EntityType::kPerson && !span.nationality) {
      // Remember the full name and the surname for the rest of the document.
      std::string name;
      for (std::size_t k = i; k < end; ++k) name += (name.empty() ? "" : " ") + tokens[k];
      memory.names.emplace(name, EntityType::kPerson);
      memory.names.emplace(tokens[end - 1], EntityType::kPerson);
    } else if (!span.nationality && end - i > 1) {
      std::string name;
      for (std::size_t k = i; k < end; ++k) name += (name.empty() ? "" : " ") + tokens[k];
      memory.names.emplace(name, span.type);
    }
    out.push_back(span);
    i = end;
  }
  return out;
}

}  // namespace kg::nlp
