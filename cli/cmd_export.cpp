// kg export, kg stats: the whole graph, or a focus around one entity, for other tools.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "export/export.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct ExportCommandOptions {
  std::string format = "graphml";
  std::string focus;
  int depth = 2;
  std::string output;
  bool evidence = true;
  bool yed = false;
  std::vector<std::string> types;
  std::vector<std::string> predicates;
  double min_confidence = 0.0;
};

// Graphviz lays out a few thousand edges in minutes; beyond that a focus is the useful view.
constexpr std::size_t kDotWarnEdges = 3000;
// d3's force layout in a browser stays interactive up to about this many nodes.
constexpr std::size_t kHtmlMaxNodes = 2000;

struct StatsOptions {
  bool json = false;
};

void RunExport(const ExportCommandOptions& o, Context& ctx) {
  const auto format = exporter::ParseFormat(o.format);
  if (!format) {
    throw Error(ErrorCode::kInvalidInput,
                "unknown export format '" + o.format +
                    "' (hint: graphml, dot, json, ntriples, csv, neo4j, html)");
  }
  traverse::EdgeFilter filter;
  filter.types = ParseTypes(o.types);
  filter.predicates = o.predicates;
  filter.min_confidence = o.min_confidence;
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = traverse::GraphView::Load(store);
  traverse::Graph focused;
  const traverse::Graph* graph = &view.graph();
  if (!o.focus.empty()) {
    const std::int64_t id = ResolveEntity(store, o.focus);
    focused = view.Induced(view.Neighbours(*view.Find(id), o.depth));
    graph = &focused;
  }
  traverse::Graph filtered;
  if (!filter.empty()) {
    filtered = traverse::Filter(*graph, filter);
    graph = &filtered;
  }
  if (*format == exporter::Format::kDot && num_edges(*graph) > kDotWarnEdges) {
    std::cerr << "kg: warning: " << num_edges(*graph)
              << " edges: Graphviz will take long to lay this out "
              << "(hint: --focus ENTITY --depth 2, or --min-confidence / --predicate)\n";
  }
  exporter::ExportOptions options;
  options.yed_labels = o.yed;
  std::optional<traverse::Graph> cut;
  if (*format == exporter::Format::kHtml) {
    cut = exporter::LargestForPage(*graph, kHtmlMaxNodes);
    options.article = [&store](std::int64_t triple_id) { return store.ArticleTitle(triple_id); };
  }
  if (cut) {
    options.warning = "Showing the " + std::to_string(kHtmlMaxNodes) + " best-connected of " +
                      std::to_string(num_vertices(*graph)) +
                      " entities; use --focus, --type or --predicate to see others.";
    std::cerr << "kg: warning: " << num_vertices(*graph) << " nodes: the page shows the "
              << kHtmlMaxNodes
              << " best-connected (hint: --focus ENTITY --depth 2, or --type / --predicate)\n";
    graph = &*cut;
  }
  if (o.evidence) {
    options.evidence = [&store](std::int64_t triple_id) {
      return store.EvidenceSentence(triple_id);
    };
  }
  if (*format == exporter::Format::kNeo4j) {
    if (o.output.empty() || o.output == "-") {
      throw Error(ErrorCode::kInvalidInput,
                  "neo4j export writes nodes.csv and relationships.csv (hint: -o FOLDER)");
    }
    std::filesystem::create_directories(o.output);
    exporter::WriteNeo4j(*graph, o.output, options);
    std::cerr << "wrote " << num_vertices(*graph) << " nodes and " << num_edges(*graph)
              << " relationships to " << o.output << "/nodes.csv and relationships.csv\n";
    return;
  }
  if (o.output.empty() || o.output == "-") {
    exporter::Write(*format, *graph, std::cout, options);
    return;
  }
  // Write beside the target and rename, so a failed export never leaves half a file.
  const std::string tmp = o.output + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw Error(ErrorCode::kIoError, o.output + ": cannot open for writing");
    exporter::Write(*format, *graph, out, options);
    out.flush();
    if (!out) throw Error(ErrorCode::kIoError, o.output + ": write failed");
  }
  if (std::rename(tmp.c_str(), o.output.c_str()) != 0) {
    throw Error(ErrorCode::kIoError, o.output + ": cannot replace the file");
  }
  std::cerr << "wrote " << num_vertices(*graph) << " nodes and " << num_edges(*graph)
            << " edges to " << o.output << "\n";
}

void RunStats(const StatsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto s = store.Stats();
  const auto view = traverse::GraphView::Load(store);
  int components = 0;
  (void)view.Components(&components);
  std::vector<std::pair<std::int64_t, std::string>> predicates;
  for (const auto& [p, n] : s.triples_by_predicate) predicates.emplace_back(-n, p);
  std::sort(predicates.begin(), predicates.end());
  if (o.json) {
    std::cout << "{\"articles\":" << s.articles << ",\"sentences\":" << s.sentences
              << ",\"entities\":" << s.entities << ",\"triples\":" << s.triples
              << ",\"nodes\":" << num_vertices(view.graph())
              << ",\"edges\":" << num_edges(view.graph()) << ",\"components\":" << components
              << ",\"entities_by_type\":{";
    bool first = true;
    for (const auto& [t, n] : s.entities_by_type) {
      std::cout << (first ? "" : ",") << JsonString(t) << ":" << n;
      first = false;
    }
    std::cout << "},\"top_predicates\":{";
    for (std::size_t i = 0; i < predicates.size() && i < 10; ++i) {
      std::cout << (i ? "," : "") << JsonString(predicates[i].second) << ":"
                << -predicates[i].first;
    }
    std::cout << "}}\n";
    return;
  }
  std::cout << "store       " << ctx.db << "\n"
            << "articles    " << s.articles << "\n"
            << "sentences   " << s.sentences << "\n"
            << "entities    " << s.entities << " (graph nodes)\n"
            << "triples     " << s.triples << " (graph edges)\n"
            << "components  " << components << "\n\nentities by type:\n";
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

void SetupExport(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ExportCommandOptions>();
  auto* cmd = app.add_subcommand(
      "export", "Write the graph as GraphML, DOT, JSON, N-Triples, CSV, Neo4j CSV or an HTML page");
  cmd->add_option("--format", o->format,
                  "graphml, dot, json (node-link), ntriples, csv (edges), neo4j (a folder), html "
                  "(one offline page to explore)")
      ->check(CLI::IsMember({"graphml", "dot", "json", "ntriples", "csv", "neo4j", "html"}));
  cmd->add_option("--type", o->types, "Only edges between entities of these types")->take_all();
  cmd->add_option("--predicate", o->predicates, "Only edges with these predicates")->take_all();
  cmd->add_option("--min-confidence", o->min_confidence,
                  "Only edges at least this confident (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--focus", o->focus, "Only the neighbourhood of this entity");
  cmd->add_option("--depth", o->depth, "Hops around --focus (default 2)")->check(CLI::Range(1, 10));
  cmd->add_option("-o,--output", o->output, "File to write (default: standard output)");
  cmd->add_flag("!--no-evidence", o->evidence, "Leave the evidence sentences out");
  cmd->add_flag("--yed", o->yed,
                "GraphML: add yEd's label elements so yEd shows names and predicates");
  cmd->footer(
      "Example:\n  kg export --format dot | dot -Tsvg > graph.svg\n  kg export --format graphml -o "
      "graph.graphml\n  kg export --format html -o graph.html");
  cmd->callback([o, &ctx] { RunExport(*o, ctx); });
}

void SetupStats(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<StatsOptions>();
  auto* cmd =
      app.add_subcommand("stats", "Counts of articles, sentences, entities (by type) and triples");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg stats --json");
  cmd->callback([o, &ctx] { RunStats(*o, ctx); });
}

}  // namespace kg::cli
