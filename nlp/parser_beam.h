#pragma once

// Beam search for the arc-hybrid parser (Zhang and Clark 2008, "A tale of two parsers"; Zhang
// and Nivre 2011): every step expands each of the `width` best partial parses by every legal
// move and keeps the `width` best by summed move scores. Every parse of n words takes the same
// number of moves (n SHIFTs and n - 1 arcs), so partial parses in one beam are always comparable.
// A model is worth decoding with a beam only when it was trained with one (TrainParser's
// `beam`, max-violation updates): a greedily trained model scores moves, not sequences.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "nlp/parser.h"

namespace kg::nlp {

// One partial parse in a beam.
struct BeamItem {
  ParserState state{0};
  double score = 0;  // sum of the scores of the moves made
  int cost = 0;      // training only: gold arcs lost so far (0: the gold tree is still reachable)
  std::vector<std::uint16_t> history;  // training only: the classes applied, in order
};

// A move of one item of the beam, with the score the item would then have.
struct BeamCandidate {
  double score = 0;
  std::uint32_t item = 0;
  std::uint32_t cls = 0;
};

// Best first; ties to the lower item, then the lower class, so decoding is deterministic.
inline bool BetterCandidate(const BeamCandidate& a, const BeamCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.cls < b.cls;
}

// Scratch space of a beam search, kept between steps so they allocate nothing.
struct BeamScratch {
  std::vector<BeamItem> next;  // the next beam (its items' vectors are reused)
  std::vector<BeamCandidate> candidates;
  std::vector<std::uint64_t> features;
  std::vector<float> scores;
};

// Advances every item of `beam` by one move, keeping the `width` best (best first). With
// `training`, each kept item's history records the class and its cost adds `class_cost(state,
// cls)` (the gold arcs the move loses from the parent's state). `scratch` is the caller's, kept
// between steps. REQUIRES: no item is terminal.
template <typename Model, typename ClassCost>
void BeamStep(std::vector<BeamItem>& beam, BeamScratch& scratch,
              const std::vector<ParserWord>& words, const ParserClasses& classes,
              const Model& model, std::size_t width, bool training, ClassCost&& class_cost) {
  std::vector<BeamCandidate>& candidates = scratch.candidates;
  std::vector<std::uint64_t>& features = scratch.features;
  std::vector<float>& scores = scratch.scores;
  std::vector<BeamItem>& next = scratch.next;
  candidates.clear();
  scores.resize(classes.size());
  for (std::size_t i = 0; i < beam.size(); ++i) {
    ParserFeatures(beam[i].state, words, features);
    model.Score(features, scores);
    for (std::size_t c = 0; c < classes.size(); ++c) {
      if (!classes.Legal(beam[i].state, c)) continue;
      candidates.push_back({beam[i].score + static_cast<double>(scores[c]),
                            static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(c)});
    }
  }
  const std::size_t keep = std::min(width, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                    candidates.end(), BetterCandidate);
  next.resize(keep);
  for (std::size_t j = 0; j < keep; ++j) {
    const BeamCandidate& cand = candidates[j];
    const BeamItem& parent = beam[cand.item];
    BeamItem& item = next[j];
    item.state = parent.state;  // copy-assignment reuses the vectors' storage
    item.score = cand.score;
    item.cost = parent.cost;
    if (training) {
      item.cost += class_cost(parent.state, cand.cls);
      item.history = parent.history;
      item.history.push_back(static_cast<std::uint16_t>(cand.cls));
    }
    item.state.Apply(classes.MoveOf(cand.cls), classes.LabelOf(cand.cls));
  }
  beam.swap(next);
}

// Parses with a beam of `width` partial parses (width 1 is greedy decoding); returns the best
// final state. REQUIRES: width >= 1.
template <typename Model>
ParserState BeamParseWords(const std::vector<ParserWord>& words, const ParserClasses& classes,
                           const Model& model, std::size_t width) {
  std::vector<BeamItem> beam(1);
  beam[0].state = ParserState(words.size());
  BeamScratch scratch;
  const auto no_cost = [](const ParserState&, std::size_t) { return 0; };
  while (!beam[0].state.Terminal()) {
    BeamStep(beam, scratch, words, classes, model, width, false, no_cost);
  }
  ParserState best = std::move(beam[0].state);
  best.Finish(classes.root_label);
  return best;
}

}  // namespace kg::nlp
