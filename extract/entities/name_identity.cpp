#include "extract/entities/name_identity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "model/unicode.h"
#include "nlp/acronyms.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// Words split at spaces and commas, as written.
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  for (const char c : name) {
    if (c == ' ' || c == ',' || c == '\t' || c == '\n') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string WithoutStops(std::string_view word) {
  std::string out;
  for (const char c : word) {
    if (c != '.') out += c;
  }
  return out;
}

// HeadlineWords of text already case-folded.
std::vector<std::string> SplitHeadline(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.ends_with("'s")) word.resize(word.size() - 2);
    if (word.ends_with('\'')) word.pop_back();  // "ROBOTICS'"
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (const char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) != 0 || ch == '&' || ch == '-' || u >= 0x80 ||
        (ch == '\'' && !word.empty()))
      word += ch;  // already folded
    else if (ch != '.')
      flush();
  }
  flush();
  return words;
}

}  // namespace

bool IsLegalSuffix(std::string_view word) {
  static constexpr std::array<std::string_view, 29> kSuffixes = {
      "inc",  "incorporated", "corp", "corporation", "co",    "company", "ltd", "limited",
      "plc",  "llc",          "llp",  "lp",          "a/s",   "as",      "asa", "ag",
      "gmbh", "sa",           "nv",   "bv",          "spa",   "ab",      "oyj", "pte",
      "oy",   "kgaa",         "sdn",  "bhd",         "berhad"};
  const std::string w = nlp::Lower(WithoutStops(word));
  return std::find(kSuffixes.begin(), kSuffixes.end(), w) != kSuffixes.end();
}

std::string_view RuleName(IdentityRule rule) {
  switch (rule) {
    case IdentityRule::kSameKey:
      return "same key";
    case IdentityRule::kAcronym:
      return "acronym";
    case IdentityRule::kExonym:
      return "exonym";
  }
  return "";
}

std::string WithoutLegalSuffix(std::string_view name) {
  std::vector<std::string> words = Words(name);
  while (words.size() > 1 && IsLegalSuffix(words.back())) words.pop_back();
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string LegalForm(std::string_view name) {
  const std::vector<std::string> words = Words(name);
  std::size_t first = words.size();
  while (first > 1 && IsLegalSuffix(words[first - 1])) --first;
  if (first == words.size()) return "";
  const std::string form = nlp::Lower(WithoutStops(words[first]));
  if (form == "company") return "co";
  if (form == "corporation") return "corp";
  if (form == "incorporated") return "inc";
  if (form == "limited") return "ltd";
  return form;
}

std::string IdentityKey(std::string_view name) {
  std::vector<std::string> words = Words(nlp::Lower(WithoutStops(name)));
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  while (words.size() > 1 && IsLegalSuffix(words.back())) words.pop_back();
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

bool IsAcronymOf(std::string_view short_form, std::string_view long_form) {
  const std::string letters = nlp::AcronymLetters(short_form);
  if (letters.empty()) return false;
  std::vector<std::string> words = Words(WithoutLegalSuffix(long_form));
  if (!words.empty() && nlp::Lower(words.front()) == "the") words.erase(words.begin());
  const auto content = std::count_if(
      words.begin(), words.end(), [](const std::string& w) { return !nlp::IsAcronymConnector(w); });
  if (content < 2) return false;
  // Content words of the long form are names: capitalised, as "European Union" is.
  for (const auto& w : words) {
    if (!nlp::IsAcronymConnector(w) && !IsUpper(w[0])) return false;
  }
  return nlp::SpelledByInitials(letters, words);
}

std::optional<std::string> CurrentNameOf(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kNames = {{
      {"kiev", "Kyiv"},
      {"kharkov", "Kharkiv"},
      {"odessa", "Odesa"},
      {"lvov", "Lviv"},
      {"nikolayev", "Mykolaiv"},
      {"zaporozhye", "Zaporizhzhia"},
      {"dnepropetrovsk", "Dnipro"},
      {"artemovsk", "Bakhmut"},
      {"peking", "Beijing"},
      {"bombay", "Mumbai"},
      {"calcutta", "Kolkata"},
      {"madras", "Chennai"},
      {"bangalore", "Bengaluru"},
      {"rangoon", "Yangon"},
      {"burma", "Myanmar"},
      {"ceylon", "Sri Lanka"},
      {"swaziland", "Eswatini"},
      {"byelorussia", "Belarus"},
  }};
  const std::string key = IdentityKey(name);
  for (const auto& [old_name, current] : kNames) {
    if (key == old_name) return std::string(current);
  }
  return std::nullopt;
}

std::optional<IdentityRule> SameEntity(std::string_view a, std::string_view b) {
  if (IdentityKey(a) == IdentityKey(b)) return IdentityRule::kSameKey;
  const auto current_a = CurrentNameOf(a);
  const auto current_b = CurrentNameOf(b);
  if ((current_a && IdentityKey(*current_a) == IdentityKey(b)) ||
      (current_b && IdentityKey(*current_b) == IdentityKey(a))) {
    return IdentityRule::kExonym;
  }
  if (IsAcronymOf(a, b) || IsAcronymOf(b, a)) return IdentityRule::kAcronym;
  return std::nullopt;
}

std::vector<std::string> HeadlineWords(std::string_view text) {
  // Folded first, so that any letter's case is one ("SOCIÉTÉ" names "Société Générale").
  return SplitHeadline(model::FoldCase(text));
}

bool HeadlineNames(const std::vector<std::string>& headline_words, std::string_view name) {
  const std::vector<std::string> words = HeadlineWords(WithoutLegalSuffix(name));
  return !words.empty() && words.size() <= headline_words.size() &&
         std::search(headline_words.begin(), headline_words.end(), words.begin(), words.end()) !=
             headline_words.end();
}

bool HeadlineNames(std::string_view headline, std::string_view name) {
  return HeadlineNames(HeadlineWords(headline), name);
}

}  // namespace kg::extract
