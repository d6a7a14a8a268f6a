// Training of the part-of-speech tagger: the lexicon from counts, then perceptron epochs.
#include <algorithm>
#include <array>
#include <cctype>
#include <exception>
#include <fstream>
#include <map>
#include <random>
#include <thread>

#include "model/error.h"
#include "nlp/tagger.h"
#include "nlp/utf8.h"

namespace kg::nlp {
namespace {

// Honnibal's thresholds for the tag dictionary.
constexpr std::size_t kSureMinCount = 20;
constexpr double kSureMinShare = 0.97;
constexpr std::size_t kAmbiguityMinCount = 3;

std::string Label(const Token& t) { return t.upos + "\t" + t.xpos; }

template <typename Map>
std::vector<typename Map::const_iterator> Sorted(const Map& m) {
  std::vector<typename Map::const_iterator> out;
  for (auto it = m.begin(); it != m.end(); ++it) out.push_back(it);
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a->first < b->first; });
  return out;
}

// WordNet's one-word lemmas by part of speech (index.*) and its irregular forms (*.exc).
void ReadWordNet(const std::string& dir, TaggerLexicon& lexicon) {
  const std::array<std::pair<const char*, std::uint32_t>, 4> kFiles = {
      {{"noun", 1}, {"verb", 2}, {"adj", 4}, {"adv", 8}}};
  for (const auto& [name, bit] : kFiles) {
    for (const bool exceptions : {false, true}) {
      const std::string path =
          dir + (exceptions ? "/" + std::string(name) + ".exc" : "/index." + std::string(name));
      std::ifstream in(path);
      if (!in)
        throw Error(ErrorCode::kNotFound, path + ": cannot open (hint: install wordnet-base)");
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;  // the licence header
        const std::string word = line.substr(0, line.find(' '));
        if (word.find('_') != std::string::npos) continue;
        lexicon.wordnet[word] |= exceptions ? bit << 4U : bit;
      }
    }
  }
}

TaggerLexicon BuildLexicon(const std::vector<ConlluSentence>& train,
                           const std::string& wordnet_dir) {
  std::map<std::string, std::uint32_t> label_ids;
  std::map<std::string, std::map<std::string, std::size_t>> word_labels;  // cased form
  std::map<std::string, std::map<std::string, std::size_t>> word_upos;    // lower form
  std::map<std::string, std::map<std::string, std::size_t>> spellings;
  for (const ConlluSentence& s : train) {
    for (const Token& t : s.sentence.tokens) {
      label_ids.emplace(Label(t), 0);
      word_labels[t.form][Label(t)]++;
      const std::string lower = LowerAscii(t.form);
      word_upos[lower][t.upos]++;
      spellings[lower][t.form]++;
    }
  }
  TaggerLexicon lexicon;
  if (!wordnet_dir.empty()) ReadWordNet(wordnet_dir, lexicon);
  for (auto& [label, id] : label_ids) {
    id = static_cast<std::uint32_t>(lexicon.labels.size());
    lexicon.labels.push_back(label);
  }
  for (const auto& [word, counts] : word_labels) {
    std::size_t total = 0;
    std::size_t best = 0;
    std::string best_label;
    for (const auto& [label, n] : counts) {
      total += n;
      if (n > best) best = n, best_label = label;
    }
    if (total >= kSureMinCount &&
        static_cast<double>(best) >= kSureMinShare * static_cast<double>(total)) {
      lexicon.sure.emplace(word, label_ids[best_label]);
    }
  }
  // Only words seen often enough: a class learnt from a word seen once would be a perfect
  // feature in training that unknown words never have at run time.
  for (const auto& [word, tags] : word_upos) {
    std::size_t total = 0;
    for (const auto& [tag, n] : tags) total += n;
    if (total < kAmbiguityMinCount) continue;
    std::string joined;
    for (const auto& [tag, n] : tags) {
      if (n * 20 >= total) joined += tag + " ";  // tags of at least 5% of its uses
    }
    lexicon.ambiguity.emplace(word, HashString(joined));
  }
  for (const auto& [lower, forms] : spellings) {
    const auto best =
        std::max_element(forms.begin(), forms.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->first != lower) lexicon.truecase.emplace(lower, best->first);
  }
  return lexicon;
}

struct Example {
  TaggerWords words;
  std::vector<std::uint32_t> gold;
  // The first pass's labels, which the second pass sees: imperfect like its labels at run time.
  // From first passes that never saw the sentence (jackknifing) or, with
  // options.first_pass_folds < 2, the first pass's own guesses in its last epoch.
  std::vector<std::uint32_t> first;
};

// Trains one pass; a first pass records its last epoch's guesses in each example when `record`.
PerceptronTrainer TrainPass(std::vector<Example>& examples, const TaggerLexicon& lexicon,
                            const TaggerTrainOptions& options, std::mt19937& rng, bool second,
                            bool record) {
  PerceptronTrainer model(lexicon.labels.size());
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint64_t> features;
  std::vector<float> scores(lexicon.labels.size());
  const std::vector<std::uint32_t> none;
  for (int epoch = 0; epoch < options.iterations; ++epoch) {
    // A Fisher-Yates shuffle with our own index draws, so every standard library gives one order.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (const std::size_t k : order) {
      Example& e = examples[k];
      std::vector<std::uint32_t> labels;
      for (std::size_t i = 0; i < e.gold.size(); ++i) {
        const auto sure = lexicon.sure.find(e.words[i].cased_form);
        if (sure != lexicon.sure.end()) {
          labels.push_back(sure->second);
          continue;
        }
        TaggerFeatures(e.words, i, labels, second ? e.first : none, features);
        model.Score(features, scores);
        const auto guess = static_cast<std::uint32_t>(ArgMax(scores));
        model.Update(features, e.gold[i], guess);
        model.Tick();
        labels.push_back(guess);
      }
      if (!second && record) e.first = std::move(labels);
    }
  }
  model.Average();
  return model;
}

// Gives every example the labels of a first pass trained on the other folds (fold = index modulo
// `folds`), decoded as at run time (Collins and Koo 2005's jackknifing, here between the tagger's
// own passes). One thread a fold, each with its own seed, so the result does not depend on timing.
void JackknifeFirstLabels(std::vector<Example>& examples, const TaggerLexicon& lexicon,
                          const TaggerTrainOptions& options) {
  const auto folds = static_cast<std::size_t>(options.first_pass_folds);
  std::vector<std::vector<std::uint32_t>> labels(examples.size());
  const auto fold = [&](std::size_t f) {
    std::vector<Example> rest;
    for (std::size_t i = 0; i < examples.size(); ++i) {
      if (i % folds != f) rest.push_back(examples[i]);
    }
    std::mt19937 rng(options.seed + static_cast<std::uint32_t>(f) + 1);
    const PerceptronTrainer model = TrainPass(rest, lexicon, options, rng, false, false);
    for (std::size_t i = f; i < examples.size(); i += folds) {
      labels[i] = TagWords(examples[i].words, {}, lexicon, model);
    }
  };
  std::vector<std::exception_ptr> errors(folds);
  std::vector<std::thread> threads;
  for (std::size_t f = 0; f < folds; ++f) {
    threads.emplace_back([&fold, &errors, f] {
      try {
        fold(f);
      } catch (...) {
        errors[f] = std::current_exception();  // rethrown after join
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
  for (std::size_t i = 0; i < examples.size(); ++i) examples[i].first = std::move(labels[i]);
}

}  // namespace

void WriteTaggerLexicon(PayloadWriter& out, const TaggerLexicon& lexicon) {
  out.U32(static_cast<std::uint32_t>(lexicon.labels.size()));
  for (const std::string& l : lexicon.labels) out.String(l);
  out.U32(static_cast<std::uint32_t>(lexicon.sure.size()));
  for (const auto& it : Sorted(lexicon.sure)) {
    out.String(it->first);
    out.U32(it->second);
  }
  out.U32(static_cast<std::uint32_t>(lexicon.ambiguity.size()));
  for (const auto& it : Sorted(lexicon.ambiguity)) {
    out.String(it->first);
    out.U64(it->second);
  }
  out.U32(static_cast<std::uint32_t>(lexicon.truecase.size()));
  for (const auto& it : Sorted(lexicon.truecase)) {
    out.String(it->first);
    out.String(it->second);
  }
  out.U32(static_cast<std::uint32_t>(lexicon.wordnet.size()));
  for (const auto& it : Sorted(lexicon.wordnet)) {
    out.String(it->first);
    out.U32(it->second);
  }
}

void TrainTagger(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                 const std::string& path) {
  const TaggerLexicon lexicon = BuildLexicon(train, options.wordnet_dir);
  std::map<std::string, std::uint32_t> ids;
  for (std::uint32_t i = 0; i < lexicon.labels.size(); ++i) ids.emplace(lexicon.labels[i], i);
  std::vector<Example> examples;
  for (const ConlluSentence& s : train) {
    std::vector<std::string> forms;
    Example e;
    for (const Token& t : s.sentence.tokens) {
      forms.push_back(t.form);
      e.gold.push_back(ids.at(Label(t)));
    }
    e.words = PrepareTaggerWords(forms, lexicon);
    examples.push_back(std::move(e));
  }
  const bool jackknife = options.first_pass_folds > 1 &&
                         examples.size() >= static_cast<std::size_t>(options.first_pass_folds);
  if (jackknife) JackknifeFirstLabels(examples, lexicon, options);
  std::mt19937 rng(options.seed);
  PerceptronTrainer first = TrainPass(examples, lexicon, options, rng, false, !jackknife);
  PerceptronTrainer second = TrainPass(examples, lexicon, options, rng, true, false);
  PayloadWriter out;
  WriteTaggerLexicon(out, lexicon);
  first.Save(out, options.prune, options.quantise);
  second.Save(out, options.prune, options.quantise);
  WriteModelFile(path, ModelKind::kTagger, kTaggerFeatureVersion, out.bytes());
}

void CompactTagger(const std::string& in, const std::string& out, float prune, bool quantise) {
  PayloadWriter payload;
  {
    const ModelFile file(in, ModelKind::kTagger, kTaggerFeatureVersion);
    PayloadReader reader(file.payload(), in);
    WriteTaggerLexicon(payload, ReadTaggerLexicon(reader));
    for (int pass = 0; pass < 2; ++pass) Perceptron(reader).Save(payload, prune, quantise);
  }
  WriteModelFile(out, ModelKind::kTagger, kTaggerFeatureVersion, payload.bytes());
}

}  // namespace kg::nlp
