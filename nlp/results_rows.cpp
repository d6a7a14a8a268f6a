#include "nlp/results_rows.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace kg::nlp {
namespace {

bool IsNumber(std::string_view w) {
  bool digit = false;
  for (const char ch : w) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isdigit(c) != 0) {
      digit = true;
    } else if (ch != '.' && ch != ',' && ch != '-' && ch != '/' && ch != ':') {
      return false;
    }
  }
  return digit;
}

// 1996-08-30
bool IsIsoDate(std::string_view w) {
  if (w.size() != 10 || w[4] != '-' || w[7] != '-') return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return c == '-' || std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

bool IsPlaceType(const std::string& type) { return type == "CITY" || type == "LOCATION"; }

}  // namespace

bool IsScore(const std::vector<std::string>& tokens, std::size_t i) {
  return i < tokens.size() && IsNumber(tokens[i]) && !IsIsoDate(tokens[i]);
}

bool IsResultsRow(const std::vector<std::string>& tokens) {
  constexpr std::size_t kMaxLowerWords = 2;
  std::size_t lower = 0;
  bool number = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto c = static_cast<unsigned char>(tokens[i].empty() ? '\0' : tokens[i][0]);
    if (std::islower(c) != 0) ++lower;
    number = number || IsScore(tokens, i);
  }
  return number && lower <= kMaxLowerWords;
}

std::vector<std::pair<std::size_t, std::size_t>> TeamNamesOfRow(
    const std::vector<std::string>& tokens) {
  constexpr std::size_t kStandingsColumns = 4;
  const auto capitalised = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(tokens[i].empty() ? '\0' : tokens[i][0]);
    return std::isupper(c) != 0 || c >= 0xC0;
  };
  // Runs of capitalised words and runs of numbers, in order; anything else ends the pattern.
  struct Run {
    std::size_t begin, end;
    bool name;
  };
  std::vector<Run> runs;
  std::size_t end = 0;
  while (end < tokens.size()) {
    const bool name = capitalised(end);
    if (!name && !IsScore(tokens, end)) break;
    std::size_t next = end;
    while (next < tokens.size() && (name ? capitalised(next) : IsScore(tokens, next))) ++next;
    runs.push_back({end, next, name});
    end = next;
  }
  // The rest of the row may only be a parenthesis ("( in 12 )", "( halftime 50-28 )").
  if (end < tokens.size() && tokens[end] != "(") return {};
  std::vector<std::pair<std::size_t, std::size_t>> teams;
  if (runs.size() == 2 && runs[0].name && !runs[1].name &&
      runs[1].end - runs[1].begin >= kStandingsColumns && end == tokens.size()) {
    teams.emplace_back(runs[0].begin, runs[0].end);  // "Brentford 4 3 1 0 9 3 10"
  } else if (runs.size() == 4 && runs[0].name && !runs[1].name && runs[2].name && !runs[3].name &&
             runs[1].end - runs[1].begin == 1 && runs[3].end - runs[3].begin == 1) {
    teams.emplace_back(runs[0].begin, runs[0].end);  // "Stenhousemuir 0 Stranraer 1"
    teams.emplace_back(runs[2].begin, runs[2].end);
  }
  return teams;
}

std::vector<EntityMention> TeamsInResultsRows(const std::vector<std::string>& tokens,
                                              std::vector<EntityMention> mentions,
                                              const Gazetteer& gazetteer) {
  if (!IsResultsRow(tokens)) return mentions;
  for (EntityMention& m : mentions) {
    if (IsPlaceType(m.type) && IsScore(tokens, m.end)) m.type = "ORGANIZATION";
  }
  for (const auto& [begin, end] : TeamNamesOfRow(tokens)) {
    // A national side keeps its country; a person's name stays a person's ("Paul Tracy 54").
    bool keep = false;
    for (const EntityMention& m : mentions) {
      if (m.begin >= end || m.end <= begin) continue;
      keep = keep || m.type == "COUNTRY" ||
             (m.type == "PERSON" && m.end - m.begin >= 2 && gazetteer.IsGivenName(tokens[m.begin]));
    }
    if (keep) continue;
    std::erase_if(mentions, [&](const EntityMention& m) { return m.begin < end && m.end > begin; });
    mentions.push_back({begin, end, "ORGANIZATION"});
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
  return mentions;
}

std::vector<EntityMention> TeamsInFixtures(const std::vector<std::string>& tokens,
                                           std::vector<EntityMention> mentions) {
  for (std::size_t v = 1; v + 1 < tokens.size(); ++v) {
    if (tokens[v] != "v" && tokens[v] != "vs" && tokens[v] != "vs.") continue;
    for (EntityMention& m : mentions) {
      if ((m.end == v || m.begin == v + 1) && IsPlaceType(m.type)) m.type = "ORGANIZATION";
    }
  }
  return mentions;
}

}  // namespace kg::nlp
