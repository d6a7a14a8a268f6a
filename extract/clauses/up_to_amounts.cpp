#include "extract/clauses/up_to_amounts.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Verbs whose "up" is a direction and whose "to" phrase a level or a goal ("went up to 5
// dlrs"), and verbs of changing a level, whose "to" phrase is the new level ("will be increased
// up to 30 dlrs a ton"). Lemmas.
constexpr std::array<std::string_view, 26> kMotions = {
    "go",    "come",  "move",     "rise",  "climb", "jump",  "shoot", "run",   "edge",
    "inch",  "creep", "push",     "step",  "build", "add",   "sum",   "bring", "be",
    "catch", "open",  "increase", "raise", "lift",  "boost", "mark",  "round"};

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int up = 1; up + 2 < s.size(); ++up) {
    const int verb = s.Head(up);
    const int to = up + 1;
    if (verb < 0 || s.At(up).deprel != "compound:prt" || nlp::Lower(s.At(up).form) != "up" ||
        nlp::Lower(s.At(to).form) != "to" || BaseRel(s.At(to)) != "case")
      continue;
    const int amount = s.Head(to);
    if (amount < 0 || s.Head(amount) != verb || BaseRel(s.At(amount)) != "obl" ||
        s.HasChild(verb, "obj") ||
        std::find(kMotions.begin(), kMotions.end(), nlp::Lower(s.At(verb).lemma)) != kMotions.end())
      continue;
    // Nor a passive: its subject is what the verb acts on.
    bool passive = false;
    for (int c = 0; c < s.size() && !passive; ++c)
      passive =
          s.Head(c) == verb && (s.At(c).deprel == "aux:pass" || s.At(c).deprel == "nsubj:pass");
    if (passive) continue;
    // The number "up to" bounds: the amount itself or its number ("10" of "10 mln").
    const int number = s.At(amount).upos == "NUM" ? amount : s.Child(amount, "nummod");
    if (number < 0 || number != to + 1) continue;
    s.Attach(amount, verb, "obj");
    s.Attach(up, number, "advmod");
    s.Attach(to, up, "fixed");
  }
}

}  // namespace

void RepairUpToAmounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
