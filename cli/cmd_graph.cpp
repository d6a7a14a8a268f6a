// kg neighbors, kg path: questions answered on the Boost.Graph view of the store.
#include <algorithm>
#include <iostream>
#include <map>
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

std::string NodeJson(const traverse::GraphView& view, traverse::Vertex v) {
  return "{\"name\":" + JsonString(std::string(view.Name(v))) + ",\"type\":\"" +
         std::string(model::TypeName(view.Type(v))) + "\"}";
}

// The stored triples of edges, by triple id, fetched in one query.
std::map<std::int64_t, model::Triple> TriplesOf(const store::Store& store,
                                                const traverse::GraphView& view,
                                                const std::vector<traverse::Edge>& edges) {
  std::vector<std::int64_t> ids;
  ids.reserve(edges.size());
  for (const auto& e : edges) ids.push_back(view.TripleId(e));
  std::map<std::int64_t, model::Triple> out;
  for (auto& t : store.TriplesById(ids)) out.emplace(t.id, std::move(t.triple));
  return out;
}

void RunNeighbors(const NeighborsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t id = ResolveEntity(store, o.entity);
  const auto view = traverse::GraphView::Load(store);
  const auto centre = view.Find(id);
  traverse::Neighbourhood n;
  if (centre) {
    traverse::Cut cut;
    cut.focus = centre;
    cut.depth = o.depth;
    cut.filter.types = ParseTypes(o.types);
    cut.filter.predicates = o.predicates;
    n = view.Subgraph(cut);
  }
  const auto triples = TriplesOf(store, view, n.edges);
  const auto entity = store.Entity(id);
  const std::string name = entity->name;
  const std::string type(model::TypeName(entity->type));
  if (o.json) {
    std::cout << "{\"entity\":{\"name\":" << JsonString(name) << ",\"type\":\"" << type
              << "\"},\"depth\":" << o.depth << ",\"nodes\":[";
    for (std::size_t i = 0; i < n.vertices.size(); ++i) {
      std::cout << (i ? "," : "")
                << "{\"name\":" << JsonString(std::string(view.Name(n.vertices[i])))
                << ",\"type\":\"" << model::TypeName(view.Type(n.vertices[i]))
                << "\",\"distance\":" << n.distance[i] << "}";
    }
    std::cout << "],\"edges\":[";
    for (std::size_t i = 0; i < n.edges.size(); ++i) {
      std::cout << (i ? ",\n" : "\n") << TripleJson(triples.at(view.TripleId(n.edges[i])));
    }
    std::cout << "]}\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 1; i < n.vertices.size(); ++i) {
    rows.push_back({std::to_string(n.distance[i]), std::string(view.Name(n.vertices[i])),
                    std::string(model::TypeName(view.Type(n.vertices[i])))});
  }
  std::cout << name << " (" << type << "): " << rows.size() << " neighbours within " << o.depth
            << " hop" << (o.depth == 1 ? "" : "s") << "\n";
  PrintTable(std::cout, {"HOPS", "NAME", "TYPE"}, rows);
  std::cout << "\nEdges:\n";
  for (const auto e : n.edges) {
    const auto& t = triples.at(view.TripleId(e));
    std::cout << "  " << t.subject.name << " -" << (t.negated ? "not " : "") << t.predicate << "-> "
              << t.object.name << "\n      \"" << Truncate(t.evidence.sentence, 100) << "\"\n";
  }
}

void PrintPathJson(const traverse::GraphView& view,
                   const std::map<std::int64_t, model::Triple>& triples,
                   const std::vector<traverse::Hop>& path) {
  std::cout << "[";
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto& h = path[i];
    std::cout << (i ? "," : "") << "\n{\"from\":" << NodeJson(view, h.from)
              << ",\"to\":" << NodeJson(view, h.to) << ",\"direction\":\""
              << (h.forward ? "forward" : "backward")
              << "\",\"triple\":" << TripleJson(triples.at(view.TripleId(h.edge))) << "}";
  }
  std::cout << "]";
}

void RunPath(const PathOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t a = ResolveEntity(store, o.from);
  const std::int64_t b = ResolveEntity(store, o.to);
  const auto view = traverse::GraphView::Load(store);
  const traverse::PathFilter filter{o.via, ParseTypes(o.avoid)};
  const auto paths = view.ShortestPaths(*view.Find(a), *view.Find(b), std::max<std::size_t>(1, o.k),
                                        o.max_hops, filter);
  std::vector<traverse::Edge> hops;
  for (const auto& path : paths)
    for (const auto& h : path) hops.push_back(h.edge);
  const auto triples = TriplesOf(store, view, hops);
  const std::string from(view.Name(*view.Find(a)));
  const std::string to(view.Name(*view.Find(b)));
  if (o.json) {
    std::cout << "{\"from\":" << JsonString(from) << ",\"to\":" << JsonString(to)
              << ",\"found\":" << (paths.empty() ? "false" : "true") << ",\"hops\":";
    PrintPathJson(view, triples, paths.empty() ? std::vector<traverse::Hop>{} : paths.front());
    std::cout << ",\"paths\":[";
    for (std::size_t p = 0; p < paths.size(); ++p) {
      if (p) std::cout << ",";
      PrintPathJson(view, triples, paths[p]);
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
      const auto& t = triples.at(view.TripleId(h.edge));
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
