#include "export/escape.h"
#include "export/export.h"

namespace kg::exporter {
namespace {

// One fill colour per entity type (ColorBrewer Set3), so a reader sees the kinds at a glance.
const char* FillColour(model::EntityType t) {
  switch (t) {
    case model::EntityType::kPerson:
      return "#8dd3c7";
    case model::EntityType::kOrganization:
      return "#ffffb3";
    case model::EntityType::kCountry:
      return "#bebada";
    case model::EntityType::kCity:
      return "#fb8072";
    case model::EntityType::kLocation:
      return "#80b1d3";
    case model::EntityType::kEvent:
      return "#fdb462";
    case model::EntityType::kWeapon:
      return "#b3de69";
    case model::EntityType::kProduct:
      return "#fccde5";
    case model::EntityType::kMoney:
      return "#ccebc5";
    case model::EntityType::kDate:
      return "#bc80bd";
    case model::EntityType::kQuantity:
      return "#ffed6f";
    case model::EntityType::kOther:
      return "#d9d9d9";
  }
  return "#d9d9d9";
}

}  // namespace

void WriteDot(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  out << "digraph kg {\n"
         "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
         "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  const GraphIds ids(g);
  Sink s(out);
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    s << "  \"" << ids.Node(v) << "\" [label=\"" << DotEscape(g[v].name) << "\\n("
      << model::TypeName(g[v].type) << ")\", fillcolor=\"" << FillColour(g[v].type) << "\"];\n";
  }
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    s << "  \"" << ids.Node(source(e, g)) << "\" -> \"" << ids.Node(target(e, g)) << "\" [label=\""
      << (r.negated ? "not " : "") << DotEscape(r.predicate) << "\"";
    if (options.evidence) s << ", tooltip=\"" << DotEscape(options.evidence(r.triple_id)) << "\"";
    if (r.negated) s << ", style=dashed";
    s << "];\n";
  }
  s << "}\n";
}

}  // namespace kg::exporter
