#include <cstdio>

#include "export/escape.h"
#include "export/export.h"

namespace kg::exporter {

void WriteGraphMl(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      << (options.yed_labels ? "xmlns:y=\"http://www.yworks.com/xml/graphml\" " : "")
      << "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
         "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
         "  <key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
         "  <key id=\"negated\" for=\"edge\" attr.name=\"negated\" attr.type=\"boolean\"/>\n";
  if (options.evidence) {
    out << "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n";
  }
  if (options.yed_labels) {
    out << "  <key id=\"yed_node\" for=\"node\" yfiles.type=\"nodegraphics\" "
           "attr.name=\"yed_node\" attr.type=\"string\"/>\n"
           "  <key id=\"yed_edge\" for=\"edge\" yfiles.type=\"edgegraphics\" "
           "attr.name=\"yed_edge\" attr.type=\"string\"/>\n";
  }
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  const GraphIds ids(g);
  Sink s(out);
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    // Ids are "n" or "e" and hex digits: nothing to escape.
    s << "    <node id=\"" << ids.Node(v) << "\">\n"
      << "      <data key=\"name\">" << Xml{g[v].name} << "</data>\n"
      << "      <data key=\"type\">" << model::TypeName(g[v].type) << "</data>\n";
    if (options.yed_labels) {
      s << "      <data key=\"yed_node\"><y:ShapeNode><y:NodeLabel>" << Xml{g[v].name}
        << "</y:NodeLabel></y:ShapeNode></data>\n";
    }
    s << "    </node>\n";
  }
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    s << "    <edge id=\"" << ids.Of(e) << "\" source=\"" << ids.Node(source(e, g))
      << "\" target=\"" << ids.Node(target(e, g)) << "\">\n"
      << "      <data key=\"predicate\">" << Xml{r.predicate} << "</data>\n"
      << "      <data key=\"relation\">" << Xml{r.relation} << "</data>\n"
      << "      <data key=\"confidence\">" << FormatNumber(r.confidence) << "</data>\n"
      << "      <data key=\"negated\">" << (r.negated ? "1" : "0")
      << "</data>\n";  // xs:boolean; Boost reads only 0/1
    if (options.evidence) {
      s << "      <data key=\"evidence\">" << Xml{options.evidence(r.triple_id)} << "</data>\n";
    }
    if (options.yed_labels) {
      s << "      <data key=\"yed_edge\"><y:PolyLineEdge><y:Arrows source=\"none\" "
           "target=\"standard\"/>"
        << "<y:EdgeLabel>" << Xml{r.predicate} << "</y:EdgeLabel></y:PolyLineEdge></data>\n";
    }
    s << "    </edge>\n";
  }
  s << "  </graph>\n</graphml>\n";
}

}  // namespace kg::exporter
