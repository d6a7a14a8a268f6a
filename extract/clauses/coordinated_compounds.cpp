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

void RepairAppositions(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // "weather and farming sources said" parsed with "weather" the subject, "farming" its conjunct
  // and "sources" its apposition: "weather" and "farming" spoke (the node "farming" was judged
  // junk). A noun right after the second of two bare nouns joined by "and" or "or", hung on the
  // first as its apposition, is what both modify: "the plastics and chemicals company said" too
  // (sheet 1219: "plastics" had been the speaker). An adjective before them is the phrase's too
  // ("Japanese currency and bond traders said": the speaker had been "Japanese currency and
  // bond", sheet 1293).
  const auto common = [&](int t) { return s.At(t).xpos == "NN" || s.At(t).xpos == "NNS"; };
  for (int plural = 3; plural < s.size(); ++plural) {
    const int first = s.Head(plural);
    const int second = plural - 1;
    if (BaseRel(s.At(plural)) != "appos" || !common(plural) || first < 0 || first + 2 != second ||
        !common(first) || !common(second) || s.Head(second) != first ||
        BaseRel(s.At(second)) != "conj" || s.Head(first + 1) != second ||
        BaseRel(s.At(first + 1)) != "cc")
      continue;
    bool bare = true;
    for (int c = 0; c < s.size(); ++c)
      if ((s.Head(c) == first && c != second && c != plural &&
           !(c < first && (BaseRel(s.At(c)) == "det" || BaseRel(s.At(c)) == "amod"))) ||
          (s.Head(c) == second && c != first + 1))
        bare = false;
    if (!bare) continue;
    s.Attach(plural, s.Head(first), s.At(first).deprel);
    for (int c = 0; c < first; ++c)
      if (s.Head(c) == first) s.Attach(c, plural, s.At(c).deprel);
    s.Attach(first, plural, "compound");
  }
}

}  // namespace

void RepairCoordinatedCompounds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

void RepairCoordinatedModifierAppositions(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) RepairAppositions(s.tokens);
}

}  // namespace kg::extract
