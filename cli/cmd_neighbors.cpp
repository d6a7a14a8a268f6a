// kg neighbors: the entities within N hops of one, with the edges between them.
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
  bool asserted_only = false;
  FormatOption format;
};

// --type keeps the neighbours of those types (the centre stays), and the edges among them.
traverse::Neighbourhood KeepTypes(traverse::Neighbourhood n, const traverse::Graph& g,
                                  const std::vector<model::EntityType>& types) {
  if (types.empty() || n.vertices.empty()) return n;
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
  return kept;
}

void PrintJson(const store::StoredEntity& centre, int depth, const traverse::Graph& g,
               const traverse::Neighbourhood& n, const EdgeTriples& triples) {
  JsonOut json(std::cout);
  auto& w = json.w();
  w.StartObject();
  w.Key("entity");
  EntityJson(w, centre.name, centre.type);
  Member(w, "depth", std::int64_t{depth});
  w.Key("nodes");
  w.StartArray();
  for (std::size_t i = 0; i < n.vertices.size(); ++i) {
    w.StartObject();
    Member(w, "name", g[n.vertices[i]].name);
    Member(w, "type", model::TypeName(g[n.vertices[i]].type));
    Member(w, "distance", std::int64_t{n.distance[i]});
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const auto e : n.edges) TripleJson(w, triples.Of(g[e].triple_id));
  w.EndArray();
  w.EndObject();
}

// The neighbours as rows; in a table, a title above them and every edge with its sentence below.
void PrintRows(const store::StoredEntity& centre, int depth, const traverse::Graph& g,
               const traverse::Neighbourhood& n, const EdgeTriples& triples, OutputFormat format) {
  Table rows({"hops", "name", "type"});
  for (std::size_t i = 1; i < n.vertices.size(); ++i) {
    rows.Add({std::to_string(n.distance[i]), g[n.vertices[i]].name,
              std::string(model::TypeName(g[n.vertices[i]].type))});
  }
  if (format != OutputFormat::kTable) {
    rows.Write(std::cout, format);
    return;
  }
  std::cout << centre.name << " (" << model::TypeName(centre.type) << "): " << rows.size()
            << " neighbours within " << depth << " hop" << (depth == 1 ? "" : "s") << "\n";
  rows.Write(std::cout, format);
  std::cout << "\nEdges:\n";
  for (const auto e : n.edges) {
    const auto& t = triples.Of(g[e].triple_id);
    std::cout << "  " << t.subject.name << " -" << PredicateLabel(t) << "-> " << t.object.name
              << "\n      " << Quoted(Truncate(t.evidence.sentence, 100)) << "\n";
  }
}

void RunNeighbors(const NeighborsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t id = ResolveEntity(store, o.entity);
  auto view = traverse::GraphView::Load(store);
  if (!o.predicates.empty() || o.asserted_only) {
    traverse::EdgeFilter only;
    only.predicates = o.predicates;
    if (o.asserted_only) only.keep = AssertedEdges(store);
    view = traverse::GraphView(traverse::Filter(view.graph(), only));
  }
  const auto& g = view.graph();
  const auto centre = view.Find(id);
  const traverse::Neighbourhood n =
      KeepTypes(centre ? view.Neighbours(*centre, o.depth) : traverse::Neighbourhood{}, g,
                ParseTypes(o.types));
  const auto entity = store.Entity(id);
  std::vector<std::int64_t> ids;
  for (const auto e : n.edges) ids.push_back(g[e].triple_id);
  const EdgeTriples triples(store, ids);
  if (o.format.Get() == OutputFormat::kJson) {
    PrintJson(*entity, o.depth, g, n, triples);
  } else {
    PrintRows(*entity, o.depth, g, n, triples, o.format.Get());
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
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Only walk plain assertions: no negated or modal edges (later also no merely "
                "reported ones)");
  AddFormatOption(*cmd, o->format);
  cmd->footer(
      "Example:\n  kg neighbors Zelenskyy --depth 2\n  kg neighbors Denmark --predicate fund "
      "--type WEAPON");
  cmd->callback([o, &ctx] { RunNeighbors(*o, ctx); });
}

}  // namespace kg::cli
