// kg rank, kg components: who are the central actors, and which parts of the graph hang together.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct RankOptions {
  std::string by = "pagerank";
  std::string type;
  std::size_t top = 20;
  bool json = false;
};

struct ComponentsOptions {
  std::size_t top = 10;
  bool json = false;
};

void RunRank(const RankOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = traverse::GraphView::Load(store);
  const auto& g = view.graph();
  const traverse::Centrality by = o.by == "degree"        ? traverse::Centrality::kDegree
                                  : o.by == "betweenness" ? traverse::Centrality::kBetweenness
                                                          : traverse::Centrality::kPageRank;
  const std::vector<double> score = view.Rank(by);
  std::optional<model::EntityType> type;
  if (!o.type.empty()) type = ParseTypes({o.type}).front();
  std::vector<traverse::Vertex> order;
  for (const auto v : boost::make_iterator_range(vertices(g))) {
    if (!type || g[v].type == *type) order.push_back(v);
  }
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    return score[a] != score[b] ? score[a] > score[b] : g[a].name < g[b].name;
  });
  if (order.size() > o.top) order.resize(o.top);
  char buf[32];
  if (o.json) {
    std::cout << "{\"by\":" << JsonString(o.by) << ",\"entities\":[";
    for (std::size_t i = 0; i < order.size(); ++i) {
      std::snprintf(buf, sizeof buf, "%.6g", score[order[i]]);
      std::cout << (i ? "," : "") << "{\"name\":" << JsonString(g[order[i]].name) << ",\"type\":\""
                << model::TypeName(g[order[i]].type) << "\",\"score\":" << buf << "}";
    }
    std::cout << "]}\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < order.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%.4g", score[order[i]]);
    rows.push_back({std::to_string(i + 1), g[order[i]].name,
                    std::string(model::TypeName(g[order[i]].type)), buf});
  }
  PrintTable(std::cout,
             {"#", "NAME", "TYPE",
              o.by == "pagerank" ? "PAGERANK"
              : o.by == "degree" ? "DEGREE"
                                 : "BETWEENNESS"},
             rows);
}

void RunComponents(const ComponentsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = traverse::GraphView::Load(store);
  const auto& g = view.graph();
  int count = 0;
  const std::vector<int> comp = view.Components(&count);
  std::vector<std::vector<traverse::Vertex>> members(static_cast<std::size_t>(count));
  for (const auto v : boost::make_iterator_range(vertices(g)))
    members[static_cast<std::size_t>(comp[v])].push_back(v);
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  // Each component is named by its best-connected member.
  const auto label = [&](const std::vector<traverse::Vertex>& m) {
    return g[*std::max_element(m.begin(), m.end(),
                               [&](auto a, auto b) {
                                 return view.Degree(a) != view.Degree(b)
                                            ? view.Degree(a) < view.Degree(b)
                                            : g[a].name > g[b].name;
                               })]
        .name;
  };
  if (o.json) {
    std::cout << "{\"count\":" << count << ",\"components\":[";
    for (std::size_t i = 0; i < members.size() && i < o.top; ++i) {
      std::cout << (i ? "," : "") << "{\"size\":" << members[i].size()
                << ",\"hub\":" << JsonString(label(members[i])) << "}";
    }
    std::cout << "]}\n";
    return;
  }
  std::cout << count << " component" << (count == 1 ? "" : "s") << "\n";
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < members.size() && i < o.top; ++i) {
    rows.push_back({std::to_string(i + 1), std::to_string(members[i].size()), label(members[i])});
  }
  PrintTable(std::cout, {"#", "ENTITIES", "BEST CONNECTED"}, rows);
}

}  // namespace

void SetupRank(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<RankOptions>();
  auto* cmd = app.add_subcommand(
      "rank", "The central actors: entities ranked by PageRank, degree or betweenness");
  cmd->add_option("--by", o->by, "pagerank, degree or betweenness")
      ->check(CLI::IsMember({"pagerank", "degree", "betweenness"}));
  cmd->add_option("--type", o->type, "Only entities of this type");
  cmd->add_option("--top", o->top, "How many (default 20)");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg rank --by betweenness --type PERSON");
  cmd->callback([o, &ctx] { RunRank(*o, ctx); });
}

void SetupComponents(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ComponentsOptions>();
  auto* cmd =
      app.add_subcommand("components", "Groups of entities connected to each other, largest first");
  cmd->add_option("--top", o->top, "How many to list (default 10)");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg components --json");
  cmd->callback([o, &ctx] { RunComponents(*o, ctx); });
}

}  // namespace kg::cli
