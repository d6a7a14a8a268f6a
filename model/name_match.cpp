#include "model/name_match.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "model/unicode.h"

namespace kg::model {
namespace {

// The code points of s, one string each, so distances count characters, not bytes.
std::vector<std::string> CodePoints(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0U) == 0x80U) ++n;
    out.emplace_back(s.substr(i, n));
    i += n;
  }
  return out;
}

std::size_t Levenshtein(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool IsSmallWord(std::string_view w) {
  constexpr std::array<std::string_view, 7> kSmall = {"of", "the", "and", "for", "de", "du", "la"};
  return std::find(kSmall.begin(), kSmall.end(), w) != kSmall.end();
}

// Whether query (loose key, no spaces, at least 2 letters) spells the initials of name's words,
// with small words optional.
bool IsAcronym(std::string_view query, std::string_view name) {
  if (query.size() < 2 || query.find(' ') != std::string_view::npos) return false;
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t e = std::min(name.find_first_of(" -", i), name.size());
    if (e > i) words.push_back(name.substr(i, e - i));
    i = e + 1;
  }
  if (words.size() < 2) return false;
  // Match initials left to right, skipping small words whose initial does not fit.
  std::size_t q = 0;
  for (const std::string_view w : words) {
    if (q < query.size() && w.front() == query[q]) {
      ++q;
    } else if (!IsSmallWord(w)) {
      return false;
    }
  }
  return q == query.size();
}

}  // namespace

std::size_t HintDistance(std::string_view query, std::string_view name) {
  const std::string q = LooseKey(query);
  const std::string n = LooseKey(name);
  if (q == n || IsAcronym(q, n)) return 0;
  return Levenshtein(CodePoints(q), CodePoints(n));
}

bool IsCloseEnough(std::size_t d, std::size_t query_length) {
  return d <= std::max<std::size_t>(3, query_length / 2);
}

}  // namespace kg::model
