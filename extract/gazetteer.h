#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

struct Country {
  std::string code;                  // ISO 3166-1 alpha-2
  std::string name;                  // the name kg uses for the node ("Russia", "United States")
  std::vector<std::string> aliases;  // every other name it answers to
};

// Name lists that typing and canonical naming use: the countries of ISO 3166-1 (read at run time
// from Debian's iso-codes package, plus the short names news text uses: "U.S.", "Britain",
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
  // "envoy"). Matched case-insensitively on the lemma.
  [[nodiscard]] static bool IsPersonTitle(std::string_view word);
  // Words that end organisation names ("Ministry", "Department", "Inc").
  [[nodiscard]] static bool IsOrganizationWord(std::string_view word);
  [[nodiscard]] static bool IsSpeechVerb(std::string_view lemma);
  [[nodiscard]] static bool IsMonthOrWeekday(std::string_view word);
  [[nodiscard]] static bool IsCurrencyWord(std::string_view word);
  // Adjectives of nationality ("Russian", "German") and what they point to.
  [[nodiscard]] std::optional<std::string> CountryOfDemonym(std::string_view word) const;

 private:
  void Add(Country country);

  std::vector<Country> countries_;
  std::unordered_map<std::string, std::size_t> by_name_;  // lower-case name -> index
};

}  // namespace kg::extract
