#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::nlp {

// What a given name says of its bearer's gender.
enum class NameGender { kUnknown, kMale, kFemale };

struct Country {
  std::string code;                  // ISO 3166-1 alpha-2
  std::string name;                  // the name kg uses for the node ("Russia", "United States")
  std::vector<std::string> aliases;  // every other name it answers to
};

// Name lists that typing and canonical naming use: the countries of ISO 3166-1 (read at run time
// from Debian's iso-codes package, plus the short names news text uses: "U.S.", "Britain", "USSR",
// "Russia"), and small hand-written lists of titles, organisation words, speech verbs and
// calendar words. Immutable after construction; thread-safe.
class Gazetteer {
 public:
  // Reads iso_3166-1.json from iso_codes_path when it exists; without it only the hand-written
  // country names are known.
  explicit Gazetteer(const std::string& iso_codes_path = kDefaultIsoCodesPath);

  static constexpr const char* kDefaultIsoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json";

  // The country a name (case-insensitive, "the" ignored) refers to.
  [[nodiscard]] const Country* FindCountry(std::string_view name) const;

  // Person titles that precede a name or head an appositive ("President", "Prime Minister",
  // "envoy", the callings "accountant", "comptroller", "counsel", "strategist", and
  // abbreviations with a full stop that FullTitle knows: "Lt.", "Capt."), and any of them chosen
  // but not yet taken ("Chairman-elect", "Minister-designate"). Matched case-insensitively on the
  // lemma.
  [[nodiscard]] static bool IsPersonTitle(std::string_view word);
  // A word that ranks a title before it ("Chief" and "Group" of "Group Chief Executive",
  // "Deputy", "Vice", "Managing", "Senior", "Acting"), matched case-insensitively: part of the
  // title, never of the name after it.
  [[nodiscard]] static bool IsTitleRank(std::string_view word);
  // The full word of an abbreviated title ("Sen." and "Sen" -> "Senator", "Rep." ->
  // "Representative", "Gov." -> "Governor", "Lt." -> "Lieutenant", "Prof." -> "Professor"; the
  // military and civil abbreviations of the AP Stylebook's "titles" entries), capitalised as the
  // abbreviation is; std::nullopt for any other word, and for a word in capitals without a full
  // stop ("SEC Chairman John Shad": the Securities and Exchange Commission, no secretary).
  [[nodiscard]] static std::optional<std::string> FullTitle(std::string_view word);
  // Forms of address: "Mr", "Mrs.", "Dr", "Sir".
  [[nodiscard]] static bool IsHonorific(std::string_view word);
  // Lower-case particles inside persons' names: "de" of "Ronnie de Mel", "van", "von", "der",
  // "den", "du", "del", "della", "da", "di", "dos", "das", "bin", "ibn" (exact, lower case only:
  // "De" starts a name of its own).
  [[nodiscard]] static bool IsNameParticle(std::string_view word);
  // A name written with an Arabic article joined to it by a hyphen and a capital after it:
  // "al-Oteiba", "el-Sisi" (al-, el-, ad-, as-, ash-, at-, bin-, ibn-).
  [[nodiscard]] static bool IsPrefixedName(std::string_view word);
  // Words that end organisation names ("Ministry", "Department", "Inc", "Exchange",
  // "Institution", "Society", "Academy", "League").
  [[nodiscard]] static bool IsOrganizationWord(std::string_view word);
  // The trades firms are named by, in any case, none of them a surname (no person's name ends in
  // one): "Kaiser Cement", "Morgan Guaranty", "Allied Chemical", "Damon Labs", "Apollo Systems",
  // and newspapers' ("China Daily", "Financial Times", "Montreal Gazette");
  // with the foreign legal forms "AG", "GmbH", "N.V.", "S.A." ("Steel", "Stone", "Gold" and
  // "Mills" are left out: surnames).
  [[nodiscard]] static bool IsTradeWord(std::string_view word);
  // Abbreviations of economic measures and instruments, in any case: "GDP", "GNP", "CPI", "PPI",
  // "PSBR", "M-1", "M3", "SDR", "ECU", "Libor", "VAT" (26 in all). They name quantities, no
  // organisation: the recogniser typed "GDP" and "PSBR" organisations.
  [[nodiscard]] static bool IsEconomicMeasure(std::string_view word);
  // Romance words that begin the names of firms and public bodies, in any case: "Banque" of
  // "Banque Indosuez", "Credit" of "Credit Lyonnais", "Caisse", "Societe", "Compagnie",
  // "Istituto", "Petroleos", "Regie" of "Regie Nationale des Usines Renault", "Electricite" of
  // "Electricite de France" (33 in all, with their Spanish, Italian and Portuguese forms).
  [[nodiscard]] static bool IsRomanceFirmFront(std::string_view word);
  [[nodiscard]] static bool IsMonthOrWeekday(std::string_view word);
  [[nodiscard]] static bool IsCurrencyWord(std::string_view word);
  // Adjectives of nationality ("Russian", "German") and what they point to: a list of 30, then
  // any nationality of the people lists (IsDemonym) by the country whose one-word name it begins
  // with, give or take that name's last two letters ("Nigerian" -> "Nigeria", "Lebanese" ->
  // "Lebanon"; the longest such name). The country's node name, or nullopt.
  [[nodiscard]] std::optional<std::string> CountryOfDemonym(std::string_view word) const;
  // CountryOfDemonym, then a curated list of 40 more nationalities of news copy that the word
  // lists lack ("Iraqi" -> Iraq, "Soviet" -> Soviet Union, "Sri Lankan" -> Sri Lanka), named as
  // FindCountry names the country when it knows it. For reading titles ("Iraqi President"); the
  // recogniser's features keep CountryOfDemonym, which its model was trained with.
  [[nodiscard]] std::optional<std::string> CountryOfNationality(std::string_view word) const;

  // The news agencies and wire services news copy cites by name ("told Reuters", "the official
  // Xinhua news agency said"): organisations, which a recogniser reads as people ("Reuters" has a
  // surname's shape) or leaves untyped. A curated list, as the exonyms are; names longer than an
  // acronym match in any case.
  [[nodiscard]] static bool IsNewsAgency(std::string_view name);
  // Banks, brokerages and commodity houses that carry their founders' surnames and that business
  // news cites by them ("Merrill Lynch", "Morgan Stanley", "E.F. Hutton", "Cargill", "Shearson"):
  // organisations a recogniser reads as people by their shape. A curated list of 40 names, as
  // the news agencies are; bare surnames that as often name a person ("Goldman", "Lehman",
  // "Schwab", "Rothschild") are left out. Matched as written.
  [[nodiscard]] static bool IsWellKnownFirm(std::string_view name);
  // Firms whose names are a founder's possessive ("Moody's", "McDonald's", "Lloyd's",
  // "Sotheby's"; 16 in all): "Moody's Investors Service" is one name, not Moody's service (which
  // a possessive in news copy is as a rule: "Icahn's Trans World Airlines Inc"). A curated list,
  // as the news agencies are; `word` is the possessor with its "'s" as written ("Moody's").
  [[nodiscard]] static bool IsPossessiveFirm(std::string_view word);
  // Firms named by two founders' names joined by "and" or "&" ("Standard and Poor's", "Procter
  // and Gamble", "Dun and Bradstreet", "Duff and Phelps"; 20 in all), which a recogniser reads
  // as a person or two, and whose second name the news copy's "he" then took. A curated list of
  // names business news cites, as the news agencies are; `first` and `second` are the two names
  // as written, the second without its "'s" ("Standard", "Poor").
  [[nodiscard]] static bool IsPairedFirm(std::string_view first, std::string_view second);

  // Given names and place names from the English word lists of the Debian package
  // link-grammar-dictionaries-en (data files only: kg no longer uses the Link Grammar parser),
  // read at construction when present; without them these lists are empty.
  [[nodiscard]] bool IsGivenName(std::string_view word) const {
    return given_names_.count(std::string(word)) > 0;
  }
  // kMale or kFemale for a given name (case-sensitive, "Ruth") that the word lists give one
  // gender only; kUnknown for one they list for both ("Leslie") or not at all.
  [[nodiscard]] NameGender GenderOfGivenName(std::string_view word) const;
  // True for a given name the word lists give both genders ("Leslie", "Mark").
  [[nodiscard]] bool IsGivenNameOfEitherGender(std::string_view word) const;
  [[nodiscard]] bool IsKnownPlace(std::string_view word) const {
    return places_.count(std::string(word)) > 0;
  }
  // A people, a faith or a nationality, singular or plural, in title case ("German", "Bavarians",
  // "Baptist"): the capitalised entries of the word lists' entities.people plus the demonyms above.
  [[nodiscard]] bool IsDemonym(std::string_view word) const;

  static constexpr const char* kDefaultWordListPath = "/usr/share/link-grammar/en/words";

 private:
  void Add(Country country);
  void LoadWordLists(const std::string& folder);

  std::unordered_set<std::string> given_names_;
  std::unordered_set<std::string> male_names_;
  std::unordered_set<std::string> female_names_;
  std::unordered_set<std::string> either_names_;  // the lists' names of both genders
  std::unordered_set<std::string> places_;
  std::unordered_set<std::string> peoples_;

  std::vector<Country> countries_;
  std::unordered_map<std::string, std::size_t> by_name_;  // lower-case name -> index
};

}  // namespace kg::nlp
