#include "nlp/acronyms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <map>

#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

char LowerChar(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Can letters[i...] be spelled by the initials of words[j...]?
bool Spells(std::string_view letters, std::size_t i, const std::vector<std::string>& words,
            std::size_t j) {
  if (j == words.size()) return i == letters.size();
  const std::string& word = words[j];
  if (word.empty()) return false;
  if (IsAcronymConnector(word) && Spells(letters, i, words, j + 1)) return true;
  if (i < letters.size() && LowerChar(word[0]) == letters[i] &&
      Spells(letters, i + 1, words, j + 1)) {
    return true;
  }
  // A hyphenated word may give one initial per part: "Co-operation" -> "co".
  std::size_t k = i;
  bool all_parts = word.find('-') != std::string::npos;
  for (std::size_t start = 0; all_parts && start < word.size();) {
    const std::size_t end = std::min(word.find('-', start), word.size());
    if (end == start || k >= letters.size() || LowerChar(word[start]) != letters[k]) {
      all_parts = false;
    }
    ++k;
    start = end + 1;
  }
  return all_parts && Spells(letters, k, words, j + 1);
}

// The run right before "( ACRONYM )" at `open` whose initials spell it: [begin, open), or
// begin == open when there is none.
std::size_t LongFormBefore(const std::vector<std::string>& tokens, std::size_t open,
                           std::string_view letters) {
  constexpr std::size_t kMaxWords = 12;
  if (open == 0 || IsAcronymConnector(tokens[open - 1]) || !StartsWithCapital(tokens[open - 1]))
    return open;
  std::vector<std::string> words;
  std::size_t content = 0;
  for (std::size_t b = open; b > 0 && open - b < kMaxWords;) {
    --b;
    const std::string& w = tokens[b];
    const bool connector = IsAcronymConnector(w);
    if (!connector && !StartsWithCapital(w)) break;
    words.insert(words.begin(), w);
    if (connector) continue;
    ++content;
    if (content >= 2 && Spells(letters, 0, words, 0)) return b;
  }
  return open;
}

// Puts `m` in place of the mentions it overlaps, unless one of them runs past its ends.
void Place(std::vector<EntityMention>& mentions, const EntityMention& m) {
  for (const EntityMention& o : mentions)
    if (o.end > m.begin && o.begin < m.end && (o.begin < m.begin || o.end > m.end)) return;
  std::erase_if(mentions,
                [&](const EntityMention& o) { return o.end > m.begin && o.begin < m.end; });
  mentions.push_back(m);
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
}

// The type of the long form [begin, open) before "( ACRONYM )": ORGANIZATION when one of its
// words is an organisation's ("Organisation", "Exchange", "Authority"; "Minneapolis Grain
// Exchange" had been read as a place), else the recogniser's for the very words when it says
// what kind of thing they are, else its type for the acronym when that says one, else OTHER
// ("Value Added Tax"). Never a PERSON.
std::string LongFormType(const std::vector<std::string>& tokens,
                         const std::vector<EntityMention>& mentions, std::size_t begin,
                         std::size_t open) {
  const auto named = [](const std::string& type) {
    return !IsValueType(type) && type != "PERSON" && type != "OTHER" && type != "NORP";
  };
  for (std::size_t i = begin; i < open; ++i)
    if (Gazetteer::IsOrganizationWord(tokens[i])) return "ORGANIZATION";
  for (const EntityMention& m : mentions)
    if (m.begin == begin && m.end == open && named(m.type)) return m.type;
  for (const EntityMention& m : mentions)
    if (m.begin == open + 1 && m.end == open + 2 && named(m.type)) return m.type;
  return "OTHER";
}

}  // namespace

std::string AcronymLetters(std::string_view word) {
  std::string letters;
  for (const char c : word)
    if (c != '.') letters += c;
  if (letters.size() < 2 || letters.size() > 8) return {};
  if (!std::all_of(letters.begin(), letters.end(), IsAlpha)) return {};
  const bool all_caps = std::all_of(letters.begin(), letters.end(), IsUpper);
  const bool capitalised = IsUpper(letters[0]) && letters.size() >= 4 &&
                           std::none_of(letters.begin() + 1, letters.end(), IsUpper);
  return all_caps || capitalised ? Lower(letters) : std::string();
}

bool SpelledByInitials(std::string_view letters, const std::vector<std::string>& words) {
  return !letters.empty() && Spells(letters, 0, words, 0);
}

bool IsCapitalAcronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) != 0;
         });
}

bool IsAcronymConnector(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kWords = {"of", "for", "and", "the", "de",
                                                             "on", "in",  "&",   "to"};
  const std::string w = Lower(word);
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

void AcronymLongForms(const std::vector<std::vector<std::string>>& sentences,
                      std::vector<std::vector<EntityMention>>& mentions) {
  // Each long form's words and the type its mentions take.
  std::map<std::vector<std::string>, std::string> defined;
  for (std::size_t s = 0; s < sentences.size() && s < mentions.size(); ++s) {
    const std::vector<std::string>& tokens = sentences[s];
    for (std::size_t open = 1; open + 2 < tokens.size(); ++open) {
      if (tokens[open] != "(" || tokens[open + 2] != ")") continue;
      const std::string& acronym = tokens[open + 1];
      // Written in capitals: "( Opec )" is as likely a name of its own.
      if (!std::all_of(acronym.begin(), acronym.end(),
                       [](char c) { return c == '.' || IsUpper(c); }))
        continue;
      const std::string letters = AcronymLetters(acronym);
      if (letters.empty()) continue;
      const std::size_t begin = LongFormBefore(tokens, open, letters);
      if (begin == open) continue;
      const std::string type = LongFormType(tokens, mentions[s], begin, open);
      Place(mentions[s], {begin, open, type});
      Place(mentions[s], {open + 1, open + 2, type});
      defined[std::vector<std::string>(tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(open))] = type;
      defined[{acronym}] = type;
    }
  }
  if (defined.empty()) return;
  for (std::size_t s = 0; s < sentences.size() && s < mentions.size(); ++s) {
    const std::vector<std::string>& tokens = sentences[s];
    for (const auto& [words, type] : defined) {
      for (std::size_t i = 0; i + words.size() <= tokens.size(); ++i) {
        if (!std::equal(words.begin(), words.end(),
                        tokens.begin() + static_cast<std::ptrdiff_t>(i)))
          continue;
        Place(mentions[s], {i, i + words.size(), type});
        i += words.size() - 1;
      }
    }
  }
}

}  // namespace kg::nlp
