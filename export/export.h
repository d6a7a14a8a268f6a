#pragma once

// Writers for the graph formats other tools read. Output is deterministic: vertices in store-id
// order, edges in triple-id order, numbers in a fixed format, no timestamps.
//
//   kg::exporter::WriteGraphMl(view.graph(), out, options);

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>

#include "graph/traverse/traverse.h"

namespace kg::exporter {

enum class Format { kGraphMl, kDot, kJson, kNTriples, kCsv, kNeo4j, kHtml };

// Parses "graphml", "dot", "json", "ntriples", "csv", "neo4j", "html" (case-insensitive).
[[nodiscard]] std::optional<Format> ParseFormat(const std::string& name);

struct ExportOptions {
  // The sentence a triple came from, by triple id; empty when not wanted.
  std::function<std::string(std::int64_t)> evidence;
  // GraphML only: add yEd's own label elements (y:ShapeNode, y:PolyLineEdge), which yEd shows
  // and other readers ignore.
  bool yed_labels = false;
  // HTML only: the title (or else the source) of the article a triple came from, by triple id;
  // empty when not wanted.
  std::function<std::string(std::int64_t)> article;
  // HTML only: a note the page shows above the graph (e.g. that it was cut); empty for none.
  std::string warning;
};

// GraphML with typed keys (name, type, predicate, relation, confidence, negated, evidence); reads
// in networkx, igraph, yEd, Gephi and Boost's read_graphml.
void WriteGraphMl(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Graphviz DOT: nodes coloured by entity type, edges labelled by predicate.
void WriteDot(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Node-link JSON: {"directed", "multigraph", "nodes": [{id, name, type}], "links": [{source,
// target, key, predicate, ...}]}, as networkx's node_link_graph and d3 read it.
void WriteJson(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);

// RDF N-Triples: rdfs:label and rdf:type per node, one statement per edge, and its provenance
// (confidence, evidence) on a reified statement. IRIs are minted under kRdfBase.
inline constexpr const char* kRdfBase = "urn:kg:";
void WriteNTriples(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// id,src,dst,predicate,... : the edge table Spark GraphFrames reads (node ids as in every format).
void WriteEdgeCsv(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// nodes.csv and relationships.csv in folder, with the typed headers of neo4j-admin database import.
// Throws kg::Error (kIoError) when the folder cannot be written.
void WriteNeo4j(const traverse::Graph& g, const std::string& folder, const ExportOptions& options);

// One self-contained HTML page (no network): d3 v3's force layout, colours and a legend by type,
// search by name, filters by type and predicate, negated edges dashed, and a click on a node or
// edge shows its sentences and articles. The page writes "N nodes, M edges" in #counts and any
// script error in #errors. Meant for up to a few thousand nodes (see LargestForPage).
void WriteHtml(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// The max_nodes vertices of highest degree (in + out; ties: lower store id first) and the edges
// among them, in g's order; nullopt when g has no more than max_nodes vertices.
[[nodiscard]] std::optional<traverse::Graph> LargestForPage(const traverse::Graph& g,
                                                            std::size_t max_nodes);

// Every format but kNeo4j, which writes a folder.
void Write(Format format, const traverse::Graph& g, std::ostream& out,
           const ExportOptions& options);

// Ids derived from content, stable across runs, stores and machines, so that graphs exported
// from different stores can be merged: a node's from its type and name, an edge's from its
// endpoints, predicate and relation (with "-1", "-2" for repeats), by triple id.
[[nodiscard]] std::string NodeId(const traverse::EntityVertex& v);

// An edge id, spelled without touching the heap: "e" + 16 hex digits [+ "-" repeat].
struct EdgeId {
  char text[32];
  std::size_t size;
  operator std::string_view() const { return {text, size}; }  // NOLINT: reads like a string
  [[nodiscard]] std::string str() const { return {text, size}; }
};

// Every id of one graph, computed once: by vertex, and by edge.
class GraphIds {
 public:
  explicit GraphIds(const traverse::Graph& g);
  [[nodiscard]] const std::string& Node(traverse::Vertex v) const { return nodes_[v]; }
  [[nodiscard]] EdgeId Of(const traverse::Edge& e) const;

 private:
  std::vector<std::string> nodes_;
  std::vector<std::uint64_t> edge_hash_;    // by edge index
  std::vector<std::uint32_t> edge_repeat_;  // 0: the first edge with its hash
};

}  // namespace kg::exporter
