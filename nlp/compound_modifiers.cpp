#include "nlp/compound_modifiers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr std::array<std::string_view, 13> kVerbPrefixes = {"co",    "re",     "pre", "de",  "un",
                                                            "over",  "under",  "out", "mis", "lead",
                                                            "cross", "double", "self"};

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() > end.size() && s.substr(s.size() - end.size()) == end;
}

// "state-owned": letters around one or more inner hyphens, ending in -ed or -ing.
bool IsHyphenatedParticiple(std::string_view form) {
  const std::size_t hyphen = form.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || form.back() == '-') return false;
  if (!std::all_of(form.begin(), form.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '-';
      }))
    return false;
  if (form.find("--") != std::string_view::npos) return false;
  const std::string lower = Lower(form);
  if (!EndsWith(lower, "ed") && !EndsWith(lower, "ing")) return false;
  const std::string_view first = std::string_view(lower).substr(0, hyphen);
  return std::find(kVerbPrefixes.begin(), kVerbPrefixes.end(), first) == kVerbPrefixes.end();
}

bool IsModifiable(const Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ" || t.upos == "NUM";
}

}  // namespace

void RetagCompoundModifiers(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if ((t.xpos != "VBN" && t.xpos != "VBD" && t.xpos != "VBG") || !IsModifiable(tokens[i + 1]) ||
        !IsHyphenatedParticiple(t.form))
      continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
  }
}

void RetagTitleParticiples(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 4> kParticiples = {"managing", "acting",
                                                                   "presiding", "founding"};
  static constexpr std::array<std::string_view, 15> kOffices = {
      "director",  "partner",   "editor",      "board", "member",
      "chairman",  "president", "governor",    "judge", "trustee",
      "secretary", "minister",  "underwriter", "agent", "manager"};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.upos != "VERB" ||
        std::find(kParticiples.begin(), kParticiples.end(), Lower(t.form)) == kParticiples.end())
      continue;
    // "managing general partner", "acting general manager": the office after "general".
    const std::size_t office =
        i + 2 < tokens.size() && Lower(tokens[i + 1].form) == "general" ? i + 2 : i + 1;
    std::string next = Lower(tokens[office].form);
    if (next.ends_with("men"))
      next.replace(next.size() - 3, 3, "man");
    else if (next.size() > 1 && next.back() == 's')
      next.pop_back();
    if (std::find(kOffices.begin(), kOffices.end(), next) == kOffices.end()) continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
  }
}

void RetagTitleRanks(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const bool heads = i + 1 < tokens.size() && IsModifiable(tokens[i + 1]);
    if (t.upos == "ADJ" && t.form == "executive" && !heads) {
      t.upos = "NOUN";
      t.xpos = "NN";
    }
  }
  // "general", "managing" and "group" name offices too ("general manager", "group treasurer")
  // but are no adjectives of rank.
  const auto rank = [](std::string_view form) {
    return Gazetteer::IsTitleRank(form) && form != "general" && form != "managing" &&
           form != "group";
  };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    if (t.upos != "NOUN" || t.form != Lower(t.form) || !rank(t.form)) continue;
    if (next.form != Lower(next.form) || (next.upos != "NOUN" && next.upos != "ADJ")) continue;
    if (!rank(next.form)) continue;
    // "Texaco Canada chief executive Peter Bijur": the parser reads a title before a name so.
    if (i + 2 < tokens.size() && tokens[i + 2].upos == "PROPN") continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
  }
}

}  // namespace kg::nlp
