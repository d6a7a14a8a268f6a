#include "nlp/ner_train.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace kg::nlp {
namespace {

std::string Upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The training sentences with their contexts prepared once, in document order (the memory
// features depend on the sentences before), plus capitalised copies.
std::vector<std::pair<NerSentenceContext, const std::vector<NerLabel>*>> PrepareAll(
    const std::vector<NerSentence>& train, const NerFeatures& features,
    const NerTrainOptions& options) {
  std::vector<std::pair<NerSentenceContext, const std::vector<NerLabel>*>> out;
  NerDocumentMemory memory;
  const std::vector<std::string> no_tags;
  for (std::size_t k = 0; k < train.size(); ++k) {
    const NerSentence& s = train[k];
    if (k == 0 || s.doc != train[k - 1].doc) memory = {};
    out.emplace_back(features.Prepare(s.tokens, options.use_upos ? s.upos : no_tags, memory),
                     &s.labels);
    if (options.caps_every > 0 && k % options.caps_every == 0) {
      std::vector<std::string> caps;
      for (const auto& t : s.tokens) caps.push_back(Upper(t));
      NerDocumentMemory fresh;
      out.emplace_back(features.Prepare(caps, options.use_upos ? s.upos : no_tags, fresh),
                       &s.labels);
    }
  }
  return out;
}

// Fisher-Yates with mt19937, whose output the C++ standard fixes: the same order everywhere.
void Shuffle(std::vector<std::size_t>& order, std::mt19937& rng) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::size_t j = rng() % i;
    std::swap(order[i - 1], order[j]);
  }
}

}  // namespace

void TrainNer(const std::vector<NerSentence>& train, const NerFeatures& features,
              const NerTrainOptions& options, const std::string& out_path) {
  const auto data = PrepareAll(train, features, options);
  PerceptronTrainer model(kNerLabelCount);
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(kNerLabelCount);
  for (int it = 0; it < options.iterations; ++it) {
    Shuffle(order, rng);
    for (const std::size_t k : order) {
      const auto& [sentence, gold] = data[k];
      NerLabel prev = kOutside;
      NerLabel prev2 = kOutside;
      for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        feats.clear();
        features.Extract(sentence, i, prev, prev2, feats);
        model.Score(feats, scores);
        NerLabel guess = kOutside;
        for (std::size_t l = 1; l < kNerLabelCount; ++l) {
          const auto label = static_cast<NerLabel>(l);
          if (Allowed(prev, label) && scores[l] > scores[guess]) guess = label;
        }
        model.Update(feats, (*gold)[i], guess);
        model.Tick();
        prev2 = prev;
        prev = guess;
      }
    }
  }
  model.Average();
  PayloadWriter out;
  out.U32(options.use_upos ? 1 : 0);
  model.Save(out, options.prune, options.quantise);
  WriteModelFile(out_path, ModelKind::kNer, kNerFeatureVersion, out.bytes());
}

double NerScore::Precision() const {
  return predicted == 0 ? 0.0
                        : 100.0 * static_cast<double>(correct) / static_cast<double>(predicted);
}
double NerScore::Recall() const {
  return gold == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold);
}
double NerScore::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
std::string NerScore::Summary() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "P %.2f R %.2f F1 %.2f (gold %zu, predicted %zu)", Precision(),
                Recall(), F1(), gold, predicted);
  return buf;
}

NerScore ScoreNer(const EntityRecognizer& recognizer, const std::vector<NerSentence>& dev,
                  std::vector<NerScore>* per_class) {
  NerScore total;
  if (per_class) per_class->assign(kNameClassCount, NerScore{});
  NerDocumentMemory memory;
  for (std::size_t k = 0; k < dev.size(); ++k) {
    if (k == 0 || dev[k].doc != dev[k - 1].doc) memory = {};
    const auto gold = LabelSpans(dev[k].labels);
    const auto guess = LabelSpans(recognizer.Label(dev[k].tokens, dev[k].upos, memory));
    total.gold += gold.size();
    total.predicted += guess.size();
    for (const auto& g : gold) {
      const bool hit = std::find(guess.begin(), guess.end(), g) != guess.end();
      total.correct += hit ? 1 : 0;
      if (per_class) {
        auto& c = (*per_class)[static_cast<std::size_t>(g.cls)];
        ++c.gold;
        c.correct += hit ? 1 : 0;
      }
    }
    if (per_class) {
      for (const auto& g : guess) ++(*per_class)[static_cast<std::size_t>(g.cls)].predicted;
    }
  }
  return total;
}

}  // namespace kg::nlp
