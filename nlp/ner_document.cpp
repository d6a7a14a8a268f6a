#include "nlp/ner_document.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "nlp/firm_names.h"
#include "nlp/ner_features.h"
#include "nlp/results_rows.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

// The mention's words, case-folded and joined by spaces: "LEEDS UNITED" and "Leeds United" match.
std::string Key(const std::vector<std::string>& tokens, const EntityMention& m) {
  std::string key;
  for (std::size_t i = m.begin; i < m.end && i < tokens.size(); ++i)
    key += (i == m.begin ? "" : " ") + Lower(tokens[i]);
  return key;
}

}  // namespace

void KeepDocumentTypes(const std::vector<std::vector<std::string>>& sentences,
                       std::vector<std::vector<EntityMention>>& mentions) {
  // How many of each name's mentions have each type (std::map: a fixed order of types).
  std::unordered_map<std::string, std::map<std::string, std::size_t>> votes;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (const EntityMention& m : mentions[s]) {
      if (!IsValueType(m.type)) ++votes[Key(sentences[s], m)][m.type];
    }
  }
  std::unordered_map<std::string, std::string> winner;
  for (const auto& [key, count] : votes) {
    std::size_t total = 0;
    for (const auto& [type, n] : count) total += n;
    for (const auto& [type, n] : count) {
      if (2 * n > total) winner[key] = type;
    }
  }
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (EntityMention& m : mentions[s]) {
      if (IsValueType(m.type)) continue;
      const auto it = winner.find(Key(sentences[s], m));
      if (it != winner.end()) m.type = it->second;
    }
  }
}

void KeepTeamsInDocument(const std::vector<std::vector<std::string>>& sentences,
                         std::vector<std::vector<EntityMention>>& mentions) {
  std::set<std::string> teams;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    if (!IsResultsRow(sentences[s])) continue;
    for (const EntityMention& m : mentions[s]) {
      if (m.type == "ORGANIZATION" && IsScore(sentences[s], m.end))
        teams.insert(Key(sentences[s], m));
    }
  }
  if (teams.empty()) return;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (EntityMention& m : mentions[s]) {
      if (m.type == "ORGANIZATION" || m.type == "COUNTRY" || IsValueType(m.type) ||
          teams.count(Key(sentences[s], m)) == 0)
        continue;
      const std::string before = m.begin > 0 ? Lower(sentences[s][m.begin - 1]) : "";
      if (before == "in" || before == "at" || before == "from") continue;
      m.type = "ORGANIZATION";
    }
  }
}

void ShortFirmNames(const std::vector<std::vector<std::string>>& sentences,
                    std::vector<std::vector<EntityMention>>& mentions) {
  std::set<std::string> firsts;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (const EntityMention& m : mentions[s]) {
      if (m.type != "ORGANIZATION" || m.end - m.begin < 2 || m.end > sentences[s].size()) continue;
      firsts.insert(Lower(sentences[s][m.begin]));
      // "Walt Disney Co": the word before the legal form names the firm too ("Disney").
      if (m.end - m.begin >= 3 && IsLegalForm(sentences[s][m.end - 1]))
        firsts.insert(Lower(sentences[s][m.end - 2]));
    }
  }
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (EntityMention& m : mentions[s]) {
      if (m.type == "PERSON" && m.end == m.begin + 1 && m.end <= sentences[s].size() &&
          firsts.count(Lower(sentences[s][m.begin])) > 0)
        m.type = "ORGANIZATION";
    }
  }
  // "Thomas and Betts said" beside "Thomas and Betts Corp": the two names before the legal form
  // are the firm, not two persons.
  std::set<std::vector<std::string>> pairs;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s)
    for (const EntityMention& m : mentions[s])
      if (m.type == "ORGANIZATION" && m.end - m.begin == 4 && m.end <= sentences[s].size() &&
          Lower(sentences[s][m.begin + 1]) == "and" && IsLegalForm(sentences[s][m.end - 1]))
        pairs.insert({Lower(sentences[s][m.begin]), "and", Lower(sentences[s][m.begin + 2])});
  if (pairs.empty()) return;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    const std::vector<std::string>& words = sentences[s];
    for (std::size_t i = 0; i + 3 <= words.size(); ++i) {
      if (pairs.count({Lower(words[i]), Lower(words[i + 1]), Lower(words[i + 2])}) == 0) continue;
      if (i + 3 < words.size() && IsLegalForm(words[i + 3])) continue;  // the full name
      auto& in = mentions[s];
      std::erase_if(in, [&](const EntityMention& m) { return m.begin < i + 3 && m.end > i; });
      in.push_back({i, i + 3, "ORGANIZATION"});
      std::sort(in.begin(), in.end(),
                [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
    }
  }
}

void SurnamesOfPersons(const std::vector<std::vector<std::string>>& sentences,
                       std::vector<std::vector<EntityMention>>& mentions) {
  std::set<std::string> surnames;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (const EntityMention& m : mentions[s]) {
      if (m.type == "PERSON" && m.end - m.begin >= 2 && m.end <= sentences[s].size())
        surnames.insert(Lower(sentences[s][m.end - 1]));
    }
  }
  if (surnames.empty()) return;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (EntityMention& m : mentions[s]) {
      if (m.end != m.begin + 1 || m.end > sentences[s].size() ||
          surnames.count(Lower(sentences[s][m.begin])) == 0)
        continue;
      // A place's name is the person's only where it speaks ("Holland said", after "David M.
      // Holland"): a country may be said again beside a person named after it ("Jordan").
      const std::string next = m.end < sentences[s].size() ? Lower(sentences[s][m.end]) : "";
      const bool speaks = next == "said" || next == "says" || next == "added" || next == "told";
      if (m.type == "OTHER" || m.type == "EVENT" || m.type == "PRODUCT" ||
          (speaks && (m.type == "COUNTRY" || m.type == "CITY" || m.type == "LOCATION")))
        m.type = "PERSON";
    }
  }
}

void NamesSaidAgain(const std::vector<std::vector<std::string>>& sentences,
                    std::vector<std::vector<EntityMention>>& mentions) {
  constexpr std::size_t kMaxWords = 3;
  // Each name's words, case-folded, and how often each type was given to them; a person's
  // surname alone counts as the person.
  std::map<std::vector<std::string>, std::map<std::string, std::size_t>> names;
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (const EntityMention& m : mentions[s]) {
      if (IsValueType(m.type) || m.end > sentences[s].size() || m.end <= m.begin) continue;
      std::vector<std::string> words;
      for (std::size_t i = m.begin; i < m.end; ++i) words.push_back(Lower(sentences[s][i]));
      ++names[words][m.type];
      if (m.type == "PERSON" && words.size() >= 2) ++names[{words.back()}][m.type];
    }
  }
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    const std::vector<std::string>& tokens = sentences[s];
    std::vector<bool> taken(tokens.size(), false);
    for (const EntityMention& m : mentions[s])
      for (std::size_t i = m.begin; i < m.end && i < tokens.size(); ++i) taken[i] = true;
    const bool headline = IsHeadline(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (taken[i] || tokens[i].empty() ||
          std::isupper(static_cast<unsigned char>(tokens[i][0])) == 0)
        continue;
      for (std::size_t n = std::min(kMaxWords, tokens.size() - i); n >= 1; --n) {
        const bool free = std::none_of(taken.begin() + static_cast<std::ptrdiff_t>(i),
                                       taken.begin() + static_cast<std::ptrdiff_t>(i + n),
                                       [](bool b) { return b; });
        // Not part of a longer name ("General" of "General Motors", outside capitals' headlines)
        // nor a title.
        const bool capital_next = n == 1 && !headline && i + 1 < tokens.size() &&
                                  !tokens[i + 1].empty() &&
                                  std::isupper(static_cast<unsigned char>(tokens[i + 1][0])) != 0;
        const bool runs_on = (i + n < tokens.size() && taken[i + n]) || capital_next;
        if (!free || runs_on ||
            (n == 1 && (Gazetteer::IsPersonTitle(tokens[i]) || Gazetteer::IsHonorific(tokens[i]))))
          continue;
        std::vector<std::string> words;
        for (std::size_t k = i; k < i + n; ++k) words.push_back(Lower(tokens[k]));
        // One word needs three letters or more: a stray "I" labelled a person once is no name.
        const auto it = names.find(words);
        if (it == names.end() || (n == 1 && words[0].size() < 3)) continue;
        // The type given to more than half of its mentions; none without such a majority.
        std::size_t total = 0;
        for (const auto& [type, count] : it->second) total += count;
        const auto best = std::find_if(it->second.begin(), it->second.end(),
                                       [&](const auto& t) { return 2 * t.second > total; });
        if (best == it->second.end()) continue;
        mentions[s].push_back({i, i + n, best->first});
        i += n - 1;
        break;
      }
    }
    std::sort(mentions[s].begin(), mentions[s].end(),
              [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
  }
}

}  // namespace kg::nlp
