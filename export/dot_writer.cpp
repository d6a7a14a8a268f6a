#include "export/escape.h"
#include "export/export.h"
#include "export/palette.h"

namespace kg::exporter {

void WriteDot(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  // Past kSfdpEdges edges, dot's layered layout takes minutes; sfdp (force-directed, multilevel)
  // with prism overlap removal still finishes under `dot -Tsvg`, which honours "layout".
  const bool large = num_edges(g) > kSfdpEdges;
  out << "digraph kg {\n"
      << (large ? "  graph [layout=sfdp, overlap=prism, fontname=\"Helvetica\"];\n"
                : "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n")
      << "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  const GraphIds ids(g, options);
  Sink s(out);
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    s << "  \"" << ids.Node(v) << "\" [label=\"" << DotEscape(g[v].name) << "\\n("
      << model::TypeName(g[v].type) << ")\", fillcolor=\"" << FillColour(g[v].type) << "\"";
    if (const char* shape = DotShape(g[v].type)) s << ", shape=" << shape << ", style=filled";
    s << "];\n";
  }
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    s << "  \"" << ids.Node(source(e, g)) << "\" -> \"" << ids.Node(target(e, g)) << "\" [label=\""
      << DotEscape(facts.modality) << (facts.modality.empty() ? "" : " ")
      << (r.negated ? "not " : "") << DotEscape(r.predicate) << "\"";
    if (options.evidence) s << ", tooltip=\"" << DotEscape(options.evidence(r.triple_id)) << "\"";
    if (r.negated) {
      s << ", style=dashed";
    } else if (!IsAsserted(r, facts)) {
      s << ", style=dotted";
    }
    s << "];\n";
  }
  s << "}\n";
}

}  // namespace kg::exporter
