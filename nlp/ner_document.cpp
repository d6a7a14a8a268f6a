#include "nlp/ner_document.h"

#include <map>
#include <set>
#include <unordered_map>

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
      if (m.type == "ORGANIZATION" && m.end - m.begin >= 2 && m.end <= sentences[s].size())
        firsts.insert(Lower(sentences[s][m.begin]));
    }
  }
  for (std::size_t s = 0; s < mentions.size() && s < sentences.size(); ++s) {
    for (EntityMention& m : mentions[s]) {
      if (m.type == "PERSON" && m.end == m.begin + 1 && m.end <= sentences[s].size() &&
          firsts.count(Lower(sentences[s][m.begin])) > 0)
        m.type = "ORGANIZATION";
    }
  }
}

}  // namespace kg::nlp
