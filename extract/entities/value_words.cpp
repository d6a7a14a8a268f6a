#include "extract/entities/value_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <utility>

#include <rapidjson/document.h>

#include "extract/entities/values.h"
#include "nlp/words.h"

namespace kg::extract::values_internal {
namespace {

bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The multi-byte currency signs kg reads, as UTF-8.
constexpr std::array<std::string_view, 3> kSigns = {"\u20AC", "\u00A3", "\u00A5"};

std::size_t SignAt(std::string_view s, std::size_t i) {
  for (const auto sign : kSigns) {
    if (s.substr(i, sign.size()) == sign) return sign.size();
  }
  return 0;
}

// Digits with inner "," and "." ("1,234.5"); a trailing separator is punctuation, not part of it.
std::size_t NumberEnd(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && (IsAsciiDigit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() &&
                                                 IsAsciiDigit(s[j + 1])))) {
    ++j;
  }
  return j;
}

// Letters with inner full stops ("U.S.") and a final one after a single letter ("U.S." keeps its
// last stop); a letter run followed by "$" is a currency prefix ("US$", "C$").
std::size_t WordEnd(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && (IsAsciiAlpha(s[j]) ||
                          (s[j] == '.' && j + 1 < s.size() && IsAsciiAlpha(s[j + 1]) && j > i))) {
    ++j;
  }
  if (j < s.size() && s[j] == '.' && j >= 2 && s[j - 2] == '.') ++j;
  return j;
}

const std::map<std::string, std::string, std::less<>>& CommonCurrencyWords() {
  static const std::map<std::string, std::string, std::less<>> words = {
      {"dollar", "USD"},
      {"dollars", "USD"},
      {"dlr", "USD"},
      {"dlrs", "USD"},
      {"euro", "EUR"},
      {"euros", "EUR"},
      {"pound", "GBP"},
      {"pounds", "GBP"},
      {"sterling", "GBP"},
      {"stg", "GBP"},
      {"yen", "JPY"},
      {"yuan", "CNY"},
      {"renminbi", "CNY"},
      {"rouble", "RUB"},
      {"roubles", "RUB"},
      {"ruble", "RUB"},
      {"rubles", "RUB"},
      {"rupee", "INR"},
      {"rupees", "INR"},
      {"hryvnia", "UAH"},
      {"hryvnias", "UAH"},
      {"zloty", "PLN"},
      {"zlotys", "PLN"},
      {"shekel", "ILS"},
      {"shekels", "ILS"},
      {"lira", "TRY"},
      {"cent", "USD"},
      {"cents", "USD"},
      {"pence", "GBP"},
      {"penny", "GBP"},
      {"ct", "USD"},
      {"cts", "USD"},
      // Currencies the euro replaced, which iso-codes no longer lists and older newswire names
      // ("12.0 billion marks", "500 mln guilders"): their ISO 4217 codes.
      {"mark", "DEM"},
      {"marks", "DEM"},
      {"guilder", "NLG"},
      {"guilders", "NLG"},
      {"lire", "ITL"},
      {"peseta", "ESP"},
      {"pesetas", "ESP"},
      {"schilling", "ATS"},
      {"schillings", "ATS"},
      {"escudo", "PTE"},
      {"escudos", "PTE"},
      {"drachma", "GRD"},
      {"drachmas", "GRD"},
      {"ecu", "XEU"},
      {"ecus", "XEU"},
  };
  return words;
}

// The names of more than one word that ISO 4217's list lacks, singular and plural: former
// currencies ("French francs", "Danish crowns", the newswire's English for kroner) and
// currencies whose ISO name is the word alone ("1.2 billion Japanese yen": "Yen").
const std::map<std::string, std::string, std::less<>>& FormerCurrencyNames() {
  static const auto names = [] {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kNames{{
        {"french franc", "FRF"},
        {"belgian franc", "BEF"},
        {"luxembourg franc", "LUF"},
        {"deutsche mark", "DEM"},
        {"west german mark", "DEM"},
        {"dutch guilder", "NLG"},
        {"italian lira", "ITL"},
        {"austrian schilling", "ATS"},
        {"spanish peseta", "ESP"},
        {"portuguese escudo", "PTE"},
        {"finnish markka", "FIM"},
        {"irish punt", "IEP"},
        {"danish crown", "DKK"},
        {"swedish crown", "SEK"},
        {"norwegian crown", "NOK"},
        {"japanese yen", "JPY"},
        {"chinese yuan", "CNY"},
        {"chinese renminbi", "CNY"},
    }};
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& [name, code] : kNames) {
      out.emplace(std::string(name), std::string(code));
      out.emplace(std::string(name) + "s", std::string(code));
    }
    out.emplace("italian lire", "ITL");
    return out;
  }();
  return names;
}

// ISO 4217 names, lower case, each also in the plural: "swiss franc(s)" -> CHF.
std::map<std::string, std::string, std::less<>> LoadIsoNames() {
  std::map<std::string, std::string, std::less<>> names;
  std::ifstream in(kIso4217Path, std::ios::binary);
  if (!in) return names;
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("4217")) return names;
  for (const auto& entry : doc["4217"].GetArray()) {
    if (!entry.HasMember("alpha_3") || !entry.HasMember("name")) continue;
    const std::string code = entry["alpha_3"].GetString();
    const std::string name = nlp::Lower(entry["name"].GetString());
    names.emplace(name, code);
    names.emplace(name + "s", code);
  }
  return names;
}

const std::map<std::string, std::string, std::less<>>& IsoNames() {
  static const auto names = LoadIsoNames();
  return names;
}

bool IsIsoCode(std::string_view written) {
  if (written.size() != 3 || !std::all_of(written.begin(), written.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) != 0;
      })) {
    return false;
  }
  return std::any_of(IsoNames().begin(), IsoNames().end(),
                     [&](const auto& entry) { return entry.second == written; });
}

}  // namespace

std::vector<Piece> Lex(std::string_view s) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiDigit(c) || (c == '.' && i + 1 < s.size() && IsAsciiDigit(s[i + 1]))) {
      const std::size_t end = NumberEnd(s, c == '.' ? i + 1 : i);
      const std::string text(s.substr(i, end - i));
      pieces.push_back({Piece::Kind::kNumber, text, text});
      i = end;
    } else if (IsAsciiAlpha(c)) {
      const std::size_t end = WordEnd(s, i);
      if (end < s.size() && s[end] == '$') {
        const std::string text(s.substr(i, end + 1 - i));
        pieces.push_back({Piece::Kind::kSymbol, nlp::Lower(text), text});
        i = end + 1;
      } else {
        const std::string text(s.substr(i, end - i));
        pieces.push_back({Piece::Kind::kWord, nlp::Lower(text), text});
        i = end;
      }
    } else if (c == '$' || c == '%') {
      pieces.push_back({Piece::Kind::kSymbol, std::string(1, c), std::string(1, c)});
      ++i;
    } else if (const std::size_t n = SignAt(s, i); n > 0) {
      const std::string text(s.substr(i, n));
      pieces.push_back({Piece::Kind::kSymbol, text, text});
      i += n;
    } else {
      ++i;  // spaces, hyphens, commas, brackets, other punctuation separate pieces
    }
  }
  return pieces;
}

std::optional<double> ScaleOf(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, double>, 16> kScales = {{
      {"thousand", 1e3},
      {"k", 1e3},
      {"million", 1e6},
      {"mln", 1e6},
      {"mn", 1e6},
      {"m", 1e6},
      {"mio", 1e6},
      {"billion", 1e9},
      {"bln", 1e9},
      {"bn", 1e9},
      {"b", 1e9},
      {"trillion", 1e12},
      {"tn", 1e12},
      {"trn", 1e12},
      {"millions", 1e6},
      {"billions", 1e9},
  }};
  for (const auto& [name, scale] : kScales) {
    if (word == name) return scale;
  }
  return std::nullopt;
}

std::optional<int> MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return static_cast<int>(m) + 1;
    // Abbreviations: "jan", "sept"; "may" and "march" are whole words already.
    if (word.size() >= 3 && word.size() <= 4 && kMonths[m].substr(0, word.size()) == word) {
      return static_cast<int>(m) + 1;
    }
  }
  return std::nullopt;
}

std::optional<int> WeekdayOf(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (std::size_t d = 0; d < kDays.size(); ++d) {
    if (word == kDays[d] || (word.size() == 3 && kDays[d].substr(0, 3) == word)) {
      return static_cast<int>(d);
    }
  }
  return std::nullopt;
}

bool IsApproximator(std::string_view word) {
  // "a record 5.45 billion dlrs", "a net 427 mln dlrs": what the amount was, not how much (the
  // nouns a parse repair leaves before the amount; adjectives are no part of a value's name).
  // "at least 100 mln dlrs", "at most 5 pct": a bound, as "up to" is.
  static constexpr std::array<std::string_view, 22> kWords = {
      "about", "around", "nearly",   "almost", "roughly", "approximately", "some", "over",
      "under", "up",     "to",       "than",   "more",    "less",          "at",   "least",
      "most",  "record", "all-time", "net",    "gross",   "total"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

std::optional<std::string> CurrencyOfSymbol(std::string_view symbol) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kSymbols = {{
      {"$", "USD"},
      {"us$", "USD"},
      {"u.s.$", "USD"},
      {"c$", "CAD"},
      {"ca$", "CAD"},
      {"a$", "AUD"},
      {"au$", "AUD"},
      {"hk$", "HKD"},
      {"nz$", "NZD"},
      {"s$", "SGD"},
      {"\u20AC", "EUR"},
      {"\u00A3", "GBP"},
      {"\u00A5", "JPY"},
  }};
  for (const auto& [sign, code] : kSymbols) {
    if (symbol == sign) return std::string(code);
  }
  return std::nullopt;
}

std::optional<std::string> CurrencyOfWords(const std::vector<Piece>& pieces, std::size_t i,
                                           std::size_t* used) {
  if (i >= pieces.size() || pieces[i].kind != Piece::Kind::kWord) return std::nullopt;
  // Longest ISO name first ("swiss francs", "us dollar"), then one word.
  for (std::size_t n = std::min<std::size_t>(3, pieces.size() - i); n >= 1; --n) {
    std::string joined;
    bool all_words = true;
    for (std::size_t k = 0; k < n; ++k) {
      all_words = all_words && pieces[i + k].kind == Piece::Kind::kWord;
      if (k > 0) joined += ' ';
      // The newswire's abbreviations of the places whose dollars it names: "H.K. Dlrs".
      const std::string& piece = pieces[i + k].text;
      joined += piece == "u.s."   ? "us"
                : piece == "h.k." ? "hong kong"
                : piece == "n.z." ? "new zealand"
                                  : piece;
    }
    if (!all_words) continue;
    if (const auto it = IsoNames().find(joined); it != IsoNames().end()) {
      *used = n;
      return it->second;
    }
    if (const auto it = FormerCurrencyNames().find(joined); it != FormerCurrencyNames().end()) {
      *used = n;
      return it->second;
    }
    // "40 mln Canadian dlrs", "Hong Kong dlrs": the newswire's abbreviation after a country's
    // adjective is that country's dollar.
    if (n >= 2) {
      const std::string& last = pieces[i + n - 1].text;
      if (last == "dlr" || last == "dlrs" || last == "dollar" || last == "dollars") {
        const std::string named = joined.substr(0, joined.rfind(' ')) + " dollar";
        if (const auto it = IsoNames().find(named); it != IsoNames().end()) {
          *used = n;
          return it->second;
        }
      }
    }
    if (n == 2 &&
        (pieces[i].text == "u.s." || pieces[i].text == "us" || pieces[i].text == "american")) {
      if (const auto it = CommonCurrencyWords().find(pieces[i + 1].text);
          it != CommonCurrencyWords().end() && it->second == "USD") {
        *used = 2;
        return it->second;
      }
    }
    if (n == 2 && pieces[i].text == "pounds" && pieces[i + 1].text == "sterling") {
      *used = 2;
      return "GBP";
    }
  }
  if (const auto it = CommonCurrencyWords().find(pieces[i].text);
      it != CommonCurrencyWords().end()) {
    *used = 1;
    return it->second;
  }
  if (IsIsoCode(pieces[i].original)) {
    *used = 1;
    return pieces[i].original;
  }
  return std::nullopt;
}

}  // namespace kg::extract::values_internal
