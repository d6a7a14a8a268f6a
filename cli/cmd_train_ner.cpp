// kg train ner: trains the named-entity recogniser on GUM's named mentions and UNER, prints the
// GUM dev score.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "model/error.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_train.h"

namespace kg::cli {
namespace {

struct TrainNerOptions {
  std::vector<std::string> gum;   // GUM CoNLL-U with Entity= (train split)
  std::vector<std::string> uner;  // UNER IOB2
  std::string uner_upos;          // the CoNLL-U treebank UNER labels (EWT dev), for its UPOS
  std::string dev;                // GUM dev CoNLL-U
  std::string out;
  int iterations = 0;
  float prune = 0.0F;
  std::uint32_t seed = 1;
  bool no_upos = false;
};

std::ifstream Open(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kIoError, path + ": cannot open");
  return in;
}

std::vector<nlp::NerSentence> ReadTraining(const TrainNerOptions& o,
                                           const nlp::DemonymTest& is_demonym) {
  std::vector<nlp::NerSentence> out;
  for (const std::string& p : o.gum) {
    std::ifstream in = Open(p);
    for (auto& s : nlp::ReadGumEntities(in, p, is_demonym)) out.push_back(std::move(s));
  }
  std::vector<nlp::NerSentence> uner;
  for (const std::string& p : o.uner) {
    std::ifstream in = Open(p);
    for (auto& s : nlp::ReadUner(in, p)) uner.push_back(std::move(s));
  }
  if (!o.uner_upos.empty()) {
    std::ifstream in = Open(o.uner_upos);
    const std::size_t tagged = nlp::AttachUpos(uner, nlp::ReadUposBySentId(in, o.uner_upos));
    std::cout << "ner: UPOS for " << tagged << " of " << uner.size() << " UNER sentences\n";
  }
  for (auto& s : uner) out.push_back(std::move(s));
  return out;
}

void RunTrainNer(const TrainNerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const auto lexicon = nlp::Lexicon::Open();
  const auto gazetteer = std::make_shared<const nlp::Gazetteer>();
  const nlp::DemonymTest is_demonym = [&](std::string_view w) { return gazetteer->IsDemonym(w); };
  const auto train = ReadTraining(o, is_demonym);
  nlp::NerTrainOptions options;
  if (o.iterations > 0) options.iterations = o.iterations;
  options.prune = o.prune;
  options.seed = o.seed;
  options.use_upos = !o.no_upos;
  nlp::TrainNer(train, nlp::NerFeatures(lexicon, gazetteer), options, o.out);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "ner: " << train.size() << " sentences, " << options.iterations << " iterations, "
            << seconds << " s -> " << o.out << " (" << std::filesystem::file_size(o.out)
            << " bytes)\n";
  if (o.dev.empty()) return;
  std::ifstream in = Open(o.dev);
  const auto dev = nlp::ReadGumEntities(in, o.dev, is_demonym);
  const nlp::EntityRecognizer recognizer(o.out, lexicon, gazetteer);
  std::vector<nlp::NerScore> per_class;
  std::cout << "ner dev " << o.dev
            << " (gold UPOS): " << nlp::ScoreNer(recognizer, dev, &per_class).Summary() << "\n";
  for (std::size_t c = 0; c < per_class.size(); ++c) {
    std::cout << "  " << nlp::ClassName(static_cast<nlp::NameClass>(c)) << ": "
              << per_class[c].Summary() << "\n";
  }
}

}  // namespace

void SetupTrainNer(CLI::App& train) {
  auto o = std::make_shared<TrainNerOptions>();
  auto* cmd = train.add_subcommand(
      "ner", "Train the named-entity recogniser on GUM's named mentions and Universal NER");
  cmd->add_option("--gum", o->gum, "GUM CoNLL-U file(s) with Entity= annotations (train split)");
  cmd->add_option("--uner", o->uner, "Universal NER IOB2 file(s)");
  cmd->add_option("--uner-upos", o->uner_upos,
                  "The CoNLL-U treebank the UNER file labels (UD EWT dev), for its UPOS tags");
  cmd->add_option("--dev", o->dev, "GUM dev CoNLL-U to score the model on");
  cmd->add_option("--out", o->out, "Model file to write")->required();
  cmd->add_option("--iterations", o->iterations, "Training epochs (default 8)");
  cmd->add_option("--prune", o->prune, "Drop weights smaller than this on save");
  cmd->add_option("--seed", o->seed, "Seed of the shuffling (default 1)");
  cmd->add_flag("--no-upos", o->no_upos, "Train without UPOS features (no tagger at run time)");
  cmd->callback([o] { RunTrainNer(*o); });
}

}  // namespace kg::cli
