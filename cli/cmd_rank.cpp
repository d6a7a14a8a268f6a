// kg rank: the central actors, by PageRank, degree or betweenness.
#include <algorithm>
#include <cstdio>
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
  FormatOption format;
  ExcludeTypes exclude;
};

void RunRank(const RankOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = WithoutTypes(traverse::GraphView::Load(store), o.exclude);
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
  const std::string column = o.by == "pagerank" ? "pagerank" : o.by;
  if (o.format.Get() == OutputFormat::kJson) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "by", o.by);
    w.Key("entities");
    w.StartArray();
    for (const auto v : order) {
      w.StartObject();
      Member(w, "name", g[v].name);
      Member(w, "type", model::TypeName(g[v].type));
      Number(w, "score", score[v], "%.6g");
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return;
  }
  const bool table = o.format.Get() == OutputFormat::kTable;
  Table rows({"rank", "name", "type", column});
  char buf[32];
  for (std::size_t i = 0; i < order.size(); ++i) {
    std::snprintf(buf, sizeof buf, table ? "%.4g" : "%.6g", score[order[i]]);
    rows.Add({std::to_string(i + 1), g[order[i]].name,
              std::string(model::TypeName(g[order[i]].type)), buf});
  }
  rows.Write(std::cout, o.format.Get());
}

}  // namespace

void SetupRank(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<RankOptions>();
  auto* cmd = app.add_subcommand(
      "rank", "The central actors: entities ranked by PageRank, degree or betweenness");
  cmd->add_option("--by", o->by, "pagerank, degree or betweenness")
      ->check(CLI::IsMember({"pagerank", "degree", "betweenness"}));
  cmd->add_option("--type", o->type, "Only entities of this type");
  AddExcludeTypeOptions(*cmd, o->exclude);
  cmd->add_option("--top", o->top, "How many (default 20)");
  AddFormatOption(*cmd, o->format);
  cmd->footer("Example:\n  kg rank --by betweenness --type PERSON");
  cmd->callback([o, &ctx] { RunRank(*o, ctx); });
}

}  // namespace kg::cli
