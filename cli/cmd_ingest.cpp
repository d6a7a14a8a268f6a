#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/interrupt.h"
#include "cli/models_dir.h"
#include "cli/progress.h"
#include "extract/parallel_extract.h"
#include "extract/ud_pipeline.h"
#include "input/article_reader.h"

namespace kg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  bool json = false;
  std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
  bool profile = false;
  std::optional<bool> progress;  // --progress / --no-progress; unset: when stderr is a terminal
  bool quiet = false;
  std::string models;
};

// Each thread's extractor, made by extract::ParallelExtractor when the first new article arrives.
extract::ParallelExtractor::Factory ExtractorFactory(const IngestOptions& opts) {
  return [dir = opts.models, models = std::shared_ptr<const extract::UdModels>()]() mutable
         -> std::unique_ptr<extract::ArticleExtractor> {
    if (!models) models = std::make_shared<const extract::UdModels>(ResolveModelsDir(dir));
    return std::make_unique<extract::UdPipeline>(models);
  };
}

// Thrown out of the reading and storing callbacks when Ctrl-C was pressed.
struct Interrupted {};

struct Summary {
  std::size_t stored = 0;
  std::size_t unchanged = 0;
  std::size_t sentences = 0;
  std::size_t triples = 0;
  std::size_t entities = 0;
};

// Where the time went: --profile prints it, a line per stage, to standard error (or as JSON).
void ProfileJson(JsonWriter& w, const extract::ExtractProfile& p, double store_seconds,
                 double wall) {
  w.StartObject();
  Number(w, "seconds", wall);
  Member(w, "articles", static_cast<std::int64_t>(p.articles));
  Member(w, "sentences", static_cast<std::int64_t>(p.sentences));
  Member(w, "words", static_cast<std::int64_t>(p.words));
  w.Key("stages");
  w.StartObject();
  Number(w, "parse", p.parse);
  Number(w, "rules", p.rules);
  Number(w, "typing", p.typing);
  Number(w, "store", store_seconds);
  w.EndObject();
  // Parse time per sentence by sentence length: how many, the median and the 90th percentile.
  constexpr std::uint32_t kBounds[][2] = {{1, 10},  {11, 20}, {21, 30},
                                          {31, 40}, {41, 60}, {61, 1U << 30}};
  w.Key("parse_by_words");
  w.StartArray();
  for (const auto& [lo, hi] : kBounds) {
    std::vector<float> t;
    for (const auto& [words, seconds] : p.parses) {
      if (words >= lo && words <= hi) t.push_back(seconds);
    }
    if (t.empty()) continue;
    std::sort(t.begin(), t.end());
    w.StartObject();
    Member(w, "words", std::to_string(lo) + "-" + (hi > 1000 ? "" : std::to_string(hi)));
    Member(w, "sentences", static_cast<std::int64_t>(t.size()));
    Number(w, "median_ms", 1000.0 * t[t.size() / 2], "%.2f");
    Number(w, "p90_ms", 1000.0 * t[t.size() * 9 / 10], "%.2f");
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void PrintProfile(const extract::ExtractProfile& p, double store_seconds, double wall,
                  std::size_t threads) {
  std::fprintf(stderr,
               "profile: %zu articles, %zu sentences, %zu words in %.2f s on %zu thread%s: "
               "%.1f sentences/s, %.0f words/s\n",
               p.articles, p.sentences, p.words, wall, threads, threads == 1 ? "" : "s",
               wall > 0 ? static_cast<double>(p.sentences) / wall : 0.0,
               wall > 0 ? static_cast<double>(p.words) / wall : 0.0);
  std::fprintf(stderr, "profile: thread seconds: parse %.2f, rules %.2f, typing %.2f; store %.2f\n",
               p.parse, p.rules, p.typing, store_seconds);
}

void RunIngest(const IngestOptions& opts, Context& ctx) {
  const auto start = std::chrono::steady_clock::now();
  store::Store store(ctx.db);
  const InterruptGuard interrupt;
  ProgressLine progress(ProgressLine::Wanted(opts.progress, opts.quiet),
                        input::CountArticles(opts.paths));
  extract::ParallelExtractor workers(opts.threads, ExtractorFactory(opts));
  Summary sum;
  double store_seconds = 0;
  const auto keep = [&](model::ArticleGraph&& graph) {
    // An article extracted after Ctrl-C is dropped; the one being stored when it came is whole.
    if (InterruptGuard::Requested()) throw Interrupted{};
    const auto before = std::chrono::steady_clock::now();
    const store::IngestResult r = store.Ingest(graph);
    store_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count();
    if (!r.inserted) {  // the same text twice in one run
      ++sum.unchanged;
      return;
    }
    ++sum.stored;
    sum.sentences += graph.sentences.size();
    sum.triples += r.triples;
    sum.entities += r.entities;
    progress.Update(sum.stored + sum.unchanged, sum.sentences);
  };
  input::ReadReport report;
  try {
    report = input::ReadArticles(opts.paths, std::cin, [&](model::Article&& article) {
      if (InterruptGuard::Requested()) throw Interrupted{};
      if (store.HasContent(article.text)) {
        ++sum.unchanged;
        progress.Update(sum.stored + sum.unchanged, sum.sentences);
        return;
      }
      workers.Submit(std::move(article), keep);
    });
    workers.Finish(keep);
  } catch (const Interrupted&) {
    progress.Clear();
    std::cerr << "kg: interrupted: stored " << sum.stored << " article"
              << (sum.stored == 1 ? "" : "s") << " into " << ctx.db
              << " (each whole); run the same command again to continue, stored articles are "
                 "skipped\n";
    ctx.exit_code = kExitInterrupted;
    return;
  }
  progress.Clear();
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ReportDiagnostics(report.rejected);
  if (opts.profile && !opts.json)
    PrintProfile(workers.Profile(), store_seconds, wall, opts.threads);
  if (opts.json) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "stored", static_cast<std::int64_t>(sum.stored));
    Member(w, "unchanged", static_cast<std::int64_t>(sum.unchanged));
    Member(w, "rejected", static_cast<std::int64_t>(report.rejected.size()));
    Member(w, "ignored_files", static_cast<std::int64_t>(report.ignored_files));
    Member(w, "sentences", static_cast<std::int64_t>(sum.sentences));
    Member(w, "triples", static_cast<std::int64_t>(sum.triples));
    Member(w, "entities", static_cast<std::int64_t>(sum.entities));
    w.Key("errors");
    w.StartArray();
    for (const auto& d : report.rejected) {
      w.StartObject();
      Member(w, "file", d.file);
      Member(w, "line", static_cast<std::int64_t>(d.line));
      Member(w, "reason", d.reason);
      w.EndObject();
    }
    w.EndArray();
    if (opts.profile) {
      Member(w, "threads", static_cast<std::int64_t>(opts.threads));
      w.Key("profile");
      ProfileJson(w, workers.Profile(), store_seconds, wall);
    }
    w.EndObject();
  } else if (!opts.quiet) {
    std::cout << "stored " << sum.stored << " article" << (sum.stored == 1 ? "" : "s") << " ("
              << sum.unchanged << " unchanged, " << report.rejected.size() << " rejected";
    if (report.ignored_files > 0)
      std::cout << ", " << report.ignored_files << " other files ignored";
    std::cout << "): " << sum.sentences << " sentences, " << sum.triples << " triples, "
              << sum.entities << " entity mentions into " << ctx.db << "\n";
  }
  if (!report.rejected.empty()) ctx.exit_code = kExitRejected;
}

}  // namespace

void SetupIngest(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<IngestOptions>();
  auto* cmd = app.add_subcommand("ingest", "Extract triples from articles and store them");
  cmd->add_option("paths", opts->paths,
                  "Files, folders (.txt .md .html .jsonl, recursively) or - for standard input")
      ->required();
  cmd->add_flag("--json", opts->json, "Print the summary as JSON");
  cmd->add_option(
         "-j,--threads", opts->threads,
         "Articles extracted at once (default: one per core); they are stored in input order")
      ->check(CLI::Range(1, 64));
  cmd->add_flag("--profile", opts->profile,
                "Print where the time went: speed, and seconds per stage (summed over threads)");
  // Two callbacks rather than one negatable flag: CLI11 2.1 sets an optional<bool> even when
  // neither is given, and unset must mean "when stderr is a terminal".
  cmd->add_flag_callback(
      "--progress", [opts] { opts->progress = true; },
      "Show a progress line on stderr (default: when stderr is a terminal)");
  cmd->add_flag_callback(
      "--no-progress", [opts] { opts->progress = false; }, "Never show the progress line");
  cmd->add_flag("-q,--quiet", opts->quiet, "No progress line and no summary; errors still print");
  AddParserOption(*cmd);
  cmd->add_option("--models", opts->models,
                  "Directory of the trained models (default: $KG_MODELS, the "
                  "installed models, the source tree's)");
  cmd->footer(
      "Example:\n  kg --db news.db ingest samples/ article.html feed.jsonl\n"
      R"(JSONL: one article per line, {"text": ..., "title": ..., "url": ..., "date": ...}.)"
      "\n"
      "An article whose text is already stored is skipped: ingesting twice changes nothing.\n"
      "Ctrl-C stops after the article being stored (exit 130); run again to continue.");
  cmd->callback([opts, &ctx] { RunIngest(*opts, ctx); });
}

}  // namespace kg::cli
