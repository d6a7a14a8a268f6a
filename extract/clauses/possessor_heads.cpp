#include "extract/clauses/possessor_heads.h"

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int marker = 1; marker + 1 < s.size(); ++marker) {
    const nlp::Token& m = s.At(marker);
    if ((m.form != "'" && m.form != "'s") || m.upos != "PART" || BaseRel(m) != "case") continue;
    const int owner = s.Head(marker);
    if (owner < 0 || owner > marker || !IsNominal(s.At(owner)) || s.At(owner).deprel == "nmod:poss")
      continue;
    // From the word after the marker up through heads further right.
    int owned = marker + 1;
    while (s.Head(owned) > owned) owned = s.Head(owned);
    if (s.Head(owned) != owner || !IsNominal(s.At(owned))) continue;
    const std::vector<nlp::Token> kept = tokens;
    // The owned noun takes the owner's place; the owner keeps its own words (its compounds, its
    // marker) and hands on what follows the owned phrase ("in charge of Asian operations").
    s.At(owned).head = s.At(owner).head;
    s.At(owned).deprel = s.At(owner).deprel;
    for (int c = marker + 1; c < s.size(); ++c)
      if (s.Head(c) == owner && c != owned) s.Attach(c, owned, s.At(c).deprel);
    s.Attach(owner, owned, "nmod:poss");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairPossessorHeads(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
