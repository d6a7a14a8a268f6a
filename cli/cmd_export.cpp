// kg export: the whole graph, or a focus around one entity, for other tools.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
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
  bool asserted_only = false;
  ExcludeTypes exclude;
};

// d3's force layout in a browser stays interactive up to about this many nodes.
constexpr std::size_t kHtmlMaxNodes = 2000;

// Writes the file through a temporary beside it and a rename, so a failed export never leaves
// half a file.
void WriteFile(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw Error(ErrorCode::kIoError, path + ": cannot open for writing");
    write(out);
    out.flush();
    if (!out) throw Error(ErrorCode::kIoError, path + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    throw Error(ErrorCode::kIoError, path + ": cannot replace the file");
}

// graph.csv -> graph.vertices.csv: GraphFrames reads the vertices beside the edges.
std::string VerticesPath(const std::string& edges_path) {
  const std::filesystem::path p(edges_path);
  return (p.parent_path() / (p.stem().string() + ".vertices.csv")).string();
}

// The writers' view of the evidence: facts for every edge, sentences unless --no-evidence.
exporter::ExportOptions Options(const exporter::EdgeEvidence& evidence,
                                const ExportCommandOptions& o) {
  exporter::ExportOptions options;
  options.yed_labels = o.yed;
  options.facts = [&evidence](std::int64_t id) { return evidence.Facts(id); };
  if (o.evidence) options.evidence = [&evidence](std::int64_t id) { return evidence.Sentence(id); };
  return options;
}

// Writes to standard output, a file (with the vertices beside an edge CSV), or a Neo4j folder,
// and says on stderr what was written where.
void WriteExport(exporter::Format format, const traverse::Graph& graph,
                 const exporter::ExportOptions& options, const std::string& output) {
  if (format == exporter::Format::kNeo4j) {
    if (output.empty() || output == "-") {
      throw Error(ErrorCode::kInvalidInput,
                  "neo4j export writes nodes.csv and relationships.csv (hint: -o FOLDER)");
    }
    std::filesystem::create_directories(output);
    const auto files = exporter::WriteNeo4j(graph, output, options);
    std::cerr << "wrote " << num_vertices(graph) << " nodes and " << num_edges(graph)
              << " relationships to " << output << "/nodes.csv and relationships.csv\n"
              << "load them into an empty database (Neo4j 5) with:\n";
    std::cout << exporter::Neo4jImportCommand(output, files) << "\n";
    return;
  }
  if (output.empty() || output == "-") {
    exporter::Write(format, graph, std::cout, options);
    return;
  }
  WriteFile(output, [&](std::ostream& out) { exporter::Write(format, graph, out, options); });
  std::cerr << "wrote " << num_vertices(graph) << " nodes and " << num_edges(graph) << " edges to "
            << output << "\n";
  if (format == exporter::Format::kCsv) {
    const std::string vertices = VerticesPath(output);
    WriteFile(vertices, [&](std::ostream& out) { exporter::WriteVertexCsv(graph, out); });
    std::cerr << "wrote the vertices to " << vertices << "\n";
  }
}

void RunExport(const ExportCommandOptions& o, Context& ctx) {
  const auto format = exporter::ParseFormat(o.format);
  if (!format) {
    throw Error(ErrorCode::kInvalidInput,
                "unknown export format '" + o.format +
                    "' (hint: graphml, dot, json, cytoscape, ntriples, csv, neo4j, html)");
  }
  traverse::EdgeFilter filter;
  filter.types = ParseTypes(o.types);
  if (const auto kept = o.exclude.Kept(); !kept.empty()) {
    if (filter.types.empty()) filter.types = kept;
    std::erase_if(filter.types, [&](model::EntityType t) {
      return std::find(kept.begin(), kept.end(), t) == kept.end();
    });
    if (filter.types.empty()) throw Error(ErrorCode::kInvalidInput, "every type is excluded");
  }
  filter.predicates = o.predicates;
  filter.min_confidence = o.min_confidence;
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  if (o.asserted_only) filter.keep = AssertedEdges(store);
  const auto view = traverse::GraphView::Load(store);
  // The whole graph as it is, or the cut the options ask for (the same cut as kg neighbors).
  traverse::Graph cut;
  const traverse::Graph* graph = nullptr;
  if (o.focus.empty() && filter.empty()) {
    graph = &view.graph();
  } else {
    traverse::Cut c;
    if (!o.focus.empty()) c.focus = view.Find(ResolveEntity(store, o.focus));
    c.depth = o.depth;
    c.filter = filter;
    cut = view.Induced(view.Subgraph(c));
    graph = &cut;
  }
  if (*format == exporter::Format::kDot && num_edges(*graph) > exporter::kSfdpEdges) {
    std::cerr << "kg: note: " << num_edges(*graph) << " edges: the DOT file asks Graphviz for the "
              << "sfdp layout with overlap removal (dot's layered layout takes minutes above about "
              << exporter::kSfdpEdges << " edges)\n";
  }
  std::optional<traverse::Graph> page;
  if (*format == exporter::Format::kHtml) page = exporter::LargestForPage(*graph, kHtmlMaxNodes);
  std::string warning;
  if (page) {
    warning = "Showing the " + std::to_string(kHtmlMaxNodes) + " best-connected of " +
              std::to_string(num_vertices(*graph)) +
              " entities; use --focus, --type or --predicate to see others.";
    std::cerr << "kg: warning: " << num_vertices(*graph) << " nodes: the page shows the "
              << kHtmlMaxNodes
              << " best-connected (hint: --focus ENTITY --depth 2, or --type / --predicate)\n";
    graph = &*page;
  }
  const exporter::EdgeEvidence evidence(store, *graph);
  exporter::ExportOptions options = Options(evidence, o);
  if (*format == exporter::Format::kHtml) {
    options.warning = warning;
    options.article = [&store](std::int64_t triple_id) { return store.ArticleTitle(triple_id); };
  }
  WriteExport(*format, *graph, options, o.output);
}

}  // namespace

void SetupExport(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ExportCommandOptions>();
  auto* cmd = app.add_subcommand(
      "export",
      "Write the graph as GraphML, DOT, JSON, Cytoscape.js, N-Triples, CSV, Neo4j CSV or HTML");
  cmd->add_option(
         "--format", o->format,
         "graphml, dot, json (node-link), cytoscape (Cytoscape.js elements), ntriples, csv "
         "(edges; with -o also FILE.vertices.csv), neo4j (a folder; prints the import "
         "command), html (one offline page to explore)")
      ->check(CLI::IsMember(
          {"graphml", "dot", "json", "cytoscape", "ntriples", "csv", "neo4j", "html"}));
  cmd->add_option("--type", o->types, "Only edges between entities of these types")->take_all();
  AddExcludeTypeOptions(*cmd, o->exclude);
  cmd->add_option("--predicate", o->predicates, "Only edges with these predicates")->take_all();
  cmd->add_option("--min-confidence", o->min_confidence,
                  "Only edges at least this confident (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--focus", o->focus, "Only the neighbourhood of this entity");
  cmd->add_option("--depth", o->depth, "Hops around --focus (default 2)")->check(CLI::Range(1, 10));
  cmd->add_option("-o,--output", o->output, "File to write (default: standard output)");
  cmd->add_flag("!--no-evidence", o->evidence, "Leave the evidence sentences out");
  cmd->add_flag("--yed", o->yed,
                "GraphML: add yEd's graphics: labels, fills by type, nodes placed in a band per "
                "type");
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Only plain assertions: no negated, modal or merely reported edges");
  cmd->footer(
      "Example:\n  kg export --format dot | dot -Tsvg > graph.svg\n  kg export --format graphml -o "
      "graph.graphml\n  kg export --format html -o graph.html");
  cmd->callback([o, &ctx] { RunExport(*o, ctx); });
}

}  // namespace kg::cli
