#include <cstdio>
#include <map>

#include "export/escape.h"
#include "export/export.h"
#include "export/palette.h"

namespace kg::exporter {
namespace {

void WriteKeys(Sink& s, const ExportOptions& options) {
  s << "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
       "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
       "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
       "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
       "  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
       "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
       "  <key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
       "  <key id=\"negated\" for=\"edge\" attr.name=\"negated\" attr.type=\"boolean\"/>\n"
       "  <key id=\"modality\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>\n"
       "  <key id=\"attributed_to\" for=\"edge\" attr.name=\"attributed_to\" "
       "attr.type=\"string\"/>\n"
       "  <key id=\"asserted\" for=\"edge\" attr.name=\"asserted\" attr.type=\"boolean\"/>\n"
       "  <key id=\"time\" for=\"edge\" attr.name=\"time\" attr.type=\"string\"/>\n"
       "  <key id=\"value\" for=\"edge\" attr.name=\"value\" attr.type=\"string\"/>\n";
  if (options.evidence) {
    s << "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n";
  }
  if (options.yed_labels) {
    // attr.name and attr.type too: readers other than yEd (Boost's) insist on a type.
    s << "  <key id=\"yed_node\" for=\"node\" yfiles.type=\"nodegraphics\" "
         "attr.name=\"yed_node\" attr.type=\"string\"/>\n"
         "  <key id=\"yed_edge\" for=\"edge\" yfiles.type=\"edgegraphics\" "
         "attr.name=\"yed_edge\" attr.type=\"string\"/>\n";
  }
}

// yEd's first view: a band of rows per entity type, nodes side by side in it, filled by type.
class YedPlacer {
 public:
  explicit YedPlacer(const traverse::Graph& g) {
    std::map<int, int> count;
    for (const traverse::Vertex v : boost::make_iterator_range(vertices(g)))
      ++count[static_cast<int>(g[v].type)];
    int rows = 0;
    for (const auto& [band, n] : count) {
      first_row_[band] = rows;
      rows += (n + kPerRow - 1) / kPerRow + 1;  // a blank row between types
    }
  }

  void Node(Sink& s, const traverse::EntityVertex& v) {
    const auto band = static_cast<int>(v.type);
    const int index = placed_[band]++;
    const int row = first_row_[band] + index / kPerRow;
    char geometry[160];
    std::snprintf(geometry, sizeof geometry,
                  "<y:Geometry x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                  (index % kPerRow) * (kWidth + 20), row * (kHeight + 30), kWidth, kHeight);
    s << "      <data key=\"yed_node\"><y:ShapeNode>" << geometry << "<y:Fill color=\""
      << FillColour(v.type) << "\" transparent=\"false\"/><y:NodeLabel>" << Xml{v.name}
      << "</y:NodeLabel><y:Shape type=\""
      << (DotShape(v.type) != nullptr ? "parallelogram" : "roundrectangle")
      << "\"/></y:ShapeNode></data>\n";
  }

 private:
  static constexpr double kWidth = 160;
  static constexpr double kHeight = 40;
  static constexpr int kPerRow = 12;
  std::map<int, int> placed_;
  std::map<int, int> first_row_;
};

}  // namespace

void WriteGraphMl(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  Sink s(out);
  s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    << (options.yed_labels ? "xmlns:y=\"http://www.yworks.com/xml/graphml\" " : "")
    << "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(s, options);
  s << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  const GraphIds ids(g, options);
  YedPlacer yed(g);
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    // Ids are "n" or "e" and hex digits: nothing to escape.
    s << "    <node id=\"" << ids.Node(v) << "\">\n"
      << "      <data key=\"name\">" << Xml{g[v].name} << "</data>\n"
      << "      <data key=\"label\">" << Xml{g[v].name} << "</data>\n"
      << "      <data key=\"type\">" << model::TypeName(g[v].type) << "</data>\n";
    if (options.yed_labels) yed.Node(s, g[v]);
    s << "    </node>\n";
  }
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    // xs:boolean: graphology, Gephi and yEd read "true"/"false"; "1"/"0" read as not negated.
    s << "    <edge id=\"" << ids.Of(e) << "\" source=\"" << ids.Node(source(e, g))
      << "\" target=\"" << ids.Node(target(e, g)) << "\">\n"
      << "      <data key=\"elabel\">" << Xml{r.predicate} << "</data>\n"
      << "      <data key=\"predicate\">" << Xml{r.predicate} << "</data>\n"
      << "      <data key=\"relation\">" << Xml{r.relation} << "</data>\n"
      << "      <data key=\"confidence\">" << FormatNumber(r.confidence) << "</data>\n"
      << "      <data key=\"negated\">" << (r.negated ? "true" : "false") << "</data>\n"
      << "      <data key=\"modality\">" << Xml{facts.modality} << "</data>\n"
      << "      <data key=\"attributed_to\">" << Xml{facts.attributed_to} << "</data>\n"
      << "      <data key=\"asserted\">" << (IsAsserted(r, facts) ? "true" : "false") << "</data>\n"
      << "      <data key=\"time\">" << Xml{facts.time} << "</data>\n"
      << "      <data key=\"value\">" << Xml{facts.value} << "</data>\n";
    if (options.evidence) {
      s << "      <data key=\"evidence\">" << Xml{options.evidence(r.triple_id)} << "</data>\n";
    }
    if (options.yed_labels) {
      s << "      <data key=\"yed_edge\"><y:PolyLineEdge><y:LineStyle type=\""
        << (r.negated              ? "dashed"
            : IsAsserted(r, facts) ? "line"
                                   : "dotted")
        << "\"/><y:Arrows source=\"none\" target=\"standard\"/>"
        << "<y:EdgeLabel>" << (r.negated ? "not " : "") << Xml{r.predicate}
        << "</y:EdgeLabel></y:PolyLineEdge></data>\n";
    }
    s << "    </edge>\n";
  }
  s << "  </graph>\n</graphml>\n";
}

}  // namespace kg::exporter
