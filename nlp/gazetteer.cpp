#include "nlp/gazetteer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>
#include <utility>

#include <rapidjson/document.h>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

std::string_view StripThe(std::string_view s) {
  if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
  return s;
}

template <std::size_t N>
bool ContainsLower(const std::array<std::string_view, N>& list, std::string_view word) {
  const std::string w = Lower(word);
  return std::find(list.begin(), list.end(), w) != list.end();
}

struct ShortName {
  std::string_view code;
  std::string_view name;  // the node name
  std::array<std::string_view, 6> aliases;
};

// How news text names countries whose ISO names are long or formal.
constexpr std::array kShortNames = {
    ShortName{"US",
              "United States",
              {"U.S.", "US", "USA", "U.S.A.", "America", "United States of America"}},
    ShortName{"GB", "United Kingdom", {"U.K.", "UK", "Britain", "Great Britain", "", ""}},
    ShortName{"RU", "Russia", {"Russian Federation", "", "", "", "", ""}},
    ShortName{"IR", "Iran", {"", "", "", "", "", ""}},
    ShortName{"SY", "Syria", {"", "", "", "", "", ""}},
    ShortName{"VN", "Vietnam", {"Viet Nam", "", "", "", "", ""}},
    ShortName{"KR", "South Korea", {"Republic of Korea", "", "", "", "", ""}},
    ShortName{"KP", "North Korea", {"", "", "", "", "", ""}},
    ShortName{"VE", "Venezuela", {"", "", "", "", "", ""}},
    ShortName{"BO", "Bolivia", {"", "", "", "", "", ""}},
    ShortName{"TZ", "Tanzania", {"", "", "", "", "", ""}},
    ShortName{"MD", "Moldova", {"", "", "", "", "", ""}},
    ShortName{"LA", "Laos", {"", "", "", "", "", ""}},
    ShortName{"TW", "Taiwan", {"", "", "", "", "", ""}},
    ShortName{"CZ", "Czech Republic", {"Czechia", "", "", "", "", ""}},
    ShortName{"TR", "Turkey", {"Turkiye", "T\u00FCrkiye", "", "", "", ""}},
    ShortName{"AE", "United Arab Emirates", {"UAE", "U.A.E.", "", "", "", ""}},
    ShortName{"NL", "Netherlands", {"Holland", "", "", "", "", ""}},
    ShortName{"CN", "China", {"People's Republic of China", "", "", "", "", ""}},
    // Gone from ISO 3166-1 (its code is of ISO 3166-3), named often by the newswire: "the USSR"
    // had been a place of its own beside the Soviet Union.
    ShortName{"SU", "Soviet Union", {"USSR", "U.S.S.R.", "", "", "", ""}},
};

struct Demonym {
  std::string_view adjective;
  std::string_view country;
};

constexpr std::array kDemonyms = {
    Demonym{"American", "United States"}, Demonym{"British", "United Kingdom"},
    Demonym{"Russian", "Russia"},         Demonym{"Ukrainian", "Ukraine"},
    Demonym{"German", "Germany"},         Demonym{"French", "France"},
    Demonym{"Italian", "Italy"},          Demonym{"Spanish", "Spain"},
    Demonym{"Chinese", "China"},          Demonym{"Japanese", "Japan"},
    Demonym{"Indian", "India"},           Demonym{"Canadian", "Canada"},
    Demonym{"Australian", "Australia"},   Demonym{"Dutch", "Netherlands"},
    Demonym{"Danish", "Denmark"},         Demonym{"Norwegian", "Norway"},
    Demonym{"Polish", "Poland"},          Demonym{"Swedish", "Sweden"},
    Demonym{"Finnish", "Finland"},        Demonym{"Turkish", "Turkey"},
    Demonym{"Israeli", "Israel"},         Demonym{"Iranian", "Iran"},
    Demonym{"Brazilian", "Brazil"},       Demonym{"Mexican", "Mexico"},
    Demonym{"Korean", "South Korea"},     Demonym{"Belgian", "Belgium"},
    Demonym{"Swiss", "Switzerland"},      Demonym{"Austrian", "Austria"},
    Demonym{"Greek", "Greece"},           Demonym{"Egyptian", "Egypt"},
};

constexpr std::array<std::string_view, 57> kPersonTitles = {"president",    "prime minister",
                                                            "minister",     "chancellor",
                                                            "secretary",    "senator",
                                                            "governor",     "mayor",
                                                            "king",         "queen",
                                                            "prince",       "princess",
                                                            "pope",         "general",
                                                            "mr",           "mr.",
                                                            "mrs",          "mrs.",
                                                            "ms",           "ms.",
                                                            "dr",           "dr.",
                                                            "sir",          "lord",
                                                            "envoy",        "spokesman",
                                                            "spokeswoman",  "spokesperson",
                                                            "ambassador",   "chairman",
                                                            "chairwoman",   "treasurer",
                                                            "director",     "ceo",
                                                            "premier",      "commander",
                                                            "judge",        "representative",
                                                            "rep.",         "sen.",
                                                            "gov.",         "gen.",
                                                            "lieutenant",   "colonel",
                                                            "admiral",      "mp",
                                                            "mep",          "administrator",
                                                            "commissioner", "speaker",
                                                            "executive",    "manager",
                                                            "leader",       "accountant",
                                                            "counsel",      "comptroller",
                                                            "strategist"};

constexpr std::array<std::string_view, 49> kOrganizationWords = {
    "inc",        "inc.",       "corp",       "corp.",        "corporation",  "ltd",
    "ltd.",       "llc",        "plc",        "co.",          "company",      "group",
    "bank",       "ministry",   "department", "agency",       "council",      "committee",
    "commission", "union",      "party",      "organization", "organisation", "association",
    "institute",  "university", "foundation", "court",        "parliament",   "congress",
    "senate",     "army",       "navy",       "police",       "office",       "authority",
    "alliance",   "bureau",     "airlines",   "federation",   "board",        "fund",
    "forces",     "government", "exchange",   "institution",  "society",      "academy",
    "league"};

constexpr std::array<std::string_view, 67> kTrades = {"exchange",
                                                      "mines",
                                                      "venture",
                                                      "ventures",
                                                      "bourse",
                                                      "holdings",
                                                      "partners",
                                                      "trust",
                                                      "airways",
                                                      "railways",
                                                      "laboratories",
                                                      "labs",
                                                      "cement",
                                                      "chemical",
                                                      "chemicals",
                                                      "electric",
                                                      "electronics",
                                                      "motors",
                                                      "foods",
                                                      "petroleum",
                                                      "mining",
                                                      "pharmaceuticals",
                                                      "insurance",
                                                      "securities",
                                                      "guaranty",
                                                      "industries",
                                                      "industry",
                                                      "resources",
                                                      "technologies",
                                                      "communications",
                                                      "shipping",
                                                      "brewing",
                                                      "textiles",
                                                      "realty",
                                                      "investments",
                                                      "semiconductor",
                                                      "international",
                                                      "markets",
                                                      "energy",
                                                      "capital",
                                                      "finance",
                                                      "systems",
                                                      "software",
                                                      "networks",
                                                      "services",
                                                      "products",
                                                      "stores",
                                                      "instruments",
                                                      "enterprises",
                                                      "properties",
                                                      "n.a.",
                                                      "n.v.",
                                                      "s.a.",
                                                      "b.v.",
                                                      "ag",
                                                      "gmbh",
                                                      "na",
                                                      "banken",
                                                      "bancorp",
                                                      "daily",
                                                      "journal",
                                                      "gazette",
                                                      "tribune",
                                                      "herald",
                                                      "times",
                                                      "telegraph",
                                                      "chronicle"};

constexpr std::array<std::string_view, 33> kRomanceFirmFronts = {
    "banque",        "banco",          "banca",      "caisse",     "credit",      "credito",
    "societe",       "societa",        "compagnie",  "cie",        "compania",    "groupe",
    "instituto",     "istituto",       "petroleos",  "empresa",    "union",       "corporacion",
    "sociedad",      "compagnia",      "federation", "syndicat",   "comptoir",    "institut",
    "caja",          "agence",         "regie",      "entreprise", "electricite", "charbonnages",
    "ferrocarriles", "etablissements", "aerolineas"};

constexpr std::array<std::string_view, 31> kCalendar = {
    "january",   "february", "march",     "april",    "may",    "june",     "july",  "august",
    "september", "october",  "november",  "december", "jan",    "feb",      "mar",   "apr",
    "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",   "dec",
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday"};

// With the newswire's abbreviations and the plurals of currencies the euro replaced ("800 mln
// stg", "500 mln guilders"); not "mark" or "ct", which measure other things ("the 1.80 mark").
constexpr std::array<std::string_view, 30> kCurrency = {
    "$",      "dollar", "dollars",  "euro",   "euros",   "pound",   "pounds",     "yen",
    "\u20AC", "\u00A3", "cents",    "francs", "rubles",  "yuan",    "dlr",        "dlrs",
    "stg",    "marks",  "guilders", "lire",   "pesetas", "escudos", "schillings", "drachmas",
    "crowns", "rupees", "roubles",  "ecus",   "cts",     "pence"};

}  // namespace

Gazetteer::Gazetteer(const std::string& iso_codes_path) {
  LoadWordLists(kDefaultWordListPath);
  std::ifstream in(iso_codes_path, std::ios::binary);
  if (in) {
    const std::string json{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    if (!doc.HasParseError() && doc.IsObject() && doc.HasMember("3166-1") &&
        doc["3166-1"].IsArray()) {
      for (const auto& entry : doc["3166-1"].GetArray()) {
        if (!entry.IsObject() || !entry.HasMember("alpha_2") || !entry.HasMember("name")) continue;
        Country c;
        c.code = entry["alpha_2"].GetString();
        const std::string name = entry["name"].GetString();
        c.aliases.push_back(name);
        for (const char* field : {"common_name", "official_name"}) {
          if (entry.HasMember(field) && entry[field].IsString())
            c.aliases.emplace_back(entry[field].GetString());
        }
        const bool has_common = entry.HasMember("common_name") && entry["common_name"].IsString();
        c.name = has_common ? entry["common_name"].GetString() : name.substr(0, name.find(','));
        Add(std::move(c));
      }
    }
  }
  for (const ShortName& s : kShortNames) {
    Country c;
    c.code = s.code;
    c.name = s.name;
    for (const auto alias : s.aliases) {
      if (!alias.empty()) c.aliases.emplace_back(alias);
    }
    Add(std::move(c));
  }
}

void Gazetteer::LoadWordLists(const std::string& folder) {
  // Each file lists words separated by white space, each with a dictionary suffix ("Abel.m",
  // "Atlanta.l", "banker.n"); multi-word entries are joined with '_'.
  const auto load = [&](const char* file, std::unordered_set<std::string>& into) {
    std::ifstream in(folder + "/" + file);
    std::string word;
    while (in >> word) {
      const std::size_t dot = word.rfind('.');
      if (dot != std::string::npos && dot > 0) word.resize(dot);
      std::replace(word.begin(), word.end(), '_', ' ');
      if (!word.empty() && std::isalpha(static_cast<unsigned char>(word[0]))) into.insert(word);
    }
  };
  load("entities.given-male.sing", given_names_);
  load("entities.given-female.sing", given_names_);
  load("entities.given-bisex.sing", given_names_);
  load("entities.given-male.sing", male_names_);
  load("entities.given-female.sing", female_names_);
  load("entities.given-bisex.sing", either_names_);
  load("entities.locations.sing", places_);
  load("entities.us-states.sing", places_);
  load("entities.people", peoples_);
  std::erase_if(peoples_, [](const std::string& w) {
    return !std::isupper(static_cast<unsigned char>(w[0]));
  });
  for (const Demonym& d : kDemonyms) peoples_.emplace(d.adjective);
}

void Gazetteer::Add(Country country) {
  for (std::size_t i = 0; i < countries_.size(); ++i) {
    if (countries_[i].code != country.code) continue;
    // A short name overrides the ISO one and keeps the ISO names as aliases.
    Country& existing = countries_[i];
    existing.aliases.push_back(existing.name);
    existing.name = country.name;
    for (auto& a : country.aliases) existing.aliases.push_back(std::move(a));
    for (const auto& a : existing.aliases) by_name_[Lower(a)] = i;
    by_name_[Lower(existing.name)] = i;
    return;
  }
  countries_.push_back(std::move(country));
  const std::size_t index = countries_.size() - 1;
  by_name_[Lower(countries_[index].name)] = index;
  for (const auto& a : countries_[index].aliases) by_name_[Lower(a)] = index;
}

const Country* Gazetteer::FindCountry(std::string_view name) const {
  name = StripThe(name);
  if (name.empty() || !(std::isupper(static_cast<unsigned char>(name[0])))) return nullptr;
  std::string key = Lower(name);
  while (!key.empty() && key.back() == '.' && key.find('.') == key.size() - 1) key.pop_back();
  auto it = by_name_.find(key);
  if (it == by_name_.end()) it = by_name_.find(Lower(name));
  if (it == by_name_.end()) it = by_name_.find(Lower(name) + ".");  // "U.S" before a final stop
  if (it == by_name_.end()) return nullptr;
  return &countries_[it->second];
}

NameGender Gazetteer::GenderOfGivenName(std::string_view word) const {
  const std::string w(word);
  const bool male = male_names_.count(w) > 0;
  const bool female = female_names_.count(w) > 0;
  if (male == female) return NameGender::kUnknown;
  return male ? NameGender::kMale : NameGender::kFemale;
}

bool Gazetteer::IsGivenNameOfEitherGender(std::string_view word) const {
  const std::string w(word);
  return either_names_.count(w) > 0 || (male_names_.count(w) > 0 && female_names_.count(w) > 0);
}

bool Gazetteer::IsPersonTitle(std::string_view word) {
  // "Chairman-elect", "President-elect", "Minister-designate": a title chosen, not yet taken.
  for (const std::string_view suffix : {std::string_view("-elect"), std::string_view("-designate")})
    if (word.size() > suffix.size() && Lower(word.substr(word.size() - suffix.size())) == suffix)
      return IsPersonTitle(word.substr(0, word.size() - suffix.size()));
  return ContainsLower(kPersonTitles, word) || (word.ends_with('.') && FullTitle(word));
}

bool Gazetteer::IsTitleRank(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kRanks{
      "chief",     "deputy", "vice",      "executive", "managing", "general",  "senior",
      "assistant", "acting", "associate", "group",     "joint",    "principal"};
  return ContainsLower(kRanks, word);
}

std::optional<std::string> Gazetteer::FullTitle(std::string_view word) {
  struct Abbreviation {
    std::string_view shortened;
    std::string_view full;
  };
  static constexpr std::array<Abbreviation, 16> kAbbreviations{{{"sen", "senator"},
                                                                {"rep", "representative"},
                                                                {"gov", "governor"},
                                                                {"gen", "general"},
                                                                {"lt", "lieutenant"},
                                                                {"col", "colonel"},
                                                                {"maj", "major"},
                                                                {"capt", "captain"},
                                                                {"cmdr", "commander"},
                                                                {"adm", "admiral"},
                                                                {"sgt", "sergeant"},
                                                                {"prof", "professor"},
                                                                {"supt", "superintendent"},
                                                                {"atty", "attorney"},
                                                                {"amb", "ambassador"},
                                                                {"sec", "secretary"}}};
  std::string_view stem = word;
  if (!stem.empty() && stem.back() == '.') stem.remove_suffix(1);
  if (stem.empty()) return std::nullopt;
  // "SEC Chairman John Shad": a word in capitals without a full stop is an acronym.
  if (stem.size() == word.size() && stem.size() > 1 &&
      std::all_of(stem.begin(), stem.end(),
                  [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }))
    return std::nullopt;
  const std::string lower = Lower(stem);
  for (const Abbreviation& a : kAbbreviations) {
    if (lower != a.shortened) continue;
    std::string full(a.full);
    if (std::isupper(static_cast<unsigned char>(stem[0])) != 0)
      full[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(full[0])));
    return full;
  }
  return std::nullopt;
}

bool Gazetteer::IsHonorific(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kHonorifics = {
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof", "prof."};
  return ContainsLower(kHonorifics, word);
}

bool Gazetteer::IsNameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kParticles = {
      "de",    "van", "von", "der", "den", "du",  "del",
      "della", "da",  "di",  "dos", "das", "bin", "ibn"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

bool Gazetteer::IsPrefixedName(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kArticles{"al-",  "el-", "ad-",  "as-",
                                                             "ash-", "at-", "bin-", "ibn-"};
  return std::any_of(kArticles.begin(), kArticles.end(), [&](std::string_view a) {
    return word.size() > a.size() && word.starts_with(a) &&
           std::isupper(static_cast<unsigned char>(word[a.size()])) != 0;
  });
}

bool Gazetteer::IsOrganizationWord(std::string_view word) {
  return ContainsLower(kOrganizationWords, word);
}
bool Gazetteer::IsTradeWord(std::string_view word) { return ContainsLower(kTrades, word); }

bool Gazetteer::IsEconomicMeasure(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kMeasures = {
      "gdp",  "gnp",   "cpi",   "ppi",   "rpi",   "wpi",   "psbr", "m0",   "m1",
      "m2",   "m3",    "m-0",   "m-1",   "m-2",   "m-3",   "sdr",  "sdrs", "ecu",
      "ecus", "libor", "pibor", "fibor", "hibor", "sibor", "vat",  "eps"};
  return ContainsLower(kMeasures, word);
}
bool Gazetteer::IsRomanceFirmFront(std::string_view word) {
  return ContainsLower(kRomanceFirmFronts, word);
}
bool Gazetteer::IsMonthOrWeekday(std::string_view word) { return ContainsLower(kCalendar, word); }
bool Gazetteer::IsCurrencyWord(std::string_view word) { return ContainsLower(kCurrency, word); }

bool Gazetteer::IsWellKnownFirm(std::string_view name) {
  static constexpr std::array<std::string_view, 40> kFirms = {
      "Merrill Lynch",    "Merrill",          "Morgan Stanley",
      "Goldman Sachs",    "Lehman Brothers",  "Shearson Lehman",
      "Shearson",         "Salomon Brothers", "Salomon",
      "Dean Witter",      "Paine Webber",     "PaineWebber",
      "Drexel Burnham",   "Drexel",           "Kidder Peabody",
      "Kidder",           "E.F. Hutton",      "Smith Barney",
      "Bear Stearns",     "Prudential-Bache", "Refco",
      "Cargill",          "Louis Dreyfus",    "Bunge",
      "Lazard Freres",    "Lazard",           "N.M. Rothschild",
      "L.F. Rothschild",  "S.G. Warburg",     "Kleinwort Benson",
      "Morgan Grenfell",  "J.P. Morgan",      "Morgan Guaranty",
      "Dillon Read",      "Thomson McKinnon", "Charles Schwab",
      "Donaldson Lufkin", "First Boston",     "Credit Suisse",
      "Deutsche Bank"};
  return std::find(kFirms.begin(), kFirms.end(), name) != kFirms.end();
}

bool Gazetteer::IsPossessiveFirm(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kFirms = {
      "Moody's",   "McDonald's", "Lloyd's",  "Sotheby's", "Christie's", "Macy's",
      "Dillard's", "Wendy's",    "Domino's", "Denny's",   "Hardee's",   "Fireman's",
      "Barron's",  "Lowe's",     "Kohl's",   "Friendly's"};
  return std::find(kFirms.begin(), kFirms.end(), word) != kFirms.end();
}

bool Gazetteer::IsPairedFirm(std::string_view first, std::string_view second) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kFirms = {{
      {"Standard", "Poor"},  {"Standard", "Poors"}, {"Procter", "Gamble"},  {"Johnson", "Johnson"},
      {"Dun", "Bradstreet"}, {"Duff", "Phelps"},    {"Marks", "Spencer"},   {"Black", "Decker"},
      {"Smith", "Wesson"},   {"Bausch", "Lomb"},    {"Coopers", "Lybrand"}, {"Ernst", "Whinney"},
      {"Ernst", "Young"},    {"Barnes", "Noble"},   {"Church", "Dwight"},   {"Brown", "Root"},
      {"Baker", "McKenzie"}, {"Arm", "Hammer"},     {"Harcourt", "Brace"},  {"Benson", "Hedges"},
  }};
  return std::any_of(kFirms.begin(), kFirms.end(), [&](const auto& firm) {
    return firm.first == first && firm.second == second;
  });
}

bool Gazetteer::IsNewsAgency(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kAgencies = {"Reuters",
                                                                 "Reuter",
                                                                 "Associated Press",
                                                                 "AP",
                                                                 "Agence France-Presse",
                                                                 "AFP",
                                                                 "United Press International",
                                                                 "UPI",
                                                                 "Kyodo",
                                                                 "Kyodo News",
                                                                 "Xinhua",
                                                                 "New China News Agency",
                                                                 "Tass",
                                                                 "TASS",
                                                                 "Itar-Tass",
                                                                 "Interfax",
                                                                 "Jiji",
                                                                 "Jiji Press",
                                                                 "Yonhap",
                                                                 "Anatolian Agency",
                                                                 "Bernama",
                                                                 "Antara",
                                                                 "Press Trust of India",
                                                                 "Opecna",
                                                                 "Tanjug",
                                                                 "IRNA",
                                                                 "ANSA",
                                                                 "EFE",
                                                                 "KUNA",
                                                                 "MENA"};
  // In any case when longer than an acronym ("reuters" of a lower-case story).
  const std::string lower = Lower(name);
  return std::any_of(kAgencies.begin(), kAgencies.end(), [&](std::string_view agency) {
    return agency == name || (agency.size() > 4 && Lower(agency) == lower);
  });
}

bool Gazetteer::IsDemonym(std::string_view word) const {
  std::string w(word);
  if (peoples_.count(w) > 0) return true;
  if (w.size() > 3 && w.back() == 's') {
    w.pop_back();
    return peoples_.count(w) > 0;
  }
  return false;
}

std::optional<std::string> Gazetteer::CountryOfDemonym(std::string_view word) const {
  for (const Demonym& d : kDemonyms) {
    if (d.adjective == word) return std::string(d.country);
  }
  // Beyond the list, a nationality the people lists know names the country whose one-word name
  // (or alias) it begins with, give or take the name's last two letters ("Nigerian" -> Nigeria,
  // "Portuguese" -> Portugal, "Lebanese" -> Lebanon, "Kuwaiti" -> Kuwait); the longest match
  // wins ("Nigeria", not "Niger").
  if (word.size() < 4 || !IsDemonym(word)) return std::nullopt;
  const Country* best = nullptr;
  std::size_t best_length = 0;
  for (const Country& c : countries_) {
    std::vector<std::string_view> names{c.name};
    for (const std::string& a : c.aliases) names.emplace_back(a);
    for (const std::string_view name : names) {
      if (name.find(' ') != std::string_view::npos || name.size() < 4) continue;
      std::size_t common = 0;
      while (common < name.size() && common < word.size() && name[common] == word[common]) ++common;
      if (common >= 4 && common + 2 >= name.size() && common > best_length) {
        best = &c;
        best_length = common;
      }
    }
  }
  if (best == nullptr) return std::nullopt;
  return best->name;
}

std::optional<std::string> Gazetteer::CountryOfNationality(std::string_view word) const {
  if (auto country = CountryOfDemonym(word)) return country;
  static constexpr std::array kMore = {
      Demonym{"Afghan", "Afghanistan"},
      Demonym{"Algerian", "Algeria"},
      Demonym{"Angolan", "Angola"},
      Demonym{"Argentine", "Argentina"},
      Demonym{"Argentinian", "Argentina"},
      Demonym{"Bahraini", "Bahrain"},
      Demonym{"Burmese", "Burma"},
      Demonym{"Congolese", "Congo"},
      Demonym{"Cypriot", "Cyprus"},
      Demonym{"Ecuadorean", "Ecuador"},
      Demonym{"Ecuadorian", "Ecuador"},
      Demonym{"Emirati", "United Arab Emirates"},
      Demonym{"Ethiopian", "Ethiopia"},
      Demonym{"Filipino", "Philippines"},
      Demonym{"Icelandic", "Iceland"},
      Demonym{"Indonesian", "Indonesia"},
      Demonym{"Iraqi", "Iraq"},
      Demonym{"Irish", "Ireland"},
      Demonym{"Ivorian", "Ivory Coast"},
      Demonym{"Lebanese", "Lebanon"},
      Demonym{"Omani", "Oman"},
      Demonym{"Philippine", "Philippines"},
      Demonym{"Portuguese", "Portugal"},
      Demonym{"Salvadorean", "El Salvador"},
      Demonym{"Salvadoran", "El Salvador"},
      Demonym{"Saudi", "Saudi Arabia"},
      Demonym{"Senegalese", "Senegal"},
      Demonym{"Singaporean", "Singapore"},
      Demonym{"Soviet", "Soviet Union"},
      Demonym{"Sri Lankan", "Sri Lanka"},
      Demonym{"Sudanese", "Sudan"},
      Demonym{"Taiwanese", "Taiwan"},
      Demonym{"Thai", "Thailand"},
      Demonym{"Ugandan", "Uganda"},
      Demonym{"Vietnamese", "Vietnam"},
      Demonym{"Yugoslav", "Yugoslavia"},
      Demonym{"Zairean", "Zaire"},
      Demonym{"Zambian", "Zambia"},
      Demonym{"Zimbabwean", "Zimbabwe"},
      Demonym{"Qatari", "Qatar"},
  };
  for (const Demonym& d : kMore)
    if (d.adjective == word) {
      if (const Country* known = FindCountry(d.country)) return known->name;
      return std::string(d.country);
    }
  return std::nullopt;
}

}  // namespace kg::nlp
