#include "extract/entities/article_types.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entities/name_identity.h"
#include "extract/entities/name_types.h"
#include "nlp/lexicon.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

using model::EntityType;
using Key = std::pair<std::string, EntityType>;

// "Mason Best Co", not "positions such as": the legal form is written with a capital (at the end,
// or before "of" and a place: "Maple Leaf Mills Ltd of Toronto"), and every other word is a
// capitalised name word or a connector ("Bank of Algeria Inc"), never a clause that ends in a
// company ("it is marketing a kit made by Cellular Products Inc."), nor a firm's office
// ("Chairman of Exxon Corp").
bool HasLegalForm(const std::string& name) {
  // "Chairman of Exxon Corp": an office of a firm, no firm.
  const std::vector<std::string> words = nlp::SplitWords(name);
  if (words.size() > 2 && nlp::Gazetteer::IsPersonTitle(words[0]) &&
      (words[1] == "of" || words[1] == "for"))
    return false;
  for (const std::string& w : words)
    if (!w.empty() && std::islower(static_cast<unsigned char>(w[0])) != 0 && w != "of" &&
        w != "and" && w != "de" && w != "du" && w != "la" && w != "the" && w != "for")
      return false;
  // "Maple Leaf Mills Ltd of Toronto", "Dynamics Corp of America": the form before "of" a place.
  if (const std::size_t of = name.find(" of ");
      of != std::string::npos && HasLegalForm(name.substr(0, of)))
    return true;
  const std::size_t space = name.rfind(' ');
  return space != std::string::npos && space + 1 < name.size() &&
         std::isupper(static_cast<unsigned char>(name[space + 1])) != 0 &&
         WithoutLegalSuffix(name) != name;
}

bool IsCountry(const model::Entity& e, const nlp::Gazetteer& gazetteer) {
  if (gazetteer.FindCountry(e.name) != nullptr) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& a) { return gazetteer.FindCountry(a) != nullptr; });
}

// The words of the article's organisation names, and of a firm's name with a legal form inside
// another node's ("Kodak" of "Eastman Kodak Co's decision to sell its stake": the firm is no node
// of its own there).
std::set<std::string> OrganizationWords(const std::vector<model::Entity>& entities) {
  std::set<std::string> words;
  for (const model::Entity& e : entities) {
    const std::vector<std::string> name = nlp::SplitWords(e.name);
    if (e.type == EntityType::kOrganization || HasLegalForm(e.name)) {
      for (const std::string& w : name) words.insert(w);
      continue;
    }
    for (std::size_t i = 1; i < name.size(); ++i) {
      std::string form = name[i];
      if (form.ends_with("'s")) form.resize(form.size() - 2);
      std::size_t first = i;
      while (first > 0 && i - first < 3 && !name[first - 1].empty() &&
             std::isupper(static_cast<unsigned char>(name[first - 1][0])) != 0)
        --first;
      if (first == i) continue;
      std::string firm;
      for (std::size_t k = first; k < i; ++k) firm += name[k] + " ";
      if (!HasLegalForm(firm + form)) continue;
      for (std::size_t k = first; k < i; ++k) words.insert(name[k]);
    }
  }
  return words;
}

// The names the article writes at the start of a firm's name with a legal form: each run of one
// to five words (`any`) followed by at most two capitalised words and a capitalised legal form
// ("Niagara Mohawk" and "Niagara Mohawk Power" of "Niagara Mohawk Power Corp", "Maple Leaf" of
// "Maple Leaf Mills Ltd"), and those the legal form follows at once (`direct`: "Japan Line" of
// "Japan Line Ltd"). "Murdoch" of "Murdoch's News Corp" is none: "'s" follows it. One pass over
// the text's words, so a long article costs no more than its length.
struct FirmStarts {
  std::set<std::string, std::less<>> any;
  std::set<std::string, std::less<>> direct;
};

FirmStarts FirmNameStarts(std::string_view text) {
  const auto edge = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) == 0; };
  std::vector<std::string> words;
  std::vector<bool> capitalised;
  std::vector<bool> closed;  // a comma, bracket, quote or possessive after it ends the name run
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) ++i;
    std::size_t j = i;
    while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])) == 0) ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    // Brackets and quotes around a word, a comma or possessive after it: "(Niagara", "Corp,",
    // "Ltd's".
    while (!word.empty() && edge(word.front()) && word.front() != '&') word.remove_prefix(1);
    bool end = false;
    if (word.ends_with("'s")) {
      word.remove_suffix(2);
      end = true;
    }
    while (!word.empty() && edge(word.back()) && word.back() != '.') {
      word.remove_suffix(1);
      end = true;
    }
    if (word.empty()) continue;
    words.emplace_back(word);
    capitalised.push_back(std::isupper(static_cast<unsigned char>(word.front())) != 0);
    closed.push_back(end);
  }
  FirmStarts out;
  const int n = static_cast<int>(words.size());
  const auto at = [](const std::vector<bool>& v, int k) { return v[static_cast<std::size_t>(k)]; };
  for (int form = 1; form < n; ++form) {
    if (!at(capitalised, form) || !IsLegalSuffix(words[static_cast<std::size_t>(form)])) continue;
    for (int between = 0; between <= 2; ++between) {
      const int last = form - between - 1;
      if (last < 0 || at(closed, last)) break;
      if (between > 0 && (!at(capitalised, last + 1) || at(closed, last + 1))) break;
      std::string name;
      for (int first = last; first >= 0 && last - first < 5; --first) {
        if (first < last && at(closed, first)) break;
        const std::string& word = words[static_cast<std::size_t>(first)];
        name = name.empty() ? word : word + " " + name;
        out.any.insert(name);
        if (between == 0) out.direct.insert(name);
      }
    }
  }
  return out;
}

// "Citicorp", "Suburban Bancorp", "BSi Incorp", "Nordbanken", "Fed": a name whose last word ends
// in a firm's or a bank's word (corp, bancshares, banken) or is the Federal Reserve's short name
// is no person's.
bool IsFirmShapedName(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  const std::string last = nlp::Lower(space == std::string::npos ? name : name.substr(space + 1));
  return name == "Fed" || (last.size() > 4 && last.ends_with("corp")) ||
         last.ends_with("bancshares") || (last.size() > 6 && last.ends_with("banken"));
}

// The names the article makes speakers: subjects of a verb of saying ("Forstmann Little said").
std::set<std::string> Speakers(const std::vector<model::Triple>& triples) {
  std::set<std::string> out;
  for (const model::Triple& t : triples)
    if (t.object.type == EntityType::kStatement && nlp::IsVerbOfSaying(t.predicate))
      out.insert(t.subject.name);
  return out;
}

// "Conservatives said", "Aides said", "MPs", "Iraqis": one word that is the plural of a WordNet
// noun whose first sense is a kind of person (not one person: "Lloyds" is no plural of Harold
// Lloyd's name) names people, no one person.
bool IsPluralOfPersons(const std::string& name) {
  if (name.find(' ') != std::string::npos || name.size() < 3 || name.back() != 's') return false;
  const std::shared_ptr<nlp::Lexicon> owner = nlp::Lexicon::Open();
  nlp::Lexicon& lexicon = *owner;
  const std::string lower = nlp::Lower(name);
  const std::string lemma = lexicon.NounLemma(lower);
  if (lemma == lower || !NamesAPerson(lexicon, lemma)) return false;
  const nlp::NounInfo& info = lexicon.Noun(lemma);
  return !info.senses.empty() && !info.senses.front().instance;
}

EntityType Corrected(const model::Entity& e, const std::set<std::string>& organization_words,
                     const std::set<std::string>& speakers,
                     const std::set<std::string>& person_surnames, const FirmStarts& firms,
                     const nlp::Gazetteer& gazetteer) {
  // A statement is what someone said, whatever names it holds ("Orla Inc Bought Tarn Co").
  if (e.type == EntityType::kStatement) return e.type;
  if (nlp::Gazetteer::IsNewsAgency(e.name)) return EntityType::kOrganization;
  if (HasLegalForm(e.name)) return EntityType::kOrganization;
  if (e.type == EntityType::kPerson && e.name.find(' ') == std::string::npos &&
      organization_words.count(e.name) > 0)
    return EntityType::kOrganization;
  if (e.type == EntityType::kPerson && IsFirmShapedName(e.name)) return EntityType::kOrganization;
  // "Niagara Mohawk" beside "Niagara Mohawk Power Corp": the firm's short name. A place only
  // when the legal form follows it at once and it is no country or known place ("Japan Line
  // Ltd", "Fairchild Inc"; not "Japan" of "Japan Airlines Co", nor "Texas" of a "Texas Co").
  if (e.type == EntityType::kPerson && firms.any.contains(e.name)) return EntityType::kOrganization;
  // "Avco Lycoming Textron" beside "Textron Inc": a unit named with its parent's name last, when
  // no given name starts it ("Henry Ford" beside "Ford Motor Co" stays a person).
  if (e.type == EntityType::kPerson) {
    const std::vector<std::string> words = nlp::SplitWords(e.name);
    if (words.size() >= 2 && firms.direct.contains(words.back()) &&
        !gazetteer.IsGivenName(words.front()) && !nlp::Gazetteer::IsPersonTitle(words.front()) &&
        !nlp::Gazetteer::IsHonorific(words.front()))
      return EntityType::kOrganization;
  }
  if ((e.type == EntityType::kLocation || e.type == EntityType::kCity) &&
      !IsCountry(e, gazetteer) &&
      (e.name.find(' ') != std::string::npos || !gazetteer.IsKnownPlace(e.name)) &&
      firms.direct.contains(e.name))
    return EntityType::kOrganization;
  // A place no list knows that the article makes a speaker is a person when a given name starts
  // it ("Shoichi Saba said") or it is the surname of a person of the article ("Nogales said"
  // beside "Javier Nogales"), else a firm ("Forstmann Little said it acquired Sybron"): a place
  // that speaks is a known one ("Washington said").
  if ((e.type == EntityType::kLocation || e.type == EntityType::kCity) &&
      !IsCountry(e, gazetteer) && !gazetteer.IsKnownPlace(e.name) && speakers.count(e.name) > 0) {
    const std::vector<std::string> words = nlp::SplitWords(e.name);
    const bool person = (words.size() > 1 && gazetteer.IsGivenName(words.front())) ||
                        person_surnames.count(e.name) > 0;
    return person ? EntityType::kPerson : EntityType::kOrganization;
  }
  if (e.type == EntityType::kCountry && e.name.find(' ') == std::string::npos &&
      !IsCountry(e, gazetteer))
    return EntityType::kLocation;
  if (e.type == EntityType::kPerson && (gazetteer.IsDemonym(e.name) || IsPluralOfPersons(e.name)))
    return EntityType::kOther;
  return e.type;
}

}  // namespace

void CorrectArticleTypes(model::ArticleGraph& graph, const nlp::Gazetteer& gazetteer) {
  const std::set<std::string> organization_words = OrganizationWords(graph.entities);
  const std::set<std::string> speakers = Speakers(graph.triples);
  std::set<std::string> person_surnames;  // the last words of the article's people's names
  for (const model::Entity& e : graph.entities)
    if (e.type == EntityType::kPerson && e.name.find(' ') != std::string::npos)
      person_surnames.insert(nlp::SplitWords(e.name).back());
  const FirmStarts firms = FirmNameStarts(graph.article.text);
  std::map<Key, EntityType> retyped;
  std::vector<model::Entity> joined;
  std::map<Key, std::size_t> index;
  for (model::Entity& e : graph.entities) {
    const EntityType type =
        Corrected(e, organization_words, speakers, person_surnames, firms, gazetteer);
    if (type != e.type) retyped.emplace(Key(e.name, e.type), type);
    e.type = type;
    const auto [it, fresh] = index.emplace(Key(e.name, type), joined.size());
    if (fresh) {
      joined.push_back(std::move(e));
      continue;
    }
    model::Entity& into = joined[it->second];
    into.mentions += e.mentions;
    for (std::string& a : e.aliases)
      if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end())
        into.aliases.push_back(std::move(a));
    for (model::EntityMerge& m : e.merges)
      if (std::find(into.merges.begin(), into.merges.end(), m) == into.merges.end())
        into.merges.push_back(std::move(m));
  }
  graph.entities = std::move(joined);
  for (model::Triple& t : graph.triples)
    for (model::EntityRef* end : {&t.subject, &t.object})
      if (const auto it = retyped.find(Key(end->name, end->type)); it != retyped.end())
        end->type = it->second;
}

}  // namespace kg::extract
