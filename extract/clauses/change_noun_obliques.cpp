#include "extract/clauses/change_noun_obliques.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 21> kChanges = {
    "rise",      "increase", "decline",  "fall",        "drop",          "slump",    "growth",
    "jump",      "gain",     "surge",    "improvement", "deterioration", "recovery", "rebound",
    "reduction", "cut",      "slowdown", "upturn",      "downturn",      "change",   "shift"};

// Whether the phrase of `t` names a time: a tagged date, a number, or a calendar or period word
// ("in later months", "in 1986", "in the past 10 years").
bool NamesTime(const TokenTree& s, int t) {
  static constexpr std::array<std::string_view, 6> kPeriods = {"period", "term",   "time",
                                                               "past",   "future", "decade"};
  for (int c = 0; c < s.size(); ++c) {
    if (!s.Dominates(t, c)) continue;
    const nlp::Token& w = s.At(c);
    const std::string lemma = nlp::Lower(w.lemma);
    if (w.entity.ends_with("-DATE") || w.upos == "NUM" || nlp::IsCalendarWord(lemma) ||
        std::find(kPeriods.begin(), kPeriods.end(), lemma) != kPeriods.end())
      return true;
  }
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int object = 0; object < s.size(); ++object) {
    const int verb = s.Head(object);
    if (verb < 0 || BaseRel(s.At(object)) != "obj" || s.At(object).upos != "NOUN" ||
        s.At(verb).upos != "VERB" ||
        std::find(kChanges.begin(), kChanges.end(), nlp::Lower(s.At(object).lemma)) ==
            kChanges.end())
      continue;
    bool has_in = false;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == object && BaseRel(s.At(c)) == "nmod") {
        const int k = s.Child(c, "case");
        has_in = has_in || (k >= 0 && nlp::Lower(s.At(k).form) == "in");
      }
    if (has_in) continue;
    const int next = s.Rightmost(object) + 1;
    if (next >= s.size() || nlp::Lower(s.At(next).form) != "in" || BaseRel(s.At(next)) != "case")
      continue;
    const int where = s.Head(next);
    if (where < 0 || s.Head(where) != verb || BaseRel(s.At(where)) != "obl" || NamesTime(s, where))
      continue;
    s.Attach(where, object, "nmod");
  }
}

}  // namespace

void RepairChangeNounObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
