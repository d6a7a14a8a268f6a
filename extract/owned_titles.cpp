#include "extract/owned_titles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/name_identity.h"
#include "extract/rules/catalogue.h"
#include "model/unicode.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsOfficeWord(const std::string& word) {
  static constexpr std::array<std::string_view, 5> kOffices{"analyst", "economist", "officer",
                                                            "strategist", "head"};
  return nlp::Gazetteer::IsPersonTitle(word) || nlp::Gazetteer::IsTitleRank(word) ||
         std::ranges::find(kOffices, nlp::Lower(word)) != kOffices.end();
}

// A title of public office, by its last word: "Premier", "Governor", "Mayor", "Senator".
bool IsPublicOffice(const std::string& title) {
  static constexpr std::array<std::string_view, 12> kOffices{
      "premier",   "governor",  "mayor",      "senator",    "representative", "minister",
      "president", "secretary", "chancellor", "ambassador", "leader",         "speaker"};
  const std::vector<std::string> words = nlp::SplitWords(title);
  return !words.empty() && std::ranges::find(kOffices, nlp::Lower(words.back())) != kOffices.end();
}

bool IsPortfolioTitle(const std::string& word) {
  const std::string lower = nlp::Lower(word);
  return lower == "minister" || lower == "secretary" || lower == "chancellor";
}

// A word that says what kind of holder or party the person is, no body: "Socialist President",
// "Presidential spokesman", "Special envoy", "Marine Lieutenant Colonel".
bool IsQualifier(const std::string& word) {
  static constexpr std::array<std::string_view, 14> kQualifiers{
      "socialist",  "communist", "conservative", "republican", "democrat",
      "democratic", "liberal",   "presidential", "special",    "marine",
      "interim",    "outgoing",  "incoming",     "new"};
  return std::ranges::find(kQualifiers, nlp::Lower(word)) != kQualifiers.end();
}

// A word in capitals of more than `longer_than` characters: a dateline's city ("WASHINGTON",
// longer than an acronym) or an acronym ("UAW").
bool IsCapitalsWord(const std::string& word, std::size_t longer_than) {
  return word.size() > longer_than && std::none_of(word.begin(), word.end(), [](char ch) {
           return std::islower(static_cast<unsigned char>(ch)) != 0;
         });
}

// Whether WordNet knows the word as an adjective or a noun with a sense that is no proper name
// ("company", "local", "trust"; not "Bundesbank", "Westinghouse", "Ontario").
bool IsCommonNoun(const std::string& word, nlp::Lexicon& lexicon) {
  const std::string lower = nlp::Lower(word);
  if (lexicon.IsAdjective(lower)) return true;
  const nlp::NounInfo& noun = lexicon.Noun(lexicon.NounLemma(lower));
  return std::any_of(noun.senses.begin(), noun.senses.end(),
                     [](const nlp::NounSense& sense) { return !sense.proper; });
}

// The article's entity the body's name names: by name, alias or identity key; -1 when none.
int BodyEntity(const std::vector<model::Entity>& entities, const std::string& body) {
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const model::Entity& e = entities[i];
    if (e.name == body || std::ranges::find(e.aliases, body) != e.aliases.end())
      return static_cast<int>(i);
  }
  const std::string key = IdentityKey(body);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const model::Entity& e = entities[i];
    if (e.type != model::EntityType::kOther && IdentityKey(e.name) == key)
      return static_cast<int>(i);
  }
  return -1;
}

// The body's words and the title's of a role, or nothing when the role is no body's title.
struct SplitRole {
  std::string body;
  std::string title;
};

std::optional<SplitRole> Split(const std::string& role, const nlp::Gazetteer& gazetteer,
                               nlp::Lexicon& lexicon, const std::vector<model::Entity>& entities) {
  const std::vector<std::string> words = nlp::SplitWords(role);
  std::size_t first = 0;
  while (first < words.size() && !IsOfficeWord(words[first])) ++first;
  // A nationality before a body's word names the body ("Brazilian Central Bank President",
  // "French Growers Association president"); alone it is the title's (OwnTitlesByNationality).
  const bool national =
      gazetteer.IsDemonym(words.front()) || gazetteer.CountryOfNationality(words.front());
  const bool named_body =
      first > 1 &&
      std::any_of(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(first),
                  [](const std::string& w) { return nlp::Gazetteer::IsOrganizationWord(w); });
  if (first == 0 || first == words.size() || !IsOfficeWord(words.back()) ||
      nlp::Lower(words[first]) == "group" || IsQualifier(words.front()) ||
      (national && !named_body) || (first == 1 && words.front().size() <= 2))
    return std::nullopt;
  // "Company spokesman", "Local president": a common word alone names no body; an acronym does.
  // "Coastal chairman Oscar Wyatt" in a story of "Coastal Corp": a word that names one of the
  // article's organisations is a body, however common.
  const auto firm = [&] {
    const int e = BodyEntity(entities, words.front());
    return e >= 0 && entities[static_cast<std::size_t>(e)].type == model::EntityType::kOrganization;
  };
  if (first == 1 && !IsCapitalsWord(words.front(), 1) && IsCommonNoun(words.front(), lexicon) &&
      !firm())
    return std::nullopt;
  // "Senate Democratic Leader Robert Byrd": a party between the body and the title is the
  // title's ("Democratic Leader" of the Senate), not a word of the body's name.
  std::size_t body_end = first;
  while (body_end > 1 && IsQualifier(words[body_end - 1])) --body_end;
  SplitRole out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (i < body_end) {
      if (!model::StartsWithUppercase(w) || nlp::Lower(w) == "former" || IsCapitalsWord(w, 6))
        return std::nullopt;
      out.body += (out.body.empty() ? "" : " ") + w;
    } else {
      if (IsPortfolioTitle(w) || w.find('-') != std::string::npos) return std::nullopt;
      out.title += (out.title.empty() ? "" : " ") + w;
    }
  }
  return out;
}

}  // namespace

void OwnTitlesByBody(model::ArticleGraph& graph, const nlp::Gazetteer& gazetteer,
                     nlp::Lexicon& lexicon) {
  const std::string title_role(Rule(RuleId::kTitleRole).name);
  const std::string description(Rule(RuleId::kAppositionIsA).name);
  for (model::Triple& t : graph.triples) {
    // "Texas Air chairman Frank Lorenzo" parsed with the name an apposition of the title.
    if ((t.rule != title_role && t.rule != description) || t.relation != "be") continue;
    const auto split = Split(t.object.name, gazetteer, lexicon, graph.entities);
    if (!split || split->body == t.subject.name) continue;
    int body = BodyEntity(graph.entities, split->body);
    // "London joint managing director Harry Romney" of a firm: a place whose name no entity of the
    // article's bears holds only a public office ("Newfoundland Premier"), no firm's.
    if (body < 0 && gazetteer.IsKnownPlace(split->body) && !IsPublicOffice(split->title)) continue;
    if (body < 0) {
      const auto type = gazetteer.IsKnownPlace(split->body) ? model::EntityType::kLocation
                                                            : model::EntityType::kOrganization;
      graph.entities.push_back(model::Entity{split->body, type, {}, 1});
      body = static_cast<int>(graph.entities.size()) - 1;
    }
    const model::Entity& e = graph.entities[static_cast<std::size_t>(body)];
    if (e.name == t.subject.name) continue;
    t.relation = split->title + " of";
    t.predicate = nlp::Lower(split->title) + " of";
    t.object = {e.name, e.type};
    // The object's span is the body's words at the role's front, in code points.
    const auto code_points = std::count_if(split->body.begin(), split->body.end(), [](char ch) {
      return (static_cast<unsigned char>(ch) & 0xC0U) != 0x80U;
    });
    if (t.object_end > t.object_start)
      t.object_end = t.object_start + static_cast<std::size_t>(code_points);
  }
}

}  // namespace kg::extract
