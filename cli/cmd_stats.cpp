// kg stats: counts of articles, sentences, entities by type, triples and top predicates.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"

namespace kg::cli {
namespace {

struct StatsOptions {
  bool json = false;
};

void RunStats(const StatsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto s = store.Stats();
  const auto view = traverse::GraphView::Load(store);
  // Counted when the snapshot was made (it is rebuilt after every write), not on each call.
  const auto components = static_cast<std::int64_t>(view.component_count());
  const auto largest = static_cast<std::int64_t>(view.largest_component());
  std::vector<std::pair<std::int64_t, std::string>> predicates;
  for (const auto& [p, n] : s.triples_by_predicate) predicates.emplace_back(-n, p);
  std::sort(predicates.begin(), predicates.end());
  if (o.json) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "articles", s.articles);
    Member(w, "sentences", s.sentences);
    Member(w, "entities", s.entities);
    Member(w, "triples", s.triples);
    Member(w, "nodes", static_cast<std::int64_t>(view.vertex_count()));
    Member(w, "edges", static_cast<std::int64_t>(view.edge_count()));
    Member(w, "components", components);
    Member(w, "largest_component", largest);
    w.Key("entities_by_type");
    w.StartObject();
    for (const auto& [t, n] : s.entities_by_type) Member(w, t, n);
    w.EndObject();
    w.Key("top_predicates");
    w.StartObject();
    for (std::size_t i = 0; i < predicates.size() && i < 10; ++i)
      Member(w, predicates[i].second, -predicates[i].first);
    w.EndObject();
    w.EndObject();
    return;
  }
  std::cout << "store       " << ctx.db << "\n"
            << "articles    " << s.articles << "\n"
            << "sentences   " << s.sentences << "\n"
            << "entities    " << s.entities << " (graph nodes)\n"
            << "triples     " << s.triples << " (graph edges)\n"
            << "components  " << components << " (largest: " << largest << " entities)\n"
            << "\nentities by type:\n";
  for (const auto& [t, n] : s.entities_by_type)
    std::cout << "  " << t << std::string(14 - std::min<std::size_t>(13, t.size()), ' ') << n
              << "\n";
  std::cout << "\ntop predicates:\n";
  for (std::size_t i = 0; i < predicates.size() && i < 10; ++i) {
    std::cout << "  " << predicates[i].second
              << std::string(20 - std::min<std::size_t>(19, predicates[i].second.size()), ' ')
              << -predicates[i].first << "\n";
  }
}

}  // namespace

void SetupStats(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<StatsOptions>();
  auto* cmd =
      app.add_subcommand("stats", "Counts of articles, sentences, entities (by type) and triples");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg stats --json");
  cmd->callback([o, &ctx] { RunStats(*o, ctx); });
}

}  // namespace kg::cli
