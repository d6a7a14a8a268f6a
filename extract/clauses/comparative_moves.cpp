#include "extract/clauses/comparative_moves.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

// Whether token a is an amount: a number, or a noun with a number of its own ("50 cents").
bool IsAmount(const TokenTree& s, int a) {
  if (s.At(a).upos == "NUM") return true;
  return IsNominal(s.At(a)) && (s.HasChild(a, "nummod") || IsAmountToken(s.At(a)));
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 1; c < s.size(); ++c) {
    if (!IsMoveDirection(nlp::Lower(s.At(c).form)) ||
        !(s.At(c).upos == "ADJ" || s.At(c).upos == "ADV"))
      continue;
    const int amount = c - 1;
    if (!IsAmount(s, amount)) continue;
    // The verb: the comparative's head with the amount on it or on the comparative, or the
    // amount's head with the comparative on the amount ("two cents higher" read as one phrase).
    int verb = s.Head(c);
    if (verb == amount)
      verb = s.Head(amount);
    else if (verb >= 0 && s.Head(amount) != verb && s.Head(amount) != c)
      continue;
    else if (verb < 0 && s.Head(amount) != c)
      continue;
    // Only a verb of a market's close or move ("savings bonds were 17 pct higher" misparsed with
    // "savings" a verb is left alone).
    static constexpr std::array<std::string_view, 13> kMoves{
        "end",  "close", "settle", "finish", "open",  "trade", "stand",
        "rise", "fall",  "move",   "edge",   "start", "quote"};
    if (verb < 0 || s.At(verb).upos != "VERB" || verb > amount ||
        std::find(kMoves.begin(), kMoves.end(), s.At(verb).lemma) == kMoves.end())
      continue;
    const std::vector<nlp::Token> kept = tokens;
    for (int t = c + 1; t < s.size(); ++t)
      if (s.Head(t) == c && (BaseRel(s.At(t)) == "obl" || BaseRel(s.At(t)) == "nmod")) {
        // "higher than 1.4 mln hectares" compares; it is the comparative's own.
        const int mark = s.Child(t, "case");
        if (mark < 0 || nlp::Lower(s.At(mark).form) != "than") s.Attach(t, verb, "obl");
      }
    if (s.Head(amount) == c) s.Attach(amount, verb, s.HasChild(verb, "obj") ? "obl" : "obj");
    s.Attach(c, verb, "advmod");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

bool IsMoveDirection(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kDirections{"higher", "lower",  "firmer",
                                                               "weaker", "easier", "stronger"};
  return std::find(kDirections.begin(), kDirections.end(), word) != kDirections.end();
}

void RepairComparativeMoves(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
