// Training of the dependency parser: greedy arc-hybrid, averaged perceptron, dynamic oracle
// with exploration (Goldberg and Nivre 2013, Algorithm 3).
#include <map>
#include <random>

#include "nlp/parser.h"

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
      TrainSentence(examples[k], classes, model, epoch > 0, rng, options.explore);
    }
  }
  model.Average();
  PayloadWriter out;
  out.U32(static_cast<std::uint32_t>(classes.labels.size()));
  for (const std::string& l : classes.labels) out.String(l);
  out.U32(static_cast<std::uint32_t>(classes.root_label));
  model.Save(out, options.prune, options.quantise);
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
  }
  WriteModelFile(out, ModelKind::kParser, kParserFeatureVersion, payload.bytes());
}

}  // namespace kg::nlp
