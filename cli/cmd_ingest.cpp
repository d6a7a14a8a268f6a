#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "extract/extract.h"

namespace kg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  bool json = false;
};

struct Summary {
  std::size_t stored = 0;
  std::size_t unchanged = 0;
  std::size_t sentences = 0;
  std::size_t triples = 0;
  std::size_t entities = 0;
};

void RunIngest(const IngestOptions& opts, Context& ctx) {
  store::Store store(ctx.db);
  std::unique_ptr<extract::Pipeline> pipeline;  // loaded on the first new article
  Summary sum;
  const auto report = extract::ReadArticles(opts.paths, std::cin, [&](model::Article&& article) {
    if (store.HasContent(article.text)) {
      ++sum.unchanged;
      return;
    }
    if (!pipeline) pipeline = std::make_unique<extract::Pipeline>();
    const model::ArticleGraph graph = pipeline->ExtractArticle(std::move(article));
    const store::IngestResult r = store.Ingest(graph);
    if (!r.inserted) {
      ++sum.unchanged;
      return;
    }
    ++sum.stored;
    sum.sentences += graph.sentences.size();
    sum.triples += r.triples;
    sum.entities += r.entities;
  });
  ReportDiagnostics(report.rejected);
  if (opts.json) {
    std::cout << "{\"stored\":" << sum.stored << ",\"unchanged\":" << sum.unchanged
              << ",\"rejected\":" << report.rejected.size()
              << ",\"ignored_files\":" << report.ignored_files << ",\"sentences\":" << sum.sentences
              << ",\"triples\":" << sum.triples << ",\"entities\":" << sum.entities
              << ",\"errors\":[";
    for (std::size_t i = 0; i < report.rejected.size(); ++i) {
      const auto& d = report.rejected[i];
      std::cout << (i ? "," : "") << "{\"file\":" << JsonString(d.file) << ",\"line\":" << d.line
                << ",\"reason\":" << JsonString(d.reason) << "}";
    }
    std::cout << "]}\n";
  } else {
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
  cmd->footer(
      "Example:\n  kg --db news.db ingest samples/ article.html feed.jsonl\n"
      "JSONL: one article per line, {\"text\": ..., \"title\": ..., \"url\": ..., \"date\": ...}.\n"
      "An article whose text is already stored is skipped: ingesting twice changes nothing.");
  cmd->callback([opts, &ctx] { RunIngest(*opts, ctx); });
}

}  // namespace kg::cli
