#include "extract/entities/name_types.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <vector>

#include "nlp/acronyms.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {

bool IsWellKnownSurname(std::string_view word) {
  // Heads of state and government of the G20 and of the countries most in the news since 2020,
  // and their recent predecessors, as news writes them after the first mention.
  static constexpr std::array<std::string_view, 61> kSurnames{
      "Albanese",   "Ardern",    "Assad",     "Biden",       "Blinken",    "Bolsonaro", "Borrell",
      "Carney",     "Duda",      "Erdogan",   "Erdoğan",     "Fico",       "Guterres",  "Harris",
      "Ishiba",     "Jinping",   "Johnson",   "Kishida",     "Khamenei",   "Kim",       "Lavrov",
      "Lukashenko", "Lula",      "Macron",    "Maduro",      "Meloni",     "Merkel",    "Merz",
      "Milei",      "Modi",      "Netanyahu", "Obama",       "Orban",      "Orbán",     "Peskov",
      "Putin",      "Ramaphosa", "Rubio",     "Rutte",       "Sánchez",    "Sanchez",   "Scholz",
      "Sheinbaum",  "Sisi",      "Starmer",   "Stoltenberg", "Sunak",      "Trudeau",   "Trump",
      "Tusk",       "Vance",     "Xi",        "Yoon",        "Zelensky",   "Zelenskiy", "Zelenskyy",
      "Kuleba",     "Sybiha",    "Shmyhal",   "Stubb",       "Frederiksen"};
  return std::find(kSurnames.begin(), kSurnames.end(), word) != kSurnames.end();
}

std::optional<model::EntityType> OneWordNameType(const std::string& name,
                                                 model::EntityType recognised, bool speaker,
                                                 const nlp::Gazetteer& gazetteer) {
  if (name.empty() || name.find(' ') != std::string::npos) return std::nullopt;
  if (IsWellKnownSurname(name)) return model::EntityType::kPerson;
  if (recognised == model::EntityType::kPerson && !speaker &&
      gazetteer.FindCountry(name) != nullptr)
    return model::EntityType::kCountry;
  return std::nullopt;
}

std::optional<model::EntityType> NameEndType(const std::string& name,
                                             model::EntityType recognised) {
  using model::EntityType;
  // "Europe", "Latin America", "the Middle East": a continent or a world region is a place,
  // whatever the recogniser made of it (the 1,000 stories had Europe a city ten times).
  static const std::set<std::string, std::less<>> kRegions = {
      "Europe",          "Asia",           "Africa",
      "Antarctica",      "Oceania",        "North America",
      "South America",   "Latin America",  "Central America",
      "Middle East",     "Far East",       "Western Europe",
      "Eastern Europe",  "Southeast Asia", "South-East Asia",
      "East Asia",       "South Asia",     "Central Asia",
      "North Africa",    "West Africa",    "East Africa",
      "Southern Africa", "Scandinavia",    "Caribbean",
      "Balkans"};
  if (kRegions.count(name) > 0)
    return recognised == EntityType::kLocation ? std::nullopt
                                               : std::optional(EntityType::kLocation);
  // "the White House said", "the Kremlin", "the Pentagon": a seat of government speaks for the
  // body in it (typed a person or a place on the sheets).
  static const std::set<std::string, std::less<>> kSeatsOfGovernment = {
      "White House", "Pentagon", "Kremlin", "Elysee", "Whitehall"};
  if (kSeatsOfGovernment.count(name) > 0)
    return recognised == EntityType::kOrganization ? std::nullopt
                                                   : std::optional(EntityType::kOrganization);
  // "Merrill Lynch", "Cargill": a firm the gazetteer knows by its founder's name.
  if (recognised != EntityType::kOrganization && nlp::Gazetteer::IsWellKnownFirm(name))
    return EntityType::kOrganization;
  const std::vector<std::string> words = nlp::SplitWords(name);
  // "Citibank", "Rabobank": a one-word name built on "bank" is a bank; "the Treasury", "the
  // Senate", "Congress": a capitalised word for a state's body alone is that body (not "Bank" or
  // "Group", which stand for many).
  static const std::set<std::string, std::less<>> kStateBodies = {
      "treasury", "exchequer", "parliament", "congress", "senate",    "army",
      "navy",     "police",    "cabinet",    "diet",     "bundestag", "knesset"};
  if (words.size() == 1 &&
      (recognised == EntityType::kPerson || recognised == EntityType::kOther)) {
    const std::string lower = nlp::Lower(words[0]);
    if (lower.size() > 6 && lower.ends_with("bank")) return EntityType::kOrganization;
    if (std::isupper(static_cast<unsigned char>(words[0][0])) != 0 && kStateBodies.count(lower) > 0)
      return EntityType::kOrganization;
    // An acronym alone is no person's name ("MHI has pared costs" read as a person), nor is a
    // trade's word ("the Daily said" after "China Daily").
    if (recognised == EntityType::kPerson &&
        (nlp::IsCapitalAcronym(words[0]) || nlp::Gazetteer::IsTradeWord(words[0])))
      return EntityType::kOrganization;
  }
  if (words.size() < 2 || recognised == EntityType::kCountry) return std::nullopt;
  // "Kuwait News Agency KUNA": an organisation's word before a closing acronym (two to six
  // capitals) makes the whole an organisation, whatever the place or person in front.
  if (recognised != EntityType::kOrganization && words.size() >= 3 &&
      nlp::Gazetteer::IsOrganizationWord(words[words.size() - 2]) && words.back().size() >= 2 &&
      words.back().size() <= 6 && std::all_of(words.back().begin(), words.back().end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) != 0;
      }))
    return EntityType::kOrganization;
  // "Credit Lyonnais", "Caisse Nationale", "Credit Suisse First Boston" (typed a place, a person
  // or a city): a name that opens with a Romance word of firms is a firm.
  if (recognised != EntityType::kOrganization && nlp::Gazetteer::IsRomanceFirmFront(words[0]) &&
      std::isupper(static_cast<unsigned char>(words[0][0])) != 0 &&
      std::isupper(static_cast<unsigned char>(words[1][0])) != 0)
    return EntityType::kOrganization;
  const std::string last = nlp::Lower(words.back());
  static const std::set<std::string, std::less<>> kWaterAndLand = {
      "sea",    "ocean",   "river",     "gulf",   "bay",   "strait", "straits",  "lake",
      "island", "islands", "peninsula", "desert", "canal", "coast",  "mountains"};
  // "Strait of Hormuz", "Gulf of Mexico", "Bay of Bengal": the word of water or land may come
  // first, before "of" (not in a firm's name: "Gulf of Mexico Fishing Co").
  static const std::set<std::string, std::less<>> kLegalForms = {
      "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "company"};
  const bool feature_of = words.size() >= 3 && words.size() <= 4 && nlp::Lower(words[1]) == "of" &&
                          kWaterAndLand.count(nlp::Lower(words[0])) > 0 &&
                          !nlp::Gazetteer::IsOrganizationWord(words.back()) &&
                          kLegalForms.count(last) == 0;
  if (kWaterAndLand.count(last) > 0 || feature_of)
    return recognised == EntityType::kLocation ? std::nullopt
                                               : std::optional(EntityType::kLocation);
  if (recognised == EntityType::kOrganization) return std::nullopt;
  // And the trades firms are named by (nlp::Gazetteer::IsTradeWord: "Kaiser Cement").
  const bool place = recognised == EntityType::kLocation || recognised == EntityType::kCity;
  if ((nlp::Gazetteer::IsOrganizationWord(last) || nlp::Gazetteer::IsTradeWord(last)) &&
      (!place || last != "union"))
    return EntityType::kOrganization;
  if (recognised != EntityType::kPerson && recognised != EntityType::kOther) return std::nullopt;
  // "Al Bank Al Saudi Al Fransi", "Mellon Bank N.A.", "Banque Indosuez", "Banco Santander": no
  // person's name holds "Bank" (in any of its languages) or a firm's legal form before its end.
  const bool titled = std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return nlp::Gazetteer::IsPersonTitle(w);
  });
  if (recognised == EntityType::kPerson && !titled &&
      std::any_of(words.begin(), words.end() - 1, [](const std::string& w) {
        const std::string lower = nlp::Lower(w);
        return lower == "bank" || lower == "banque" || lower == "banco" || lower == "banca" ||
               lower == "inc" || lower == "corp" || lower == "ltd" || lower == "plc" ||
               lower == "ltd." || lower == "inc." || lower == "corp.";
      }))
    return EntityType::kOrganization;
  // "Dow Jones Industrial Average": a market index is no person.
  if (recognised == EntityType::kPerson && (last == "average" || last == "index"))
    return EntityType::kOther;
  static const std::set<std::string, std::less<>> kStreetWords = {
      "street", "avenue", "road", "square", "boulevard", "lane", "plaza"};
  if (recognised == model::EntityType::kPerson && kStreetWords.count(last) > 0)
    return model::EntityType::kLocation;
  // "TNT Skypak", "GTE Sprint": an untyped name that begins with an acronym of two to five
  // capitals is a firm's (initials carry full stops: "J.P. Morgan"), unless a title in it names a
  // person of that body ("OPEC President Rilwanu Lukman", "MITI spokesman"), or is an economic
  // measure's ("PSBR", "GDP": nlp::Gazetteer::IsEconomicMeasure).
  const std::string& first = words.front();
  if (recognised == model::EntityType::kOther && !titled && nlp::IsCapitalAcronym(first) &&
      !nlp::Gazetteer::IsEconomicMeasure(first))
    return model::EntityType::kOrganization;
  return std::nullopt;
}

bool NamesAnOrganizationKind(const std::vector<std::string>& words) {
  static const std::set<std::string, std::less<>> kNouns = {
      "agency",      "airline",   "association",  "automaker",    "bank",         "brewer",
      "carmaker",    "charity",   "chipmaker",    "company",      "conglomerate", "consortium",
      "corporation", "drugmaker", "exporter",     "firm",         "importer",     "insurer",
      "lender",      "maker",     "manufacturer", "organisation", "organization", "retailer",
      "startup",     "start-up",  "subsidiary",   "supplier"};
  // Makers that are people: "a key decision maker", "a film maker".
  static const std::set<std::string, std::less<>> kPersonMakers = {
      "decision", "policy", "law", "film", "movie", "peace", "trouble", "king", "deal", "rule"};
  if (words.empty() || kNouns.count(nlp::Lower(words.back())) == 0) return false;
  return !(nlp::Lower(words.back()) == "maker" && words.size() > 1 &&
           kPersonMakers.count(nlp::Lower(words[words.size() - 2])) > 0);
}

bool NamesAPerson(nlp::Lexicon& lexicon, const std::string& noun) {
  const nlp::NounInfo& info = lexicon.Noun(lexicon.NounLemma(nlp::Lower(noun)));
  if (info.senses.empty()) return false;
  return info.senses.front().lex_file == static_cast<int>(nlp::LexFile::kPerson) ||
         (info.senses.size() > 1 &&
          info.senses[1].lex_file == static_cast<int>(nlp::LexFile::kPerson));
}

bool IsCapitalisedCalling(nlp::Lexicon& lexicon, const nlp::Gazetteer& gazetteer,
                          const std::string& word) {
  if (gazetteer.IsGivenName(word)) return false;
  const std::string lower = nlp::Lower(word);
  return lexicon.NounLemma(lower) == lower && NamesAPerson(lexicon, lower) &&
         !lexicon.Noun(lower).senses.front().proper;
}

}  // namespace kg::extract
