#include "extract/entities/entity_resolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "extract/entities/merge_rules.h"
#include "extract/entities/name_identity.h"
#include "model/unicode.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

using model::EntityType;

std::string Join(const std::vector<std::string>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// Priority when mentions of one name were typed differently: the more specific type wins.
int Specificity(EntityType t) { return t == EntityType::kOther ? 0 : 1; }

// The type a noun names when it stands for an entity of that kind ("the company").
std::optional<EntityType> KindNoun(const std::string& noun) {
  static const std::map<std::string, EntityType, std::less<>> kKinds = {
      {"company", EntityType::kOrganization}, {"firm", EntityType::kOrganization},
      {"group", EntityType::kOrganization},   {"corporation", EntityType::kOrganization},
      {"bank", EntityType::kOrganization},    {"country", EntityType::kCountry},
      {"nation", EntityType::kCountry},       {"city", EntityType::kCity}};
  const auto it = kKinds.find(noun);
  if (it == kKinds.end()) return std::nullopt;
  return it->second;
}

// True when an organisation's name says it is a bank: a word ending in "bank" or beginning with
// "banc" ("Bundesbank", "Bancorp", "Banco"; not "Banking Committee"), "Banque", or the Federal
// Reserve ("Fed").
bool NamesABank(const std::string& name) {
  for (const std::string& w : nlp::SplitWords(name)) {
    const std::string lower = nlp::Lower(w);
    if (lower.ends_with("bank") || lower.starts_with("banc") || lower == "banque" ||
        lower == "reserve" || lower == "fed")
      return true;
  }
  return false;
}

// True when an organisation's name ends on a word of a public body or an association
// ("Securities and Exchange Commission", "Finance Ministry", "Farm Bureau"): no "company" or
// "firm" stands for it.
bool NamesAPublicBody(const std::string& name) {
  static const std::set<std::string, std::less<>> kBodies = {
      "commission",   "committee", "council",       "ministry",    "department", "agency",
      "authority",    "office",    "court",         "parliament",  "congress",   "senate",
      "government",   "union",     "bureau",        "association", "federation", "institute",
      "party",        "league",    "board",         "cabinet",     "assembly",   "organisation",
      "organization", "community", "administration"};
  const std::size_t space = name.rfind(' ');
  return kBodies.contains(nlp::Lower(space == std::string::npos ? name : name.substr(space + 1)));
}

// True when the noun that ends `words` sits in a prepositional phrase of another noun ("city of
// Rotterdam for a new harbour bridge", "works around the bridge"): the phrase is not a bridge.
bool HasPrepositionalTail(const std::vector<std::string>& words) {
  // "only two recommendations currently among New York banks" is no bank: every preposition
  // that opens a noun's modifier, not only the commonest. A subordinator opens a clause inside
  // the phrase: "statement that the banks would place the paper" is no paper.
  static const std::set<std::string, std::less<>> kPrepositions = {
      "of",      "for",     "in",      "on",         "at",        "by",         "with",
      "from",    "to",      "into",    "over",       "near",      "around",     "about",
      "under",   "between", "against", "across",     "among",     "amongst",    "amid",
      "within",  "without", "through", "throughout", "during",    "after",      "before",
      "since",   "like",    "than",    "per",        "via",       "toward",     "towards",
      "upon",    "beyond",  "below",   "above",      "behind",    "beside",     "besides",
      "outside", "inside",  "despite", "including",  "excluding", "except",     "until",
      "onto",    "along",   "versus",  "alongside",  "atop",      "underneath", "beneath",
      "that",    "whether", "which",   "who"};
  return std::any_of(words.begin(), words.end() - 1,
                     [](const std::string& w) { return kPrepositions.count(nlp::Lower(w)) > 0; });
}

bool IsValue(EntityType t) {
  return t == EntityType::kMoney || t == EntityType::kDate || t == EntityType::kQuantity;
}

bool TypesAgree(EntityType a, EntityType b) {
  return a == b || a == EntityType::kOther || b == EntityType::kOther;
}

// A title with an "of"/"for" phrase before the name ("Secretary of State George Shultz",
// "Minister of Social Affairs Louw de Graaf"): the name starts at the first given name after the
// phrase that leaves at least two words; 0 when there is none.
std::size_t NameAfterOfTitle(const std::vector<std::string>& words,
                             const nlp::Gazetteer& gazetteer) {
  if (words.size() < 5 || !nlp::Gazetteer::IsPersonTitle(words[0]) ||
      (words[1] != "of" && words[1] != "for"))
    return 0;
  for (std::size_t j = 3; j + 2 <= words.size(); ++j)
    if (gazetteer.IsGivenName(words[j])) return j;
  return 0;
}

// Where a person's name starts after its leading titles and what qualifies them: the word after
// the last title (Gazetteer::IsPersonTitle) when every word from there on is capitalised, a name
// with an Arabic article ("al-Oteiba") or a name particle before a capitalised word ("Labour MP
// Lucia Barrow" -> 2, "President Macron" -> 1, "Finance Minister Ronnie de Mel" -> 2); 0 when no
// title leads the name or other lower-case words follow it ("Secretary of State ...").
std::size_t NameAfterTitles(const std::vector<std::string>& words) {
  std::size_t from = 0;
  // "Chief Financial Officer Frank Newman": an officer's title ends on "Officer".
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (nlp::Gazetteer::IsPersonTitle(words[i]) || (i > 0 && words[i] == "Officer")) from = i + 1;
  const auto capitalised = [](const std::string& w) {
    const auto c = static_cast<unsigned char>(w.empty() ? '\0' : w[0]);
    return std::isupper(c) != 0 || c >= 0xC0;
  };
  if (from == 0) return 0;
  for (std::size_t i = from; i < words.size(); ++i)
    if (!capitalised(words[i]) && !nlp::Gazetteer::IsPrefixedName(words[i]) &&
        !(i > from && i + 1 < words.size() && nlp::Gazetteer::IsNameParticle(words[i]) &&
          capitalised(words[i + 1])))
      return 0;
  return from;
}

// A word of a firm's name: a legal form (IsLegalSuffix), or "Group", "Bank", "Holdings", ...
bool IsFirmWord(const std::string& word) {
  static constexpr std::array<std::string_view, 7> kFirmWords = {
      "group", "bank", "airlines", "holdings", "industries", "enterprises", "partners"};
  return IsLegalSuffix(word) ||
         std::ranges::find(kFirmWords, std::string_view(nlp::Lower(word))) != kFirmWords.end();
}

}  // namespace

struct EntityResolver::Group {
  std::string canonical;
  std::vector<std::string> aliases;
  std::vector<std::string> titles;  // lower case, stripped from its names: "pope", "president"
  // The roles its title and apposition edges gave it, lower-case words: {"prime", "minister"}.
  std::vector<std::vector<std::string>> roles;
  std::map<EntityType, int> votes;
  bool hinted_person = false;
  int mentions = 0;
  int merged_into = -1;
  MergeRule merge_rule = MergeRule::kNameVariant;  // the rule that set merged_into
  bool described_organization = false;
  bool headline_firm = false;   // a mention's Mention::headline_firm
  bool headline_named = false;  // a mention's Mention::headline_named
  bool spoke = false;           // subject of a verb of saying
  // A name that stands for the group it joined in this article only, never an alias other
  // articles join by ("IBM" of an article on "IBM Canada Ltd").
  bool local_name = false;

  [[nodiscard]] EntityType Type() const {
    // What the article says the name is outweighs the recogniser's guess from its shape.
    if (described_organization) return EntityType::kOrganization;
    if (hinted_person) return EntityType::kPerson;
    EntityType best = EntityType::kOther;
    int best_votes = -1;
    for (const auto& [type, n] : votes) {
      const int score = n + 100 * Specificity(type);
      if (score > best_votes) {
        best = type;
        best_votes = score;
      }
    }
    return best;
  }
};

namespace {

// The group `g` ended in after the merges: Group::merged_into followed to its end.
template <typename Group>
int FinalGroup(const std::vector<Group>& groups, int g) {
  while (groups[static_cast<std::size_t>(g)].merged_into >= 0)
    g = groups[static_cast<std::size_t>(g)].merged_into;
  return g;
}

}  // namespace

// The credit rating agencies of wire copy, by the first word of their names.
bool IsRatingAgency(const std::string& name) {
  static constexpr std::array<std::string_view, 5> kAgencies{"moody's", "moody", "standard",
                                                             "fitch", "duff"};
  const std::vector<std::string> words = nlp::SplitWords(nlp::Lower(name));
  return !words.empty() &&
         std::ranges::find(kAgencies, std::string_view(words.front())) != kAgencies.end();
}

// "the financial services firm", "the chemicals company": a definite description of two to four
// words (six with a "-based" word) whose head is "company", "firm" or "corporation" and whose
// other words, in lower case or where it is based, say of what kind it is, not that it is another
// firm than the one named ("the new company", "the parent company", "the holding company", "the
// other firm", "the local company" of a foreign firm's partner are others; so may be "the
// Venezuelan company" or "the state oil company", another country's or a state's).
bool DescribesTheFirm(const std::vector<std::string>& words) {
  static constexpr std::array<std::string_view, 22> kOther{
      "new",    "parent",   "holding",   "other",  "acquiring", "target",
      "merged", "combined", "joint",     "former", "successor", "surviving",
      "rival",  "another",  "operating", "shell",  "private",   "unnamed",
      "third",  "second",   "local",     "foreign"};
  // "the Houston-based company", "the Akron, Ohio-based company": where the firm is based says
  // which firm the story is about (the wire's way of naming it again), with the city before its
  // state's word.
  const auto based = [&](std::size_t k) { return nlp::Lower(words[k]).ends_with("-based"); };
  bool placed = false;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) placed = placed || based(k);
  if (words.size() < 2 || words.size() > (placed ? 6U : 4U)) return false;
  const std::string head = nlp::Lower(words.back());
  if (head != "company" && head != "firm" && head != "corporation") return false;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (based(k) || (based(k + 1) && nlp::StartsWithCapital(words[k]))) continue;
    const std::string w = nlp::Lower(words[k]);
    // A country's or a state's firm may be another than the one named ("the Venezuelan
    // company", "the state oil company" after "Union Pacific Corp" were PDVSA).
    if (std::ranges::find(kOther, std::string_view(w)) != kOther.end() || w == "of" ||
        w == "state" || w == "state-owned" || words[k] != w ||
        std::isdigit(static_cast<unsigned char>(w.front())) != 0)
      return false;
  }
  return true;
}

// The sentences a story leads with (a headline, then the dateline sentence): its first speaker
// there is what the story is about.
constexpr std::size_t kLeadSentences = 2;

// The group a one-word definite description ("the summit", "the pope", "the company") at
// mention i points back to, or -1: the nearest earlier mention whose name ends in the same noun;
// (not inside a prepositional phrase); else the nearest earlier person who had that noun as a
// title ("Pope Leo"); else, for a noun that names a kind of entity ("company", "country",
// "city"), the one earlier entity of that type (for "company" and "firm", no public body, and any
// name with a legal form, however its mentions were tagged), or for
// "the company" after two firms the one the story leads with as speaker. Nothing when none is
// found or when two or more entities of the type could be meant.
int EntityResolver::Antecedent(const std::vector<Mention>& mentions,
                               const std::vector<int>& group_of, const std::vector<Group>& groups,
                               std::size_t i, bool by_kind_only) {
  const std::string head = nlp::Lower(mentions[i].text.words.back());
  const std::optional<EntityType> kind = KindNoun(head);
  const bool firm_noun = head == "company" || head == "firm" || head == "corporation";
  // The group a mention ended in after the merges.
  const auto root = [&](std::size_t j) { return FinalGroup(groups, group_of[j]); };
  int titled = -1;
  std::set<int> typed;  // every earlier entity of the kind noun's type
  // Earlier in the text, nearest first: by sentence, then by position in the sentence, then
  // (positions unknown) by order of mention.
  const auto place = [&](std::size_t j) {
    return std::tuple(mentions[j].sentence, mentions[j].start, j);
  };
  std::vector<std::size_t> before;
  for (std::size_t j = 0; j < mentions.size(); ++j)
    if (place(j) < place(i)) before.push_back(j);
  std::sort(before.begin(), before.end(),
            [&](std::size_t a, std::size_t b) { return place(a) > place(b); });
  // "the dollar" in a story that wrote "the dollar" before "the Australian dollar": a currency
  // named by its noun alone is the one the story named so first (the U.S. dollar of a market
  // report), never the last one named with a country's word (sheet 1241 judged "the Fed
  // intervened to protect the dollar" given to the Australian dollar wrong). A story that leads
  // with "the Australian dollar" means it by "the dollar" after.
  if (nlp::Gazetteer::IsCurrencyWord(head))
    for (auto j = before.rbegin(); j != before.rend(); ++j) {
      const auto& words = mentions[*j].text.words;
      if (words.empty() || mentions[*j].pronoun || nlp::Lower(words.back()) != head) continue;
      if (words.size() == 1) return -1;
      break;
    }
  for (const std::size_t j : before) {
    if (group_of[j] < 0 || mentions[j].clause) continue;
    const auto& words = mentions[j].text.words;
    if (mentions[j].predicative) continue;
    if (!by_kind_only && words.size() > 1 && nlp::Lower(words.back()) == head &&
        !HasPrepositionalTail(words))
      return group_of[j];
    if (mentions[j].definite) continue;  // a description is no antecedent of another by kind
    const int g = root(j);
    const Group& group = groups[static_cast<std::size_t>(g)];
    if (titled < 0 &&
        std::find(group.titles.begin(), group.titles.end(), head) != group.titles.end())
      titled = g;
    // A name with a legal form is a firm whatever its mentions were tagged ("Ameritrust Corp"
    // tagged a person left "the company said" with no antecedent). A legal form is written with a
    // capital, as a name's last word: "comments by the company" is no firm (it had become the
    // speaker of the next sentence's "The company said ...").
    const auto name = nlp::SplitWords(group.canonical);
    const bool legal_form = firm_noun && name.size() > 1 && IsLegalSuffix(name.back()) &&
                            std::isupper(static_cast<unsigned char>(name.back().front())) != 0;
    // "the bank" is a bank ("Congress ... the bank had adjusted the rates" is no Congress).
    // Nor is a rating agency "the company": a rating story's company is the firm rated ("Moody's
    // ... The agency noted the company earned three mln dlrs"); nor the wire a source spoke to
    // ("..., a spokesman told Reuters. The company will close the plant").
    if (kind && (group.Type() == *kind || legal_form) &&
        !(firm_noun && (NamesAPublicBody(group.canonical) || IsRatingAgency(group.canonical) ||
                        nlp::Gazetteer::IsNewsAgency(group.canonical))) &&
        (head != "bank" || NamesABank(group.canonical)))
      typed.insert(g);
  }
  if (titled >= 0 && !by_kind_only) return titled;
  // "A Purolator official said the company has no comment": the firm whose name a speaker of the
  // description's own sentence wears ("Purolator official", "Norfolk Southern spokesman",
  // "Texaco lawyers") is the company, when exactly one of the candidates starts with that name;
  // when none does, the company is that firm, never one named before it ("The Texaco lawyers said
  // the company would seek permission" after "Pennzoil Co", with Texaco named only inside other
  // phrases, had been Pennzoil).
  bool worn = false;
  if (firm_noun)
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      if (k == i || mentions[k].sentence != mentions[i].sentence || !mentions[k].text.speaker)
        continue;
      const auto& words = mentions[k].text.words;
      std::string firm;
      std::size_t w = 0;
      for (; w < words.size() && model::StartsWithUppercase(words[w]); ++w)
        firm += (firm.empty() ? "" : " ") + words[w];
      // A name alone is the firm itself; the rest must be lower-case role words ("official").
      if (firm.empty() || w == words.size() ||
          !std::all_of(words.begin() + static_cast<std::ptrdiff_t>(w), words.end(),
                       [](const std::string& r) {
                         return std::all_of(r.begin(), r.end(), [](char ch) {
                           return std::islower(static_cast<unsigned char>(ch)) != 0;
                         });
                       }))
        continue;
      worn = true;
      int match = -1;
      int count = 0;
      for (const int g : typed) {
        if (group_of[k] >= 0 && g == root(k)) continue;  // the speaker's own node
        const std::string& name = groups[static_cast<std::size_t>(g)].canonical;
        if (name == firm || name.starts_with(firm + " ")) {
          match = g;
          ++count;
        }
      }
      if (count == 1) return match;
    }
  if (worn) return -1;
  if (typed.size() == 1) return *typed.begin();
  // "the company" after two companies: the one the story leads with as speaker ("Allis-Chalmers
  // Corp said it asked lenders ..." then "the company said it would sell ..."), when that is one
  // of them; otherwise rather no antecedent than a wrong one.
  if (typed.size() > 1 && firm_noun) {
    for (auto j = before.rbegin(); j != before.rend(); ++j) {
      const Mention& m = mentions[*j];
      if (m.sentence > kLeadSentences) break;
      if (!m.text.speaker || !m.text.proper || group_of[*j] < 0) continue;
      const int g = root(*j);
      // A rating agency leads a story about the firm it rates ("Moody's said it downgraded ...;
      // the company appears to have positioned its steel segment ...").
      if (IsRatingAgency(groups[static_cast<std::size_t>(g)].canonical)) return -1;
      // "A Norfolk Southern Corp spokesman said the company had no comment", "Bell Petroleum
      // President Ed Runyan said the company is evaluating ...": a named speaker of the
      // description's own sentence speaks for a firm of their own.
      for (std::size_t k = 0; k < mentions.size(); ++k) {
        if (k == i || mentions[k].sentence != mentions[i].sentence || !mentions[k].text.speaker ||
            group_of[k] < 0)
          continue;
        const auto& words = mentions[k].text.words;
        const bool named = std::any_of(words.begin(), words.end(), [](const std::string& w) {
          return model::StartsWithUppercase(w);
        });
        if (named && root(k) != g) return -1;
      }
      return typed.count(g) > 0 ? g : -1;
    }
    // With no speaker leading the story, the one the headline marks with its ticker, when only
    // one is ("MINNTECH <MNTX> GETS MORE CASH FOR DEVELOPMENT" over a story naming other firms
    // too). The mark may be on a short name merged into the firm's full one ("GRACE <GRA>" over
    // "W.R. Grace and Co"): a candidate is the headline's when any group that ended in it is.
    // With no ticker either, the one the headline names ("DEGUSSA COMBINES PHARMACEUTICAL
    // INTERESTS" over "Degussa AG is combining its ... activities into the Frankfurt-based Asta
    // Pharma AG, the company said").
    for (const bool ticker : {true, false}) {
      std::set<int> marked;
      for (std::size_t k = 0; k < groups.size(); ++k)
        if (ticker ? groups[k].headline_firm : groups[k].headline_named)
          marked.insert(FinalGroup(groups, static_cast<int>(k)));
      std::vector<int> headline;
      std::ranges::copy_if(typed, std::back_inserter(headline),
                           [&](int g) { return marked.contains(g); });
      if (headline.size() == 1) return headline.front();
      if (!headline.empty()) break;
    }
  }
  return -1;
}

// The group a capitalised word of organisations standing alone as a name points back to ("the
// Bank said" after "the Bank of England", "Association chairman Nyoman Muna" after "Indonesia's
// Association of Private Banks", "the Fund" after "International Monetary Fund"), or -1: the one
// organisation of the article whose name of two words or more has that word; none when two have,
// or for a legal form ("Ltd").
int EntityResolver::NamedBody(const std::vector<Mention>& mentions,
                              const std::vector<int>& group_of, const std::vector<Group>& groups,
                              std::size_t i) {
  const std::string& word = mentions[i].text.words.front();
  // A legal form alone ("Ltd") is the rest of a name the parse cut, no body's short name.
  if (!model::StartsWithUppercase(word) || !nlp::Gazetteer::IsOrganizationWord(word) ||
      IsLegalSuffix(word))
    return -1;
  const int own = FinalGroup(groups, group_of[i]);
  std::set<int> bodies;
  for (std::size_t j = 0; j < mentions.size(); ++j) {
    if (j == i || group_of[j] < 0 || mentions[j].clause || mentions[j].pronoun) continue;
    const int g = FinalGroup(groups, group_of[j]);
    const Group& group = groups[static_cast<std::size_t>(g)];
    if (g == own || group.Type() != EntityType::kOrganization) continue;
    const auto words = nlp::SplitWords(group.canonical);
    if (words.size() >= 2 && std::find(words.begin(), words.end(), word) != words.end())
      bodies.insert(g);
  }
  return bodies.size() == 1 ? *bodies.begin() : -1;
}

// The person a definite description of a title and its qualifiers ("the prime minister", "the
// finance minister", "the Treasury secretary") at mention i stands for, or -1: the nearest
// earlier person whose names or roles carried that title (Group::titles) and every qualifier word
// ("Prime Minister Brian Mulroney", or a title edge "Brian Mulroney -be-> Prime Minister");
// nothing when two different people fit.
int EntityResolver::TitledAntecedent(const std::vector<Mention>& mentions,
                                     const std::vector<int>& group_of,
                                     const std::vector<Group>& groups, std::size_t i) {
  std::vector<std::string> words;
  for (const std::string& w : mentions[i].text.words) words.push_back(nlp::Lower(w));
  if (words.empty() || !nlp::Gazetteer::IsPersonTitle(words.back())) return -1;
  std::set<int> fitting;
  for (std::size_t j = 0; j < mentions.size(); ++j) {
    if (j == i || group_of[j] < 0 || mentions[j].clause || mentions[j].pronoun ||
        std::tuple(mentions[j].sentence, mentions[j].start) >=
            std::tuple(mentions[i].sentence, mentions[i].start))
      continue;
    const int g = FinalGroup(groups, group_of[j]);
    const Group& group = groups[static_cast<std::size_t>(g)];
    if (group.Type() != EntityType::kPerson ||
        std::find(group.titles.begin(), group.titles.end(), words.back()) == group.titles.end())
      continue;
    const auto holds = [&](const std::vector<std::string>& said) {
      return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(said.begin(), said.end(), w) != said.end();
      });
    };
    const bool qualified =
        std::any_of(group.roles.begin(), group.roles.end(), holds) ||
        std::any_of(group.aliases.begin(), group.aliases.end(), [&](const std::string& alias) {
          return holds(nlp::SplitWords(nlp::Lower(alias)));
        });
    if (qualified) fitting.insert(g);
  }
  return fitting.size() == 1 ? *fitting.begin() : -1;
}

// An acronym joins the one long form of the article it abbreviates, when their types agree
// ("EU" and "European Union"; name_identity.h's IsAcronymOf). Two candidates: neither.
void EntityResolver::MergeAcronyms(std::vector<Group>& groups) {
  for (std::size_t s = 0; s < groups.size(); ++s) {
    Group& short_group = groups[s];
    if (short_group.merged_into >= 0 || short_group.canonical.find(' ') != std::string::npos)
      continue;
    int match = -1;
    int count = 0;
    for (std::size_t l = 0; l < groups.size(); ++l) {
      if (l == s || groups[l].merged_into >= 0 ||
          !IsAcronymOf(short_group.canonical, groups[l].canonical) ||
          !TypesAgree(short_group.Type(), groups[l].Type()))
        continue;
      match = static_cast<int>(l);
      ++count;
    }
    if (count == 1) {
      short_group.merged_into = match;
      short_group.merge_rule = MergeRule::kAcronym;
    }
  }
}

EntityResolver::EntityResolver(const nlp::EntityTyper& typer, const nlp::Gazetteer& gazetteer)
    : typer_(typer), gazetteer_(gazetteer) {}

// The rule that joined mention m (own: its group before merges, -1 for a pronoun; joined: the
// group it ended in) to the entity called name, or nothing when m is that entity's own name.
std::optional<MergeRule> EntityResolver::JoinRule(const Mention& m, int own, int joined,
                                                  const std::vector<Group>& groups,
                                                  const std::string& name, MergeRule key_rule) {
  if (m.text.name.empty() || m.clause) return std::nullopt;
  if (m.pronoun) return MergeRule::kCoreference;
  if (FinalGroup(groups, own) != joined) return MergeRule::kDefiniteDescription;
  if (own != joined) return groups[static_cast<std::size_t>(own)].merge_rule;
  if (m.text.name == name || m.definite) return std::nullopt;
  return key_rule;
}

std::string EntityResolver::KeyOf(const Mention& m, EntityType type, std::string* canonical,
                                  std::vector<std::string>* aliases,
                                  std::vector<std::string>* titles, MergeRule* rule) const {
  // "Kiev" is "Kyiv": the older name stays an alias.
  if (const std::optional<std::string> current = CurrentNameOf(m.text.name)) {
    *canonical = *current;
    *rule = MergeRule::kExonym;
    aliases->push_back(m.text.name);
    return IdentityKey(*current);
  }
  if (type == EntityType::kCountry) {
    if (const nlp::Country* c = gazetteer_.FindCountry(m.text.name)) {
      *canonical = c->name;
      *rule = MergeRule::kCountryName;
      *aliases = c->aliases;
      aliases->push_back(m.text.name);
      return "country:" + c->code;
    }
  }
  std::vector<std::string> words = nlp::SplitWords(m.text.name);
  // "President Macron", "Mr. Witkoff", "Labour MP Lucia Barrow": the title, and what qualifies
  // it, is a fact of its own, not part of the name.
  std::size_t from = type == EntityType::kPerson ? NameAfterTitles(words) : 0;
  if (type == EntityType::kPerson && from == 0) from = NameAfterOfTitle(words, gazetteer_);
  *canonical = Join(words, from);
  if (from > 0) {
    aliases->push_back(m.text.name);
    *rule = MergeRule::kTitle;
  }
  for (std::size_t i = 0; i < from; ++i)
    if (nlp::Gazetteer::IsPersonTitle(words[i]) && !nlp::Gazetteer::IsHonorific(words[i]))
      titles->push_back(nlp::Lower(words[i]));
  // "Vantora Inc." and "Vantora", "E.U." and "EU": one key (name_identity.h).
  return IdentityKey(*canonical);
}

std::vector<std::optional<std::size_t>> EntityResolver::Resolve(
    const std::vector<Mention>& mentions) {
  std::vector<Group> groups;
  std::map<std::string, int> by_key;
  std::vector<int> group_of(mentions.size(), -1);
  std::vector<EntityType> types(mentions.size(), EntityType::kOther);
  // How each mention's own name became its group's (kNameVariant unless KeyOf said otherwise).
  std::vector<MergeRule> key_rule(mentions.size(), MergeRule::kNameVariant);
  // "Procter and Gamble Co said its Swiss subsidiary, Procter and Gamble AG, ...": one name in
  // two legal forms in one article is a parent and its unit, not two spellings of one firm
  // (sheet 1259 judged the unit's agreement the parent's). The forms of each key, in the order
  // the article names them; a bare name goes with the first.
  std::map<std::string, std::vector<std::string>> forms;
  for (const Mention& m : mentions) {
    if (m.pronoun || m.clause || m.text.name.empty()) continue;
    const std::string form = LegalForm(m.text.name);
    if (form.empty()) continue;
    std::vector<std::string>& seen = forms[IdentityKey(m.text.name)];
    if (std::find(seen.begin(), seen.end(), form) == seen.end()) seen.push_back(form);
  }

  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || m.text.name.empty()) continue;
    types[i] = m.clause ? EntityType::kStatement : typer_.Type(m.text);
    std::string canonical;
    std::vector<std::string> aliases;
    std::vector<std::string> titles;
    const std::string key = m.clause
                                ? "clause:" + m.text.name
                                : KeyOf(m, types[i], &canonical, &aliases, &titles, &key_rule[i]);
    if (m.clause) canonical = m.text.name;
    std::string group_key = key;
    if (const auto f = forms.find(key); f != forms.end() && f->second.size() > 1) {
      const std::string form = LegalForm(canonical);
      group_key += "#" + (form.empty() ? f->second.front() : form);
    }
    auto [it, fresh] = by_key.emplace(group_key, static_cast<int>(groups.size()));
    if (fresh) groups.push_back({canonical, {}, {}, {}, {}, false, 0, -1});
    Group& g = groups[static_cast<std::size_t>(it->second)];
    for (auto& a : aliases) g.aliases.push_back(std::move(a));
    for (auto& t : titles) g.titles.push_back(std::move(t));
    if (canonical.size() > g.canonical.size() && types[i] != EntityType::kCountry) {
      g.aliases.push_back(g.canonical);
      g.canonical = canonical;
    } else if (canonical != g.canonical) {
      g.aliases.push_back(canonical);
    }
    g.votes[types[i]]++;
    if (m.text.hint == EntityType::kPerson) g.hinted_person = true;
    if (m.described_organization) g.described_organization = true;
    if (m.headline_firm) g.headline_firm = true;
    if (m.headline_named) g.headline_named = true;
    if (m.text.speaker) g.spoke = true;
    group_of[i] = it->second;
  }

  // A one-word name joins the one multi-word person whose first or last word it is; so does a
  // surname with its particles ("del Rosario", "de Mel": Gazetteer::IsNameParticle) the one
  // person whose name ends so ("Ramon del Rosario").
  for (std::size_t s = 0; s < groups.size(); ++s) {
    Group& short_group = groups[s];
    const auto short_words = nlp::SplitWords(short_group.canonical);
    if (short_words.empty() ||
        !std::all_of(short_words.begin(), short_words.end() - 1, [](const std::string& w) {
          return nlp::Gazetteer::IsNameParticle(nlp::Lower(w));
        }))
      continue;
    if (!model::StartsWithUppercase(short_words.back())) continue;
    const EntityType t = short_group.Type();
    // A town that speaks is a person's surname ("Salem said" after "Analyst George Salem").
    const bool speaking_place =
        short_group.spoke && (t == EntityType::kCity || t == EntityType::kLocation);
    if (t != EntityType::kPerson && t != EntityType::kOther && !speaking_place) continue;
    // "Jordan" the country is no surname of Keith Jordan.
    if (gazetteer_.FindCountry(short_group.canonical) != nullptr) continue;
    int match = -1;
    int count = 0;
    for (std::size_t l = 0; l < groups.size(); ++l) {
      if (l == s || groups[l].Type() != EntityType::kPerson) continue;
      const auto words = nlp::SplitWords(groups[l].canonical);
      if (words.size() <= short_words.size()) continue;
      const bool ends = std::equal(short_words.rbegin(), short_words.rend(), words.rbegin(),
                                   [](const std::string& a, const std::string& b) {
                                     return nlp::Lower(a) == nlp::Lower(b);
                                   });
      if (ends) {
        match = static_cast<int>(l);
        ++count;
      }
    }
    // "Carter has more than 300 clients" after "Chairman Donald Carter" and "the Carter
    // Organisation Inc": a name that also opens a firm's name is either; it joins neither.
    const bool opens_firm =
        short_words.size() == 1 && std::any_of(groups.begin(), groups.end(), [&](const Group& g) {
          const auto words = nlp::SplitWords(g.canonical);
          return g.Type() == EntityType::kOrganization && words.size() >= 2 &&
                 words.front() == short_words.front() &&
                 std::any_of(words.begin() + 1, words.end(), IsFirmWord);
        });
    if (count == 1 && !opens_firm) {
      short_group.merged_into = match;
      short_group.merge_rule = MergeRule::kSurname;
    }
  }

  // A one-word name joins the one multi-word organisation whose first word it is ("Precambrian,
  // which is 89 pct owned by ..., said" after "Precambrian Shield Resources Ltd"), or whose
  // middle word it is in a name of three ending in a legal form ("Wessanen" of "Koninklijke
  // Wessanen NV"), unless it may
  // name a place, a people or a person (a given name, or the surname of a person named in full).
  // The join holds in this article only: the short name becomes no alias (an alias is what
  // other articles join by, and another article's "IBM" is not the "IBM Canada Ltd" an article
  // called "IBM"); it is recorded among the entity's merges (rule firm-short-name).
  // Where the body first writes each group's names (npos for none).
  std::vector<std::size_t> first_at(groups.size(), std::string::npos);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (group_of[i] >= 0)
      first_at[static_cast<std::size_t>(group_of[i])] =
          std::min(first_at[static_cast<std::size_t>(group_of[i])], mentions[i].first_written);
  // Two names a title or apposition edge joins are two things: "Oppenheimer, the brokerage
  // subsidiary of Oppenheimer Group Inc" names the unit and its parent (sheet 1189 judged five
  // edges of the unit given to the parent partly right).
  std::set<std::pair<int, int>> apart;
  for (std::size_t i = 1; i < mentions.size(); ++i)
    if (mentions[i].role_of_previous && group_of[i - 1] >= 0 && group_of[i] >= 0) {
      apart.emplace(group_of[i - 1], group_of[i]);
      apart.emplace(group_of[i], group_of[i - 1]);
    }
  for (std::size_t s = 0; s < groups.size(); ++s) {
    Group& short_group = groups[s];
    const std::string& word = short_group.canonical;
    if (short_group.merged_into >= 0 || word.empty() || word.find(' ') != std::string::npos ||
        !model::StartsWithUppercase(word))
      continue;
    const EntityType t = short_group.Type();
    if (t != EntityType::kOrganization && t != EntityType::kOther && t != EntityType::kPerson)
      continue;
    // Nor a word of organisations: "the Bank" of "the Bank said" is no short "Bank of England"
    // (the definite descriptions below point it back).
    if (gazetteer_.FindCountry(word) != nullptr || gazetteer_.IsKnownPlace(word) ||
        gazetteer_.IsDemonym(word) || gazetteer_.IsGivenName(word) ||
        nlp::Gazetteer::IsOrganizationWord(word) || nlp::Gazetteer::IsPersonTitle(word))
      continue;
    int match = -1;
    int count = 0;
    int earlier_other = -1;
    bool surname = false;
    // The firms it names may be one name in two legal forms, a parent and its unit ("Hawley
    // Group Ltd" and "Hawley Group Plc", kept apart above): the short name is the one the story
    // names first.
    int first_match = -1;
    std::string first_key;
    bool one_key = true;
    for (std::size_t l = 0; l < groups.size(); ++l) {
      if (l == s || groups[l].merged_into >= 0) continue;
      const auto words = nlp::SplitWords(groups[l].canonical);
      if (words.size() < 2) continue;
      if (groups[l].Type() == EntityType::kPerson && words.back() == word) surname = true;
      // Only a firm's name proper, with a legal form or a word of firms after the first word
      // ("Dynamics Corp of America"): "ICI" is not "ICI Pharma", its unit, and "House" is not
      // the "House Banking Committee", a body inside it. Never a name the recogniser ran on into
      // a person's ("ITT Corp Chairman Rand Araskog").
      const bool titled = std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return nlp::Gazetteer::IsPersonTitle(w);
      });
      const bool firm = std::any_of(words.begin() + 1, words.end(), IsFirmWord);
      // "Wessanen now has 15 businesses" after "Koninklijke Wessanen NV": the one word of a
      // three-word firm's name between its first word and its legal form.
      const bool core = words.size() == 3 && words[1] == word && IsLegalSuffix(words[2]);
      if (groups[l].Type() == EntityType::kOrganization && (words.front() == word || core) &&
          !titled && firm) {
        if (match < 0) first_key = IdentityKey(groups[l].canonical);
        one_key = one_key && IdentityKey(groups[l].canonical) == first_key;
        if (match < 0) first_match = static_cast<int>(l);
        match = static_cast<int>(l);
        ++count;
      } else if (groups[l].Type() == EntityType::kOrganization && words.front() == word &&
                 !titled && earlier_other < 0) {
        earlier_other = static_cast<int>(l);
      }
    }
    if (count > 1 && one_key) {
      match = first_match;
      count = 1;
    }
    // Another organisation named by the word without a firm's word and named before the firm
    // ("Deak International, a ... firm" leading a story that then names "Deak International
    // Trading Ltd", the unit it renames): "Deak said" is rather the one the story leads with,
    // so it joins neither ("Deak" had joined the unit, and "the company" with it). Groups are
    // in the order of their first mentions. Named after the firm, a unit ("Swire Properties"
    // after "Swire Pacific Ltd") leaves the short name the firm's.
    if (earlier_other >= 0 && earlier_other < match) count = 0;
    // A word written before the firm's name is no short name of it: a story names a firm in
    // full before it shortens the name, and a word that comes first names another ("A
    // Westdeutsche Landesbank Girozentrale (WestLB) unit ..., co-lead manager WestLB said" before
    // "The bond, for WestLB Finance N.V., ...": the parent's words had gone to its unit, sheet
    // 1217). Only when the body writes both (a headline is no first naming).
    if (match >= 0 && first_at[s] != std::string::npos &&
        first_at[static_cast<std::size_t>(match)] != std::string::npos &&
        first_at[s] < first_at[static_cast<std::size_t>(match)])
      count = 0;
    if (count == 1 && !surname && apart.count({static_cast<int>(s), match}) == 0) {
      short_group.merged_into = match;
      short_group.merge_rule = MergeRule::kFirmShortName;
      short_group.local_name = true;
    }
  }

  // A name of two to four words joins the one organisation named by it and firm words alone
  // ("Mathematical Applications said" after "Mathematical Applications Group Inc"; not "General
  // Motors" after "General Motors Acceptance Corp", a unit with a name of its own), in this
  // article only, as above.
  for (std::size_t s = 0; s < groups.size(); ++s) {
    Group& short_group = groups[s];
    const std::vector<std::string> front = nlp::SplitWords(short_group.canonical);
    if (short_group.merged_into >= 0 || front.size() < 2 || front.size() > 4 ||
        !model::StartsWithUppercase(short_group.canonical))
      continue;
    const EntityType t = short_group.Type();
    if (t != EntityType::kOrganization && t != EntityType::kOther && t != EntityType::kPerson)
      continue;
    int match = -1;
    int count = 0;
    for (std::size_t l = 0; l < groups.size(); ++l) {
      if (l == s || groups[l].merged_into >= 0 || groups[l].Type() != EntityType::kOrganization)
        continue;
      const auto words = nlp::SplitWords(groups[l].canonical);
      if (words.size() <= front.size() || !std::equal(front.begin(), front.end(), words.begin()))
        continue;
      if (std::all_of(words.begin() + static_cast<std::ptrdiff_t>(front.size()), words.end(),
                      IsFirmWord)) {
        match = static_cast<int>(l);
        ++count;
      }
    }
    if (count == 1) {
      short_group.merged_into = match;
      short_group.merge_rule = MergeRule::kFirmShortName;
      short_group.local_name = true;
    }
  }

  MergeAcronyms(groups);

  // The roles of title and apposition edges belong to their subjects' entities.
  for (std::size_t i = 1; i < mentions.size(); ++i) {
    if (!mentions[i].role_of_previous || group_of[i - 1] < 0) continue;
    const int g = FinalGroup(groups, group_of[i - 1]);
    std::vector<std::string> role;
    for (const std::string& w : mentions[i].text.words) role.push_back(nlp::Lower(w));
    if (role.empty()) continue;
    Group& group = groups[static_cast<std::size_t>(g)];
    if (nlp::Gazetteer::IsPersonTitle(role.back())) group.titles.push_back(role.back());
    group.roles.push_back(std::move(role));
  }

  const std::vector<int> own_group = group_of;  // before merges and definite descriptions
  // Definite descriptions point back to an earlier mention.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || group_of[i] < 0) continue;
    group_of[i] = FinalGroup(groups, group_of[i]);
    if (m.definite && !m.text.proper && m.text.words.size() == 1) {
      const int antecedent = Antecedent(mentions, group_of, groups, i);
      if (antecedent >= 0) group_of[i] = antecedent;
    } else if (m.definite && !m.predicative && DescribesTheFirm(m.text.words)) {
      const int antecedent = Antecedent(mentions, group_of, groups, i, true);
      if (antecedent >= 0) group_of[i] = antecedent;
    } else if (m.definite && m.text.words.size() <= 3) {
      const int antecedent = TitledAntecedent(mentions, group_of, groups, i);
      if (antecedent >= 0) group_of[i] = antecedent;
    }
    if (m.text.proper && m.text.words.size() == 1) {
      const int body = NamedBody(mentions, group_of, groups, i);
      if (body >= 0) group_of[i] = body;
    }
  }

  // A pronoun is what coreference said it stands for.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun && m.antecedent && *m.antecedent < mentions.size() &&
        !mentions[*m.antecedent].pronoun)
      group_of[i] = group_of[*m.antecedent];
  }

  // Number the entities that are used, in order of first mention.
  std::map<int, std::size_t> entity_of_group;
  std::vector<std::optional<std::size_t>> result(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (group_of[i] < 0) continue;
    const Group& g = groups[static_cast<std::size_t>(group_of[i])];
    auto [it, fresh] = entity_of_group.emplace(group_of[i], entities_.size());
    if (fresh) entities_.push_back({g.canonical, g.Type(), {}, 0});
    model::Entity& e = entities_[it->second];
    e.mentions++;
    result[i] = it->second;
    const std::string surface = mentions[i].pronoun ? "" : mentions[i].text.name;
    const bool local =
        own_group[i] >= 0 && groups[static_cast<std::size_t>(own_group[i])].local_name;
    // A mention pointed back to its entity by a description ("the Bank" or "Association" of a
    // body named in full) is no alias: other articles' "Bank" is another bank.
    const bool described = own_group[i] >= 0 && FinalGroup(groups, own_group[i]) != group_of[i];
    if (!surface.empty() && surface != e.name && mentions[i].text.words.size() > 0 &&
        !mentions[i].definite && !local && !described) {
      e.aliases.push_back(surface);
    }
    if (const std::optional<MergeRule> rule =
            JoinRule(mentions[i], own_group[i], group_of[i], groups, e.name, key_rule[i]))
      // A description as written ("the company"), a pronoun in lower case ("He" is "he"), any
      // other mention by its name.
      e.merges.push_back({*rule == MergeRule::kDefiniteDescription && !mentions[i].text.full.empty()
                              ? mentions[i].text.full
                          : *rule == MergeRule::kCoreference ? nlp::Lower(mentions[i].text.name)
                                                             : mentions[i].text.name,
                          std::string(MergeRuleName(*rule))});
  }
  // Merged groups bring their names along as aliases.
  for (std::size_t s = 0; s < groups.size(); ++s) {
    const int g = FinalGroup(groups, static_cast<int>(s));
    const auto it = entity_of_group.find(g);
    if (it == entity_of_group.end()) continue;
    if (groups[s].local_name) continue;
    model::Entity& e = entities_[it->second];
    if (static_cast<std::size_t>(g) != s) e.aliases.push_back(groups[s].canonical);
    for (const auto& a : groups[s].aliases) e.aliases.push_back(a);
  }
  for (model::Entity& e : entities_) {
    // Names only: "shipping company" is no spelling of "shipping".
    // Not where the article names the firm in two legal forms: the bare name would join the
    // parent and its unit in the store.
    const auto f = forms.find(IdentityKey(e.name));
    const bool several_forms = f != forms.end() && f->second.size() > 1;
    if (e.type == EntityType::kOrganization && !several_forms)
      e.aliases.push_back(WithoutLegalSuffix(e.name));
    if (!IsValue(e.type) && e.type != EntityType::kOther) {
      std::string undotted = e.name;
      std::erase(undotted, '.');
      e.aliases.push_back(undotted);
    }
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
    std::erase_if(e.aliases, [&](const std::string& a) { return a.empty() || a == e.name; });
    std::sort(e.merges.begin(), e.merges.end());
    e.merges.erase(std::unique(e.merges.begin(), e.merges.end()), e.merges.end());
  }
  return result;
}

}  // namespace kg::extract
