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

enum class Format { kGraphMl, kDot, kJson, kNTriples, kCsv, kNeo4j };

// Parses "graphml", "dot", "json", "ntriples", "csv", "neo4j" (case-insensitive).
[[nodiscard]] std::optional<Format> ParseFormat(const std::string& name);

struct ExportOptions {
  // The sentence a triple came from, by triple id; empty when not wanted.
  std::function<std::string(std::int64_t)> evidence;
  // GraphML only: add yEd's own label elements (y:ShapeNode, y:PolyLineEdge), which yEd shows
  // and other readers ignore.
  bool yed_labels = false;
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

namespace kg::exporter {

// Where each edge of a graph came from, read from the store in one ordered scan (never one query
// per edge), for the writers' evidence and for ids derived from it. Sentences and article hashes
// are kept once each however many edges share them.
class EdgeEvidence {
 public:
  struct Row {
    std::string_view sentence;      // "" for imported triples
    std::string_view article_hash;  // SHA-256 hex, or "import:" + SHA-256 of the batch
    std::int64_t start = -1;        // character span in the article; -1 when unknown
    std::int64_t end = -1;
  };
  // Throws kg::Error when the store cannot be read.
  EdgeEvidence(const store::Store& store, const traverse::Graph& g);
  // The evidence of a triple of the graph; nullopt for a triple id the graph does not hold.
  [[nodiscard]] std::optional<Row> Of(std::int64_t triple_id) const;
  // Of(triple_id)'s sentence, "" when none: the shape ExportOptions::evidence takes.
  [[nodiscard]] std::string Sentence(std::int64_t triple_id) const;

 private:
  std::vector<std::int64_t> ids_;  // ascending
  struct Slot {
    std::uint32_t sentence;
    std::uint32_t article;
    std::int64_t start;
    std::int64_t end;
  };
  std::vector<Slot> slots_;         // parallel to ids_
  std::vector<std::string> texts_;  // sentences and hashes, each once
};

}  // namespace kg::exporter
