#include "extract/clauses/place_states.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int state = 2; state < s.size(); ++state) {
    // Only an abbreviation: "Idaho, Utah, Montana" is a list of states.
    if (!nlp::IsApState(s.At(state).form) || !s.At(state).form.ends_with('.') ||
        s.At(state - 1).form != "," || s.At(state - 2).upos != "PROPN")
      continue;
    if (state + 1 < s.size() && s.At(state + 1).upos != "PUNCT") continue;
    // The place's head: up from its last word while the head lies inside the run of proper
    // nouns ("San Francisco" with either word the head).
    int first = state - 2;
    while (first > 0 && s.At(first - 1).upos == "PROPN") --first;
    int place = state - 2;
    for (int steps = 0; steps < s.size(); ++steps) {
      const int h = s.Head(place);
      if (h < first || h > state - 2) break;
      place = h;
    }
    if (s.Head(state) == place && BaseRel(s.At(state)) == "appos") continue;
    if (s.Dominates(state, place)) continue;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == state && s.At(c).upos != "PUNCT") s.Attach(c, place, s.At(c).deprel);
    s.Attach(state, place, "appos");
  }
}

}  // namespace

void RepairPlaceStates(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
