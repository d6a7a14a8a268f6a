#include "extract/clauses/clause_adverbials.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 4> kClausePrepositions = {"despite", "amid", "amidst",
                                                                 "notwithstanding"};

bool IsClausePreposition(const nlp::Token& t) {
  const std::string lower = nlp::Lower(t.form);
  for (const std::string_view p : kClausePrepositions)
    if (lower == p) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int p = 0; p < s.size(); ++p) {
    if (!IsClausePreposition(s.At(p)) || BaseRel(s.At(p)) != "case") continue;
    const int noun = s.Head(p);
    if (noun < 0 || BaseRel(s.At(noun)) != "nmod") continue;
    // Up through the nominal heads to the verb whose argument they are.
    // A nominal with a copula or a subject of its own is its clause's predicate ("is leader in
    // mortgage business despite ...").
    const auto predicate = [&](int t) { return s.HasChild(t, "cop") || s.HasChild(t, "nsubj"); };
    int up = s.Head(noun);
    for (int steps = 0; up >= 0 && steps < s.size() && IsNominal(s.At(up)) && !predicate(up) &&
                        BaseRel(s.At(up)) != "root" && s.Head(up) >= 0;
         ++steps)
      up = s.Head(up);
    if (up < 0 || (s.At(up).upos != "VERB" && !predicate(up)) || s.Dominates(noun, up)) continue;
    s.Attach(noun, up, "obl");
  }
}

}  // namespace

void RepairClauseAdverbials(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
