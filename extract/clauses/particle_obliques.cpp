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
  // "Euras broke even in 1986" with "even" hung on the year: "break even" is one verb ("broke in
  // 1986" was judged wrong), its "even" the verb's particle wherever the parse put it.
  for (int even = 1; even < s.size(); ++even)
    if (nlp::Lower(s.At(even).form) == "even" && s.At(even - 1).upos == "VERB" &&
        nlp::Lower(s.At(even - 1).lemma) == "break" && s.Head(even) != even - 1 &&
        !s.Dominates(even, even - 1))
      s.Attach(even, even - 1, "compound:prt");
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
