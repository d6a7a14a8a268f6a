// kg train tagger|parser: trains kg's models on UD treebanks (CoNLL-U) and prints dev scores.
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <thread>

#include <unistd.h>

#include "cli/commands.h"
#include "model/error.h"
#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace kg::cli {
namespace {

struct TrainOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string in;  // compact: the model to read
  std::string out;
  std::string tagger;  // parser: tag dev (and, with --jackknife, train) with this tagger
  int iterations = 0;  // 0: the model's default
  float prune = 0.0F;
  bool quantise = false;
  int jackknife = 0;
  int beam = 1;  // parser: train and decode with a beam of this many parses
  int first_pass_folds =
      nlp::TaggerTrainOptions{}.first_pass_folds;  // tagger's, and parser's jackknife taggers'
  std::uint32_t seed = 1;
};

std::vector<nlp::ConlluSentence> ReadAllTrain(const std::vector<std::string>& paths) {
  std::vector<nlp::ConlluSentence> out;
  for (const std::string& p : paths) {
    auto part = nlp::ReadConlluFile(p);
    for (auto& s : part) out.push_back(std::move(s));
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

nlp::Scores ScoreTagger(const nlp::Tagger& tagger, const std::vector<nlp::ConlluSentence>& dev) {
  nlp::Scores scores;
  for (const auto& s : dev) {
    std::vector<nlp::Token> tokens = s.sentence.tokens;
    tagger.Tag(tokens);
    scores.Add(s.sentence.tokens, tokens);
  }
  return scores;
}

void RunTrainTagger(const TrainOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const auto train = ReadAllTrain(o.train);
  nlp::TaggerTrainOptions options;
  if (o.iterations > 0) options.iterations = o.iterations;
  options.prune = o.prune;
  options.quantise = o.quantise;
  options.seed = o.seed;
  options.first_pass_folds = o.first_pass_folds;
  nlp::TrainTagger(train, options, o.out);
  std::cout << "tagger: " << train.size() << " sentences, " << options.iterations << " iterations, "
            << Seconds(start) << " s -> " << o.out << " (" << std::filesystem::file_size(o.out)
            << " bytes)\n";
  if (!o.dev.empty()) {
    const nlp::Tagger tagger(o.out);
    std::cout << "tagger dev " << o.dev << ": "
              << ScoreTagger(tagger, nlp::ReadConlluFile(o.dev)).Summary() << "\n";
  }
}

// Replaces the gold tags of `train` by tags predicted by taggers trained on the other folds, so
// the parser learns from tags as good as it will see (jackknifing; Collins and Koo 2005).
void JackknifeTags(std::vector<nlp::ConlluSentence>& train, int folds, const TrainOptions& o) {
  // One thread a fold: each trains on the other folds and tags only its own sentences.
  const auto fold = [&train, folds, &o](int f) {
    const std::string tmp = o.out + ".fold" + std::to_string(f) + ".tmp";
    std::vector<nlp::ConlluSentence> rest;
    for (std::size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % static_cast<std::size_t>(folds)) != f) rest.push_back(train[i]);
    }
    nlp::TaggerTrainOptions options;
    options.seed = o.seed;
    options.first_pass_folds = o.first_pass_folds;
    nlp::TrainTagger(rest, options, tmp);
    const nlp::Tagger tagger(tmp);
    for (std::size_t i = static_cast<std::size_t>(f); i < train.size();
         i += static_cast<std::size_t>(folds)) {
      tagger.Tag(train[i].sentence.tokens);
    }
    std::filesystem::remove(tmp);
  };
  std::vector<std::exception_ptr> errors(static_cast<std::size_t>(folds));
  std::vector<std::thread> threads;
  for (int f = 0; f < folds; ++f) {
    threads.emplace_back([&fold, &errors, f] {
      try {
        fold(f);
      } catch (...) {
        errors[static_cast<std::size_t>(f)] = std::current_exception();  // rethrown after join
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

void RunTrainParser(const TrainOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  auto train = ReadAllTrain(o.train);
  if (o.jackknife > 1) JackknifeTags(train, o.jackknife, o);
  nlp::ParserTrainOptions options;
  if (o.iterations > 0) options.iterations = o.iterations;
  options.prune = o.prune;
  options.quantise = o.quantise;
  options.seed = o.seed;
  options.beam = o.beam;
  const std::size_t skipped = nlp::TrainParser(train, options, o.out);
  std::cout << "parser: " << train.size() - skipped << " sentences (" << skipped
            << " non-projective skipped), " << options.iterations << " iterations, beam "
            << options.beam << ", " << Seconds(start) << " s -> " << o.out << " ("
            << std::filesystem::file_size(o.out) << " bytes)\n";
  if (o.dev.empty()) return;
  const nlp::Parser parser(o.out);
  const auto dev = nlp::ReadConlluFile(o.dev);
  std::unique_ptr<nlp::Tagger> tagger;
  if (!o.tagger.empty()) tagger = std::make_unique<nlp::Tagger>(o.tagger);
  nlp::Scores scores;
  for (const auto& s : dev) {
    std::vector<nlp::Token> tokens = s.sentence.tokens;
    if (tagger) tagger->Tag(tokens);
    parser.Parse(tokens);
    scores.Add(s.sentence.tokens, tokens);
  }
  std::cout << "parser dev " << o.dev << (tagger ? " (predicted tags): " : " (gold tags): ")
            << scores.Summary() << "\n";
}

CLI::App* AddCommon(CLI::App* cmd, TrainOptions& o) {
  cmd->add_option("--train", o.train, "Training treebank(s), CoNLL-U")->required();
  cmd->add_option("--dev", o.dev, "Development treebank to score the model on");
  cmd->add_option("--out", o.out, "Model file to write")->required();
  cmd->add_option("--iterations", o.iterations, "Training epochs (default: the model's)");
  cmd->add_option("--prune", o.prune, "Drop weights smaller than this on save");
  cmd->add_flag("--quantise", o.quantise, "Save 16-bit weights instead of floats");
  cmd->add_option("--seed", o.seed, "Seed of the shuffling and exploration (default 1)");
  cmd->add_option("--first-pass-folds", o.first_pass_folds,
                  "Tagger: the second pass learns from first passes trained on the other N folds "
                  "(below 2: from the first pass's own guesses; default 2)");
  return cmd;
}

}  // namespace

void SetupTrain(CLI::App& app, Context& ctx) {
  (void)ctx;
  auto* train = app.add_subcommand(
      "train", "Train kg's tagger, parser or entity recogniser on open treebanks");
  train->require_subcommand(1);
  SetupTrainNer(*train);
  auto tagger = std::make_shared<TrainOptions>();
  AddCommon(train->add_subcommand("tagger", "Train the part-of-speech tagger (UPOS and XPOS)"),
            *tagger)
      ->callback([tagger] { RunTrainTagger(*tagger); });
  auto parser = std::make_shared<TrainOptions>();
  auto* p = AddCommon(train->add_subcommand("parser", "Train the UD dependency parser"), *parser);
  p->add_option("--tagger", parser->tagger,
                "Tagger model: tags the dev set (scores with predicted tags)");
  p->add_option("--jackknife", parser->jackknife,
                "Train on tags predicted in N folds (0: gold tags)");
  p->add_option("--beam", parser->beam,
                "Train with a beam of N parses and max-violation updates, and decode with it "
                "(default 1: greedy, dynamic oracle)")
      ->check(CLI::Range(1, 64));
  p->callback([parser] { RunTrainParser(*parser); });
  auto compact = std::make_shared<TrainOptions>();
  auto* c =
      train->add_subcommand("compact", "Prune and quantise a trained model without retraining it");
  c->add_option("kind", compact->tagger, "tagger or parser")
      ->required()
      ->check(CLI::IsMember({"tagger", "parser"}));
  c->add_option("--in", compact->in, "Model file to read")->required();
  c->add_option("--dev", compact->dev, "Tagger: development treebank to score the result on");
  c->add_option("--out", compact->out, "Model file to write")->required();
  c->add_option("--prune", compact->prune, "Drop weights smaller than this");
  c->add_flag("--quantise", compact->quantise, "Save 16-bit weights");
  c->callback([compact] {
    const auto& o = *compact;
    (o.tagger == "tagger" ? nlp::CompactTagger : nlp::CompactParser)(o.in, o.out, o.prune,
                                                                     o.quantise);
    std::cout << o.out << ": " << std::filesystem::file_size(o.out) << " bytes\n";
    if (o.tagger == "tagger" && !o.dev.empty()) {
      std::cout << "tagger dev " << o.dev << ": "
                << ScoreTagger(nlp::Tagger(o.out), nlp::ReadConlluFile(o.dev)).Summary() << "\n";
    }
  });
}

}  // namespace kg::cli
