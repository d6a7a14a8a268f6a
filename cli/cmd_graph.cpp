// kg neighbors, kg path: questions answered on the Boost.Graph view of the store.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct NeighborsOptions {
  std::string entity;
  int depth = 1;
  bool json = false;
};

struct PathOptions {
  std::string from, to;
  int max_hops = 6;
  bool json = false;
};

std::string NodeJson(const traverse::EntityVertex& v) {
  return "{\"name\":" + JsonString(v.name) + ",\"type\":\"" + std::string(model::TypeName(v.type)) +
         "\"}";
}

void RunNeighbors(const NeighborsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t id = ResolveEntity(store, o.entity);
  const auto view = traverse::GraphView::Load(store);
  const auto& g = view.graph();
  const auto n = view.Neighbours(*view.Find(id), o.depth);
  if (o.json) {
    std::cout << "{\"entity\":" << NodeJson(g[n.vertices.front()]) << ",\"depth\":" << o.depth
              << ",\"nodes\":[";
    for (std::size_t i = 0; i < n.vertices.size(); ++i) {
      std::cout << (i ? "," : "") << "{\"name\":" << JsonString(g[n.vertices[i]].name)
                << ",\"type\":\"" << model::TypeName(g[n.vertices[i]].type)
                << "\",\"distance\":" << n.distance[i] << "}";
    }
    std::cout << "],\"edges\":[";
    for (std::size_t i = 0; i < n.edges.size(); ++i) {
      std::cout << (i ? ",\n" : "\n") << TripleJson(store.Triple(g[n.edges[i]].triple_id)->triple);
    }
    std::cout << "]}\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 1; i < n.vertices.size(); ++i) {
    rows.push_back({std::to_string(n.distance[i]), g[n.vertices[i]].name,
                    std::string(model::TypeName(g[n.vertices[i]].type))});
  }
  std::cout << g[n.vertices.front()].name << " (" << model::TypeName(g[n.vertices.front()].type)
            << "): " << rows.size() << " neighbours within " << o.depth << " hop"
            << (o.depth == 1 ? "" : "s") << "\n";
  PrintTable(std::cout, {"HOPS", "NAME", "TYPE"}, rows);
  std::cout << "\nEdges:\n";
  for (const auto e : n.edges) {
    const auto t = store.Triple(g[e].triple_id)->triple;
    std::cout << "  " << t.subject.name << " -" << (t.negated ? "not " : "") << t.predicate << "-> "
              << t.object.name << "\n      \"" << Truncate(t.evidence.sentence, 100) << "\"\n";
  }
}

void RunPath(const PathOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t a = ResolveEntity(store, o.from);
  const std::int64_t b = ResolveEntity(store, o.to);
  const auto view = traverse::GraphView::Load(store);
  const auto& g = view.graph();
  const auto path = view.ShortestPath(*view.Find(a), *view.Find(b), o.max_hops);
  const std::string from = g[*view.Find(a)].name;
  const std::string to = g[*view.Find(b)].name;
  if (!path) {
    if (o.json) {
      std::cout << "{\"from\":" << JsonString(from) << ",\"to\":" << JsonString(to)
                << ",\"found\":false,\"hops\":[]}\n";
    } else {
      std::cout << "no path from " << from << " to " << to << " within " << o.max_hops << " hops\n";
    }
    return;
  }
  if (o.json) {
    std::cout << "{\"from\":" << JsonString(from) << ",\"to\":" << JsonString(to)
              << ",\"found\":true,\"hops\":[";
    for (std::size_t i = 0; i < path->size(); ++i) {
      const auto& h = (*path)[i];
      std::cout << (i ? "," : "") << "\n{\"from\":" << NodeJson(g[h.from])
                << ",\"to\":" << NodeJson(g[h.to]) << ",\"direction\":\""
                << (h.forward ? "forward" : "backward")
                << "\",\"triple\":" << TripleJson(store.Triple(g[h.edge].triple_id)->triple) << "}";
    }
    std::cout << "]}\n";
    return;
  }
  std::cout << from << " to " << to << ": " << path->size() << " hop"
            << (path->size() == 1 ? "" : "s") << "\n";
  for (const auto& h : *path) {
    const auto t = store.Triple(g[h.edge].triple_id)->triple;
    std::cout << "  " << t.subject.name << " -" << (t.negated ? "not " : "") << t.predicate << "-> "
              << t.object.name << (h.forward ? "" : "   (walked backwards)") << "\n      \""
              << Truncate(t.evidence.sentence, 100) << "\"  [" << t.evidence.article << "]\n";
  }
}

}  // namespace

void SetupNeighbors(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<NeighborsOptions>();
  auto* cmd = app.add_subcommand("neighbors",
                                 "Entities within N hops of an entity, with the edges between");
  cmd->alias("neighbours");
  cmd->add_option("entity", o->entity, "Name or alias")->required();
  cmd->add_option("--depth", o->depth, "Hops (default 1)")->check(CLI::Range(1, 10));
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg neighbors Zelenskyy --depth 2");
  cmd->callback([o, &ctx] { RunNeighbors(*o, ctx); });
}

void SetupPath(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PathOptions>();
  auto* cmd = app.add_subcommand("path", "The shortest chain of triples between two entities");
  cmd->add_option("from", o->from, "Name or alias")->required();
  cmd->add_option("to", o->to, "Name or alias")->required();
  cmd->add_option("--max-hops", o->max_hops, "Give up beyond this many hops (default 6)")
      ->check(CLI::Range(1, 50));
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg path Merz Putin");
  cmd->callback([o, &ctx] { RunPath(*o, ctx); });
}

}  // namespace kg::cli
