// kg merge: shard stores (from `kg ingest` on several machines) into one.
#include <cstdint>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/render.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> shards;
  std::string into;
  bool json = false;
};

void RunMerge(const MergeOptions& o, Context& ctx) {
  const std::string target = o.into.empty() ? ctx.db : o.into;
  store::Store all(target);
  store::MergeResult total;
  for (const std::string& shard : o.shards) {
    if (shard == target)
      throw Error(ErrorCode::kInvalidInput, shard + ": cannot merge a store into itself");
    const store::MergeResult r = all.MergeFrom(shard);
    total.articles += r.articles;
    total.entities += r.entities;
    total.triples += r.triples;
    if (!o.json) {
      std::cerr << shard << ": " << r.articles << " new articles, " << r.entities
                << " new entities, " << r.triples << " new triples\n";
    }
  }
  if (o.json) {
    JsonOut json(std::cout);
    JsonWriter& w = json.w();
    w.StartObject();
    Member(w, "shards", static_cast<std::int64_t>(o.shards.size()));
    Member(w, "articles", static_cast<std::int64_t>(total.articles));
    Member(w, "entities", static_cast<std::int64_t>(total.entities));
    Member(w, "triples", static_cast<std::int64_t>(total.triples));
    w.EndObject();
    return;
  }
  std::cout << "merged " << o.shards.size() << " store" << (o.shards.size() == 1 ? "" : "s")
            << " into " << target << ": " << total.articles << " new articles, " << total.entities
            << " new entities, " << total.triples << " new triples\n";
}

}  // namespace

void SetupMerge(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<MergeOptions>();
  auto* cmd = app.add_subcommand(
      "merge", "Add shard stores into one store (articles by content, entities by name and alias)");
  cmd->add_option("shards", o->shards, "Shard stores (SQLite files written by kg)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--into", o->into, "The store to merge into (default: --db)");
  cmd->add_flag("--json", o->json, "Print the summary as JSON");
  cmd->footer(
      "Each shard is merged in one transaction: a failure or a kill leaves the target as it was\n"
      "before that shard, and merging a shard again changes nothing.\n"
      "Example:\n  kg merge shard1.db shard2.db --into all.db");
  cmd->callback([o, &ctx] { RunMerge(*o, ctx); });
}

}  // namespace kg::cli
