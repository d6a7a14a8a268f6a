// Training of the dependency parser: arc-hybrid, averaged perceptron; greedy with a dynamic
// oracle and exploration (Goldberg and Nivre 2013, Algorithm 3), or with a beam and
// max-violation updates (Huang, Fayong and Guo 2012).
#include <algorithm>
#include <map>
#include <random>

#include "nlp/parser.h"
#include "nlp/parser_beam.h"

namespace kg::nlp {
namespace {

struct Example {
  std::vector<ParserWord> words;
  std::vector<int> heads;   // 0-based, -1 root
  std::vector<int> labels;  // label ids
};

// Cost of a class: its move's cost plus 1 for a gold arc with a wrong label.
int ClassCost(const ParserClasses& classes, const ParserState& state, std::size_t c,
              const Example& e, const int (&move_costs)[3]) {
  const Move move = classes.MoveOf(c);
  int cost = move_costs[static_cast<int>(move)];
  if (move == Move::kShift) return cost;
  const int s0 = state.Stack(0);
  const int head = move == Move::kLeft ? state.Buffer(0) : state.Stack(1);
  if (e.heads[static_cast<std::size_t>(s0)] == head &&
      e.labels[static_cast<std::size_t>(s0)] != classes.LabelOf(c)) {
    ++cost;
  }
  return cost;
}

void TrainSentence(const Example& e, const ParserClasses& classes, PerceptronTrainer& model,
                   bool explore, std::mt19937& rng, double p_explore) {
  ParserState state(e.words.size());
  std::vector<std::uint64_t> features;
  std::vector<float> scores(classes.size());
  std::vector<int> costs(classes.size());
  while (!state.Terminal()) {
    ParserFeatures(state, e.words, features);
    model.Score(features, scores);
    // Costs per move first (they do not depend on the label), then per class.
    int move_costs[3] = {0, 0, 0};
    for (const Move m : {Move::kShift, Move::kLeft, Move::kRight}) {
      const bool legal = m == Move::kShift
                             ? state.CanShift()
                             : (m == Move::kLeft ? state.CanLeft() : state.CanRight());
      if (legal) move_costs[static_cast<int>(m)] = MoveCost(state, m, e.heads);
    }
    std::size_t best_gold = classes.size();
    std::size_t pred = classes.size();
    for (std::size_t c = 0; c < classes.size(); ++c) {
      if (!classes.Legal(state, c)) continue;
      costs[c] = ClassCost(classes, state, c, e, move_costs);
      if (pred == classes.size() || scores[c] > scores[pred]) pred = c;
      if (costs[c] == 0 && (best_gold == classes.size() || scores[c] > scores[best_gold]))
        best_gold = c;
    }
    if (best_gold == classes.size()) best_gold = pred;  // nothing reachable is left to gain
    if (costs[pred] > 0) model.Update(features, best_gold, pred);
    model.Tick();
    const bool follow =
        explore && costs[pred] > 0 && static_cast<double>(rng() % 1000) < p_explore * 1000.0;
    const std::size_t next = follow ? pred : (costs[pred] == 0 ? pred : best_gold);
    state.Apply(classes.MoveOf(next), classes.LabelOf(next));
  }
}

// Move costs of the three moves in `state` (0 for an illegal one: it is never chosen).
void MoveCosts(const ParserState& state, const Example& e, int (&move_costs)[3]) {
  for (const Move m : {Move::kShift, Move::kLeft, Move::kRight}) {
    const bool legal = m == Move::kShift ? state.CanShift()
                                         : (m == Move::kLeft ? state.CanLeft() : state.CanRight());
    move_costs[static_cast<int>(m)] = legal ? MoveCost(state, m, e.heads) : 0;
  }
}

// Replays `classes` (a prefix of a transition sequence) from the initial state, adding `delta`
// to the weights of each step's features for the class taken.
void ReplayUpdate(const Example& e, const ParserClasses& classes,
                  const std::vector<std::uint16_t>& sequence, std::size_t length,
                  PerceptronTrainer& model, float delta) {
  ParserState state(e.words.size());
  std::vector<std::uint64_t> features;
  for (std::size_t i = 0; i < length; ++i) {
    ParserFeatures(state, e.words, features);
    model.Adjust(features, sequence[i], delta);
    state.Apply(classes.MoveOf(sequence[i]), classes.LabelOf(sequence[i]));
  }
}

// One sentence of beam training. The gold sequence is latent: at each step the best-scoring
// move that loses no gold arc (the dynamic oracle's zero-cost moves), so it is the model's own
// favourite among the correct derivations. The update is at the step where the beam's best
// item leads the gold prefix by the most while no item of the beam can still reach the gold
// tree (max-violation), or at the end when the best parse is not the gold tree.
void TrainSentenceBeam(const Example& e, const ParserClasses& classes, PerceptronTrainer& model,
                       std::size_t width) {
  const auto class_cost = [&](const ParserState& state, std::size_t c) {
    int move_costs[3];
    MoveCosts(state, e, move_costs);
    return ClassCost(classes, state, c, e, move_costs);
  };
  ParserState gold(e.words.size());
  double gold_score = 0;
  std::vector<std::uint16_t> gold_sequence;
  std::vector<BeamItem> beam(1);
  beam[0].state = ParserState(e.words.size());
  BeamScratch scratch;
  std::vector<std::uint64_t> features;
  std::vector<float> scores(classes.size());
  double worst = 0;  // the largest violation seen
  std::size_t update_at = 0;
  std::vector<std::uint16_t> update_sequence;
  while (!gold.Terminal()) {
    ParserFeatures(gold, e.words, features);
    model.Score(features, scores);
    int move_costs[3];
    MoveCosts(gold, e, move_costs);
    std::size_t best_gold = classes.size();
    for (std::size_t c = 0; c < classes.size(); ++c) {
      if (!classes.Legal(gold, c) || ClassCost(classes, gold, c, e, move_costs) != 0) continue;
      if (best_gold == classes.size() || scores[c] > scores[best_gold]) best_gold = c;
    }
    if (best_gold == classes.size()) return;  // cannot happen for a projective tree
    gold_score += static_cast<double>(scores[best_gold]);
    gold_sequence.push_back(static_cast<std::uint16_t>(best_gold));
    gold.Apply(classes.MoveOf(best_gold), classes.LabelOf(best_gold));

    BeamStep(beam, scratch, e.words, classes, model, width, true, class_cost);
    const bool gold_in_beam =
        std::any_of(beam.begin(), beam.end(), [](const BeamItem& b) { return b.cost == 0; });
    const double violation = beam[0].score - gold_score;
    if (!gold_in_beam && violation >= worst) {
      worst = violation;
      update_at = gold_sequence.size();
      update_sequence = beam[0].history;
    }
  }
  if (update_at == 0 && beam[0].cost > 0 && beam[0].score >= gold_score) {
    update_at = gold_sequence.size();
    update_sequence = beam[0].history;
  }
  if (update_at > 0) {
    ReplayUpdate(e, classes, gold_sequence, update_at, model, 1.0F);
    ReplayUpdate(e, classes, update_sequence, update_at, model, -1.0F);
  }
  model.Tick();
}

}  // namespace

std::size_t TrainParser(const std::vector<ConlluSentence>& train, const ParserTrainOptions& options,
                        const std::string& path) {
  std::map<std::string, int> label_ids;
  for (const ConlluSentence& s : train) {
    for (const Token& t : s.sentence.tokens) label_ids.emplace(t.deprel, 0);
  }
  ParserClasses classes;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(classes.labels.size());
    classes.labels.push_back(name);
    if (name == "root") classes.root_label = id;
  }
  std::vector<Example> examples;
  std::size_t skipped = 0;
  for (const ConlluSentence& s : train) {
    Example e;
    for (const Token& t : s.sentence.tokens) {
      e.heads.push_back(t.head - 1);
      e.labels.push_back(label_ids.at(t.deprel));
    }
    if (e.heads.empty() || !IsProjective(e.heads)) {
      ++skipped;
      continue;
    }
    e.words = PrepareParserWords(s.sentence.tokens);
    examples.push_back(std::move(e));
  }
  PerceptronTrainer model(classes.size());
  std::mt19937 rng(options.seed);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < options.iterations; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (const std::size_t k : order) {
      if (options.beam > 1) {
        TrainSentenceBeam(examples[k], classes, model, static_cast<std::size_t>(options.beam));
      } else {
        TrainSentence(examples[k], classes, model, epoch > 0, rng, options.explore);
      }
    }
  }
  model.Average();
  PayloadWriter out;
  out.U32(static_cast<std::uint32_t>(classes.labels.size()));
  for (const std::string& l : classes.labels) out.String(l);
  out.U32(static_cast<std::uint32_t>(classes.root_label));
  model.Save(out, options.prune, options.quantise);
  // Only a beam model carries its width: a greedy one stays byte-identical to those written before.
  if (options.beam > 1) out.U32(static_cast<std::uint32_t>(options.beam));
  WriteModelFile(path, ModelKind::kParser, kParserFeatureVersion, out.bytes());
  return skipped;
}

void CompactParser(const std::string& in, const std::string& out, float prune, bool quantise) {
  PayloadWriter payload;
  {
    const ModelFile file(in, ModelKind::kParser, kParserFeatureVersion);
    PayloadReader reader(file.payload(), in);
    const std::uint32_t n = reader.U32();
    payload.U32(n);
    for (std::uint32_t i = 0; i < n; ++i) payload.String(reader.String());
    payload.U32(reader.U32());
    Perceptron(reader).Save(payload, prune, quantise);
    if (!reader.AtEnd()) payload.U32(reader.U32());  // the beam width
  }
  WriteModelFile(out, ModelKind::kParser, kParserFeatureVersion, payload.bytes());
}

}  // namespace kg::nlp
