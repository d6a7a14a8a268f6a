#include "extract/clauses/particle_obliques.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 6> kParticles{"forward", "ahead", "back",
                                                              "away",    "out",   "off"};
  const TokenTree s(tokens);
  for (int particle = 1; particle < s.size(); ++particle) {
    const int verb = particle - 1;
    if (s.Head(particle) != verb || s.At(particle).deprel != "advmod" ||
        s.At(verb).upos != "VERB" || !FormIsOneOf(s.At(particle), kParticles))
      continue;
    // "working ahead of the deadline": "ahead of" is one preposition, its phrase the adverb's.
    if (particle + 1 < s.size() && nlp::Lower(s.At(particle + 1).form) == "of") continue;
    for (int c = particle + 1; c < s.size(); ++c)
      if (s.Head(c) == particle && BaseRel(s.At(c)) == "obl") s.Attach(c, verb, s.At(c).deprel);
  }
}

}  // namespace

void RepairParticleObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
