#include "extract/clauses/coordinated_compounds.h"

#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int plural = 3; plural < s.size(); ++plural) {
    if (BaseRel(s.At(plural)) != "conj" || s.At(plural).xpos != "NNS") continue;
    const int first = s.Head(plural);
    const int cc = first + 1;
    const int compound = first + 2;
    if (first < 0 || compound >= plural || s.At(first).xpos != "NN" || s.Head(cc) != plural ||
        BaseRel(s.At(cc)) != "cc" || s.Head(compound) != plural ||
        BaseRel(s.At(compound)) != "compound" || s.At(compound).xpos != "NN")
      continue;
    // Only the compound and the coordinator between the two nouns' words.
    bool between = false;
    for (int t = compound + 1; t < plural; ++t) between = between || s.Head(t) != plural;
    if (between) continue;
    // The first noun bare: an owner ("Penney's") is all it may have before it.
    bool modified = false;
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != first || c == plural) continue;
      const std::string& rel = s.At(c).deprel;
      modified =
          modified || !(rel == "nmod:poss" || rel == "case" || (rel == "punct" && c > first));
    }
    if (modified) continue;
    s.Attach(plural, s.Head(first), s.At(first).deprel);
    for (int c = 0; c < first; ++c)
      if (s.Head(c) == first) s.Attach(c, plural, s.At(c).deprel);
    s.Attach(first, plural, "compound");
    s.Attach(compound, first, "conj");
    s.Attach(cc, compound, "cc");
  }
}

}  // namespace

void RepairCoordinatedCompounds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
