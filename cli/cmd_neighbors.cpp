// kg neighbors: the entities within N hops of one, with the edges between them.
#include <algorithm>
#include <iostream>
#include <limits>
#include <memory>

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
  std::size_t limit = 50;  // 0: all
  FormatOption format;
};

// Neighbours found, shown, and found but not shown (the centre is not a neighbour; an entity
// without edges has an empty neighbourhood).
std::size_t Found(const traverse::Neighbourhood& n) { return n.reached == 0 ? 0 : n.reached - 1; }
std::size_t Shown(const traverse::Neighbourhood& n) {
  return n.vertices.empty() ? 0 : n.vertices.size() - 1;
}
std::size_t Hidden(const traverse::Neighbourhood& n) { return Found(n) - Shown(n); }

void PrintJson(const store::StoredEntity& centre, int depth, const traverse::GraphView& view,
               const traverse::Neighbourhood& n, const EdgeTriples& triples) {
  JsonOut json(std::cout);
  auto& w = json.w();
  w.StartObject();
  w.Key("entity");
  EntityJson(w, centre.name, centre.type);
  Member(w, "depth", std::int64_t{depth});
  // The totals: nodes holds the centre and the first `shown` of `neighbours` (see --limit).
  Member(w, "neighbours", static_cast<std::int64_t>(Found(n)));
  Member(w, "shown", static_cast<std::int64_t>(Shown(n)));
  w.Key("nodes");
  w.StartArray();
  for (std::size_t i = 0; i < n.vertices.size(); ++i) {
    w.StartObject();
    Member(w, "name", std::string(view.Name(n.vertices[i])));
    Member(w, "type", model::TypeName(view.Type(n.vertices[i])));
    Member(w, "distance", std::int64_t{n.distance[i]});
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const auto e : n.edges) TripleJson(w, triples.Of(view.TripleId(e)));
  w.EndArray();
  w.EndObject();
}

// The neighbours as rows; in a table, a title above them and every edge with its sentence below.
void PrintRows(const store::StoredEntity& centre, int depth, const traverse::GraphView& view,
               const traverse::Neighbourhood& n, const EdgeTriples& triples, OutputFormat format) {
  Table rows({"hops", "name", "type"});
  for (std::size_t i = 1; i < n.vertices.size(); ++i) {
    rows.Add({std::to_string(n.distance[i]), std::string(view.Name(n.vertices[i])),
              std::string(model::TypeName(view.Type(n.vertices[i])))});
  }
  if (format != OutputFormat::kTable) {
    rows.Write(std::cout, format);
    if (Hidden(n) > 0)
      std::cerr << "kg: note: " << Hidden(n) << " more neighbours not shown (hint: --limit 0)\n";
    return;
  }
  std::cout << centre.name << " (" << model::TypeName(centre.type) << "): " << Found(n)
            << " neighbours within " << depth << " hop" << (depth == 1 ? "" : "s");
  if (Hidden(n) > 0) std::cout << "; the nearest and most connected " << rows.size() << " shown";
  std::cout << "\n";
  rows.Write(std::cout, format);
  if (Hidden(n) > 0) {
    std::cout << "... and " << Hidden(n) << " more (hint: --limit N, or --limit 0 for all; "
              << "--type or --predicate to narrow)\n";
  }
  std::cout << "\nEdges:\n";
  for (const auto e : n.edges) {
    const auto& t = triples.Of(view.TripleId(e));
    std::cout << "  " << t.subject.name << " -" << PredicateLabel(t) << "-> " << t.object.name
              << "\n";
    // Imported triples have no sentence.
    if (!t.evidence.sentence.empty())
      std::cout << "      " << Quoted(Truncate(t.evidence.sentence, 100)) << "\n";
  }
}

void RunNeighbors(const NeighborsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t id = ResolveEntity(store, o.entity);
  const auto view = traverse::GraphView::Load(store);
  const auto centre = view.Find(id);
  traverse::Neighbourhood n;
  if (centre) {
    // --type keeps the neighbours of those types (the centre stays); --predicate and
    // --asserted-only choose the edges walked.
    traverse::Cut cut;
    cut.focus = centre;
    cut.depth = o.depth;
    cut.filter.types = ParseTypes(o.types);
    cut.filter.predicates = o.predicates;
    // 0 (all) still ranks the nearest and most connected first, as a limit would.
    cut.limit = o.limit == 0 ? std::numeric_limits<std::size_t>::max() : o.limit;
    if (o.asserted_only) cut.filter.keep = AssertedEdges(store);
    n = view.Subgraph(cut);
  }
  const auto entity = store.Entity(id);
  std::vector<std::int64_t> ids;
  for (const auto e : n.edges) ids.push_back(view.TripleId(e));
  const EdgeTriples triples(store, ids);
  if (o.format.Get() == OutputFormat::kJson) {
    PrintJson(*entity, o.depth, view, n, triples);
  } else {
    PrintRows(*entity, o.depth, view, n, triples, o.format.Get());
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
                "Only walk plain assertions: no negated, modal or merely reported edges");
  cmd->add_option("--limit", o->limit,
                  "Show this many neighbours, the nearest and most connected first (default 50; "
                  "0: all)");
  AddFormatOption(*cmd, o->format);
  cmd->footer(
      "Example:\n  kg neighbors Zelenskyy --depth 2\n  kg neighbors Zelenskyy --depth 2 --limit 0 "
      "--format csv\n  kg neighbors Denmark --predicate fund "
      "--type WEAPON");
  cmd->callback([o, &ctx] { RunNeighbors(*o, ctx); });
}

}  // namespace kg::cli
