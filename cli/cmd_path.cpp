// kg neighbors, kg path: questions answered on the Boost.Graph view of the store.
#include <algorithm>
#include <iostream>
#include <memory>
#include <set>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct NeighborsOptions {
  std::string entity;
  int depth = 1;
  std::vector<std::string> types;
  std::vector<std::string> predicates;
  bool json = false;
};

struct PathOptions {
  std::string from, to;
  int max_hops = 6;
  std::size_t k = 1;
  std::vector<std::string> via;
  std::vector<std::string> avoid;
  bool json = false;
};

std::string NodeJson(const traverse::EntityVertex& v) {
  return "{\"name\":" + JsonString(v.name) + ",\"type\":\"" + std::string(model::TypeName(v.type)) +
         "\"}";
}

void RunNeighbors(const NeighborsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t id = ResolveEntity(store, o.entity);
  auto view = traverse::GraphView::Load(store);
  if (!o.predicates.empty()) {
    traverse::EdgeFilter only;
    only.predicates = o.predicates;
    view = traverse::GraphView(traverse::Filter(view.graph(), only));
  }
  const auto& g = view.graph();
  const auto centre = view.Find(id);
  traverse::Neighbourhood n;
  if (centre) {
    n = view.Neighbours(*centre, o.depth);
  }
  // --type keeps the neighbours of those types (the centre stays), and the edges among them.
  const std::vector<model::EntityType> types = ParseTypes(o.types);
  if (!types.empty() && !n.vertices.empty()) {
    traverse::Neighbourhood kept;
    std::set<traverse::Vertex> in;
    for (std::size_t i = 0; i < n.vertices.size(); ++i) {
      const auto t = g[n.vertices[i]].type;
      if (i == 0 || std::find(types.begin(), types.end(), t) != types.end()) {
        kept.vertices.push_back(n.vertices[i]);
        kept.distance.push_back(n.distance[i]);
        in.insert(n.vertices[i]);
      }
    }
    for (const auto e : n.edges) {
      if (in.count(source(e, g)) && in.count(target(e, g))) kept.edges.push_back(e);
    }
    n = std::move(kept);
  }
  const auto entity = store.Entity(id);
  const std::string name = entity->name;
  const std::string type(model::TypeName(entity->type));
  if (o.json) {
    std::cout << "{\"entity\":{\"name\":" << JsonString(name) << ",\"type\":\"" << type
              << "\"},\"depth\":" << o.depth << ",\"nodes\":[";
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
  std::cout << name << " (" << type << "): " << rows.size() << " neighbours within " << o.depth
            << " hop" << (o.depth == 1 ? "" : "s") << "\n";
  PrintTable(std::cout, {"HOPS", "NAME", "TYPE"}, rows);
  std::cout << "\nEdges:\n";
  for (const auto e : n.edges) {
    const auto t = store.Triple(g[e].triple_id)->triple;
    std::cout << "  " << t.subject.name << " -" << (t.negated ? "not " : "") << t.predicate << "-> "
              << t.object.name << "\n      \"" << Truncate(t.evidence.sentence, 100) << "\"\n";
  }
}

void PrintPathJson(const traverse::Graph& g, const store::Store& store,
                   const std::vector<traverse::Hop>& path) {
  std::cout << "[";
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto& h = path[i];
    std::cout << (i ? "," : "") << "\n{\"from\":" << NodeJson(g[h.from])
              << ",\"to\":" << NodeJson(g[h.to]) << ",\"direction\":\""
              << (h.forward ? "forward" : "backward")
              << "\",\"triple\":" << TripleJson(store.Triple(g[h.edge].triple_id)->triple) << "}";
  }
  std::cout << "]";
}

void RunPath(const PathOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t a = ResolveEntity(store, o.from);
  const std::int64_t b = ResolveEntity(store, o.to);
  const auto view = traverse::GraphView::Load(store);
  const auto& g = view.graph();
  const traverse::PathFilter filter{o.via, ParseTypes(o.avoid)};
  const auto paths = view.ShortestPaths(*view.Find(a), *view.Find(b), std::max<std::size_t>(1, o.k),
                                        o.max_hops, filter);
  const std::string from = g[*view.Find(a)].name;
  const std::string to = g[*view.Find(b)].name;
  if (o.json) {
    std::cout << "{\"from\":" << JsonString(from) << ",\"to\":" << JsonString(to)
              << ",\"found\":" << (paths.empty() ? "false" : "true") << ",\"hops\":";
    PrintPathJson(g, store, paths.empty() ? std::vector<traverse::Hop>{} : paths.front());
    std::cout << ",\"paths\":[";
    for (std::size_t p = 0; p < paths.size(); ++p) {
      if (p) std::cout << ",";
      PrintPathJson(g, store, paths[p]);
    }
    std::cout << "]}\n";
    return;
  }
  if (paths.empty()) {
    std::cout << "no path from " << from << " to " << to << " within " << o.max_hops << " hops\n";
    return;
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& path = paths[p];
    std::cout << (paths.size() > 1 ? "#" + std::to_string(p + 1) + " " : "") << from << " to " << to
              << ": " << path.size() << " hop" << (path.size() == 1 ? "" : "s") << "\n";
    for (const auto& h : path) {
      const auto t = store.Triple(g[h.edge].triple_id)->triple;
      std::cout << "  " << t.subject.name << " -" << (t.negated ? "not " : "") << t.predicate
                << "-> " << t.object.name << (h.forward ? "" : "   (walked backwards)")
                << "\n      \"" << Truncate(t.evidence.sentence, 100) << "\"  ["
                << t.evidence.article << "]\n";
    }
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
  cmd->add_option("--type", o->types, "Only neighbours of these types")->take_all();
  cmd->add_option("--predicate", o->predicates, "Only walk edges with these predicates")
      ->take_all();
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer(
      "Example:\n  kg neighbors Zelenskyy --depth 2\n  kg neighbors Denmark --predicate fund "
      "--type WEAPON");
  cmd->callback([o, &ctx] { RunNeighbors(*o, ctx); });
}

void SetupPath(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PathOptions>();
  auto* cmd = app.add_subcommand("path", "The shortest chains of triples between two entities");
  cmd->add_option("from", o->from, "Name or alias")->required();
  cmd->add_option("to", o->to, "Name or alias")->required();
  cmd->add_option("--max-hops", o->max_hops, "Give up beyond this many hops (default 6)")
      ->check(CLI::Range(1, 50));
  cmd->add_option("--k", o->k, "The k shortest distinct paths (default 1)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--via", o->via, "Only through edges with these predicates")->take_all();
  cmd->add_option("--avoid", o->avoid, "Never through entities of these types")->take_all();
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg path Merz Putin\n  kg path Macron Zelenskyy --k 3 --avoid OTHER");
  cmd->callback([o, &ctx] { RunPath(*o, ctx); });
}

}  // namespace kg::cli
