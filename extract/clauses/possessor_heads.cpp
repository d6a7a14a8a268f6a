#include "extract/clauses/possessor_heads.h"

#include <string_view>

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

// A relation that belongs to a clause, not to a noun phrase inside it.
bool IsClauseRelation(std::string_view rel) {
  return rel == "nsubj" || rel == "csubj" || rel == "cop" || rel == "aux" || rel == "expl" ||
         rel == "mark" || rel == "advmod" || rel == "cc" || rel == "punct" || rel == "obl" ||
         rel == "advcl" || rel == "parataxis";
}

// "Mexico is the world's two largest silver producers" parsed with the subject and the copula
// on "world", the possessor of "producers": they go to the possessed noun, the predicate.
void RepairCopularPossessors(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int owner = 1; owner < s.size(); ++owner) {
    if (s.At(owner).deprel != "nmod:poss" || !s.HasChild(owner, "cop")) continue;
    const int owned = s.Head(owner);
    if (owned <= owner || !IsNominal(s.At(owned))) continue;
    const std::vector<nlp::Token> kept = tokens;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == owner && IsClauseRelation(BaseRel(s.At(c))))
        s.Attach(c, owned, s.At(c).deprel);
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairPossessorHeads(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairCopularPossessors(s.tokens);
  }
}

}  // namespace kg::extract
