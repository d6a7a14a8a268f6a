// kg path: the shortest chains of triples between two entities, each hop with its sentence.
#include <algorithm>
#include <iostream>
#include <memory>
#include <set>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct PathOptions {
  std::string from, to;
  int max_hops = 6;
  std::size_t k = 1;
  std::vector<std::string> via;
  std::vector<std::string> avoid;
  bool asserted_only = false;
  FormatOption format;
};

// The triples of every hop of every path, read in one batch.
EdgeTriples PathTriples(const store::Store& store, const traverse::GraphView& view,
                        const std::vector<std::vector<traverse::Hop>>& paths) {
  std::vector<std::int64_t> ids;
  for (const auto& path : paths) {
    for (const auto& h : path) ids.push_back(view.TripleId(h.edge));
  }
  return EdgeTriples(store, ids);
}

void PathJson(JsonWriter& w, const traverse::GraphView& view, const EdgeTriples& triples,
              const std::vector<traverse::Hop>& path) {
  w.StartArray();
  for (const auto& h : path) {
    w.StartObject();
    w.Key("from");
    EntityJson(w, std::string(view.Name(h.from)), view.Type(h.from));
    w.Key("to");
    EntityJson(w, std::string(view.Name(h.to)), view.Type(h.to));
    Member(w, "direction", h.forward ? "forward" : "backward");
    w.Key("triple");
    TripleJson(w, triples.Of(view.TripleId(h.edge)));
    w.EndObject();
  }
  w.EndArray();
}

void PrintPathsJson(const traverse::GraphView& view, const EdgeTriples& triples,
                    const std::string& from, const std::string& to,
                    const std::vector<std::vector<traverse::Hop>>& paths) {
  JsonOut json(std::cout);
  auto& w = json.w();
  w.StartObject();
  Member(w, "from", from);
  Member(w, "to", to);
  Member(w, "found", !paths.empty());
  w.Key("hops");
  PathJson(w, view, triples, paths.empty() ? std::vector<traverse::Hop>{} : paths.front());
  w.Key("paths");
  w.StartArray();
  for (const auto& path : paths) PathJson(w, view, triples, path);
  w.EndArray();
  w.EndObject();
}

// One row per hop: path number, hop number, subject, predicate, object, negated, modality,
// attributed_to, direction, sentence, article.
void PrintPathsTable(const traverse::GraphView& view, const EdgeTriples& triples,
                     const std::vector<std::vector<traverse::Hop>>& paths, OutputFormat format) {
  Table rows({"path", "hop", "subject", "predicate", "object", "negated", "modality",
              "attributed_to", "direction", "sentence", "article"});
  for (std::size_t p = 0; p < paths.size(); ++p) {
    for (std::size_t i = 0; i < paths[p].size(); ++i) {
      const auto& h = paths[p][i];
      const auto& t = triples.Of(view.TripleId(h.edge));
      rows.Add({std::to_string(p + 1), std::to_string(i + 1), t.subject.name, t.predicate,
                t.object.name, t.negated ? "true" : "false", t.modality, t.attributed_to,
                h.forward ? "forward" : "backward", t.evidence.sentence, t.evidence.article});
    }
  }
  rows.Write(std::cout, format);
}

void RunPath(const PathOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::int64_t a = ResolveEntity(store, o.from);
  const std::int64_t b = ResolveEntity(store, o.to);
  auto view = traverse::GraphView::Load(store);
  if (o.asserted_only) {
    traverse::EdgeFilter only;
    only.keep = AssertedEdges(store);
    view = traverse::GraphView(traverse::Filter(view.graph(), only));
  }
  const auto va = view.Find(a);
  const auto vb = view.Find(b);
  const traverse::PathFilter filter{o.via, ParseTypes(o.avoid)};
  const auto paths =
      va && vb ? view.ShortestPaths(*va, *vb, std::max<std::size_t>(1, o.k), o.max_hops, filter)
               : std::vector<std::vector<traverse::Hop>>{};
  const std::string from = store.Entity(a)->name;
  const std::string to = store.Entity(b)->name;
  const EdgeTriples triples = PathTriples(store, view, paths);
  const OutputFormat format = o.format.Get();
  if (format == OutputFormat::kJson) {
    PrintPathsJson(view, triples, from, to, paths);
    return;
  }
  if (format != OutputFormat::kTable) {
    PrintPathsTable(view, triples, paths, format);
    return;
  }
  if (paths.empty()) {
    std::cout << "no path from " << from << " to " << to << " within " << o.max_hops << " hops"
              << (o.asserted_only ? " (asserted facts only)" : "") << "\n";
    return;
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& path = paths[p];
    std::cout << (paths.size() > 1 ? "#" + std::to_string(p + 1) + " " : "") << from << " to " << to
              << ": " << path.size() << " hop" << (path.size() == 1 ? "" : "s") << "\n";
    for (const auto& h : path) {
      const auto& t = triples.Of(view.TripleId(h.edge));
      std::cout << "  " << t.subject.name << " -" << PredicateLabel(t) << "-> " << t.object.name
                << (h.forward ? "" : "   (walked backwards)") << "\n      "
                << Quoted(Truncate(t.evidence.sentence, 100)) << "  [" << t.evidence.article
                << "]\n";
    }
  }
}

}  // namespace

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
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Only through plain assertions: no negated, modal or merely reported edges");
  AddFormatOption(*cmd, o->format);
  cmd->footer("Example:\n  kg path Merz Putin\n  kg path Macron Zelenskyy --k 3 --avoid OTHER");
  cmd->callback([o, &ctx] { RunPath(*o, ctx); });
}

}  // namespace kg::cli
