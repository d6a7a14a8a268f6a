#include "extract/clauses/name_relatives.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 2> kRelativePronouns = {"which", "who"};

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int r = 0; r < s.size(); ++r) {
    if (s.At(r).deprel != "acl:relcl") continue;
    const int noun = s.Head(r);
    if (noun < 0 || s.At(noun).upos != "NOUN") continue;
    // ", which" opening the clause, right after the noun's phrase.
    // The relative word is the clause's own and comes first in it, a few words before its verb
    // (no walk over the whole clause: a sentence may be a million words long).
    int pronoun = -1;
    for (int p = r - 1; p >= 0 && p >= r - 12 && pronoun < 0; --p)
      if (FormIsOneOf(s.At(p), kRelativePronouns) && s.Head(p) == r) pronoun = p;
    if (pronoun < 2 || s.At(pronoun - 1).form != ",") continue;
    bool first = true;
    for (int p = pronoun + 1; p < r && first; ++p)
      if (!s.Dominates(r, p)) first = false;
    if (!first) continue;
    // Up from the word before the comma to the name that is an nmod inside the noun's phrase.
    int name = pronoun - 2;
    while (name >= 0 && name > noun && !(BaseRel(s.At(name)) == "nmod" && IsNominal(s.At(name))) &&
           s.Head(name) > noun)
      name = s.Head(name);
    if (name <= noun || s.At(name).upos != "PROPN" || BaseRel(s.At(name)) != "nmod" ||
        s.Rightmost(name) != pronoun - 2 || !s.Dominates(noun, name))
      continue;
    s.Attach(r, name, "acl:relcl");
  }
}

}  // namespace

void RepairNameRelatives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
