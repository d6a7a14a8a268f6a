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

enum class Format { kGraphMl, kDot, kJson, kNTriples, kCsv, kNeo4j, kCytoscape, kHtml };

// Parses "graphml", "dot", "json", "ntriples", "csv", "neo4j", "cytoscape", "html"
// (case-insensitive).
[[nodiscard]] std::optional<Format> ParseFormat(const std::string& name);

// What the store knows about an edge beyond the graph: where it was read, its modality, and the
// model::Triple fields of attribution, time and value (the defaults: the article's own, undated
// fact about an entity).
struct EdgeFacts {
  std::string article;     // the article's content hash (SHA-256 hex), or an import's batch key
  std::int64_t start = 0;  // the evidence sentence's span in the article text, in code points
  std::int64_t end = 0;
  std::string modality;       // "could", "will", ...; "" for none
  std::string attributed_to;  // who the article credits with a reported fact; "" for none
  bool asserted = true;       // false: the article only reports it (model::Triple::asserted)
  std::string time;           // ISO 8601 at the text's precision ("2024-03"); "" undated
  std::string value;          // the object's normalised value ("825000000 USD"); "" for none
};

// True when an edge is a plain assertion: neither negated, nor modal, nor merely reported
// (model::IsAsserted).
[[nodiscard]] inline bool IsAsserted(const traverse::RelationEdge& r, const EdgeFacts& facts) {
  return facts.asserted && !r.negated && facts.modality.empty();
}

struct ExportOptions {
  // The sentence a triple came from, by triple id; empty when not wanted.
  std::function<std::string(std::int64_t)> evidence;
  // Provenance and modality by triple id. Edge ids hash the provenance in, so that two stores
  // built from the same articles in any order give every edge the same id. Empty: ids from the
  // graph alone, and no edge is modal.
  std::function<EdgeFacts(std::int64_t)> facts;
  // GraphML only: add yEd's own label elements (y:ShapeNode, y:PolyLineEdge), which yEd shows
  // and other readers ignore.
  bool yed_labels = false;
  // HTML only: the title (or else the source) of the article a triple came from, by triple id;
  // empty when not wanted.
  std::function<std::string(std::int64_t)> article;
  // HTML only: a note the page shows above the graph (e.g. that it was cut); empty for none.
  std::string warning;
};

// GraphML with typed keys: nodes name, label (= name, the key Gephi shows), type; edges label
// (= predicate), predicate, relation, confidence, negated, modality, attributed_to, asserted,
// time, value, evidence. Booleans
// are xs:boolean "true"/"false". Reads in networkx, igraph, yEd, Gephi and Boost's read_graphml
// (read the booleans as strings there: Boost's lexical_cast<bool> takes only 0/1). With
// yed_labels, nodes are filled by type and placed on a grid, type by type, for yEd's first view.
void WriteGraphMl(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Every format writes a node's type by model::TypeName; a STATEMENT node (a reported clause, no
// entity) is also marked where the format has a way: DOT shape=note, yEd a parallelogram, the
// Neo4j label Statement instead of Entity, the HTML page its own colour and a dashed outline.
//
// Graphviz DOT: nodes coloured by entity type, edges labelled by predicate ("not", modality),
// negated dashed, modal or merely reported dotted. Above kSfdpEdges edges the graph asks for the
// sfdp layout with overlap removal: Graphviz's dot layout took 26 s at 3,172 edges and gave nothing
// in 600 s at 10,000, where sfdp took 8 s and 30 s.
inline constexpr std::size_t kSfdpEdges = 1000;
void WriteDot(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Node-link JSON: {"directed", "multigraph", "graph", "nodes": [{id, name, type}], "links":
// [{source, target, key, id, predicate, relation, confidence, negated, modality, attributed_to,
// asserted, time, value, evidence}], "edges": the same list}. The list under both names lets
// one call, networkx.node_link_graph(data), read it in networkx 2.8 (which reads "links") and 3.x
// (whose default moves from "links" to "edges"); d3 reads "links".
void WriteJson(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);

// RDF N-Triples: rdfs:label and rdf:type per node; per edge a reified statement (rdf:Statement
// with rdf:subject/predicate/object) carrying urn:kg:negated and urn:kg:asserted (xsd:boolean),
// urn:kg:confidence (xsd:decimal), urn:kg:article, urn:kg:evidence, and when they are known
// urn:kg:modality, urn:kg:attributedTo, urn:kg:time and urn:kg:value (plain literals). Only an
// asserted edge is also written as the plain triple: a negated, modal or merely reported one
// never is. IRIs are minted under kRdfBase.
inline constexpr const char* kRdfBase = "urn:kg:";
void WriteNTriples(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// id,src,dst,predicate,relation,confidence,negated,modality,asserted,attributed_to,time,value:
// the edge table Spark GraphFrames reads (node ids as in every format).
void WriteEdgeCsv(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// id,name,type : the vertex table GraphFrames reads beside the edges.
void WriteVertexCsv(const traverse::Graph& g, std::ostream& out);
// Cytoscape.js elements: {"elements": {"nodes": [{"data": {id, name, type}}], "edges": [{"data":
// {id, source, target, predicate, ...}}]}}, as cytoscape({elements: data.elements}) reads it.
void WriteCytoscape(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);

// What WriteNeo4j wrote: whether a field holds a line break (neo4j-admin then needs
// --multiline-fields=true).
struct Neo4jFiles {
  bool multiline = false;
};
// nodes.csv and relationships.csv in folder, with the typed headers of neo4j-admin database import;
// a node's labels are Entity (Statement for a STATEMENT) and its type.
// A predicate becomes a relationship type in upper case with every other character '_' ("pay
// for" -> PAY_FOR); the lemma stays in the predicate property. Throws kg::Error (kIoError) when
// the folder cannot be written.
Neo4jFiles WriteNeo4j(const traverse::Graph& g, const std::string& folder,
                      const ExportOptions& options);
// The exact neo4j-admin (Neo4j 5) command that loads the folder into the database "neo4j".
[[nodiscard]] std::string Neo4jImportCommand(const std::string& folder, const Neo4jFiles& files);

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
// endpoints, predicate, relation, polarity and (given options.facts) its evidence: the article's
// content hash and the sentence's span. Two stores built from the same articles in any order give
// the same ids. Only an edge identical in all of these to another gets "-1", "-2"...
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
  explicit GraphIds(const traverse::Graph& g, const ExportOptions& options = {});
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
    std::string_view sentence;       // "" for imported triples
    std::string_view article_hash;   // SHA-256 hex, or "import:" + SHA-256 of the batch
    std::int64_t start = 0;          // the sentence's span in the article, in code points;
    std::int64_t end = 0;            // 0, 0 when there is no sentence
    std::string_view modality;       // "could", "will", ...; "" for none
    std::string_view attributed_to;  // who the article credits with it; "" for none
    bool asserted = true;            // false: the article only reports it
    std::string_view time;           // ISO 8601 at the text's precision; "" undated
    std::string_view value;          // the object's normalised value; "" for none
  };
  // Throws kg::Error when the store cannot be read.
  EdgeEvidence(const store::Store& store, const traverse::Graph& g);
  // The evidence of a triple of the graph; nullopt for a triple id the graph does not hold.
  [[nodiscard]] std::optional<Row> Of(std::int64_t triple_id) const;
  // Of(triple_id)'s sentence, "" when none: the shape ExportOptions::evidence takes.
  [[nodiscard]] std::string Sentence(std::int64_t triple_id) const;
  // Of(triple_id) as ExportOptions::facts takes it; EdgeFacts{} for a triple not in the graph.
  [[nodiscard]] EdgeFacts Facts(std::int64_t triple_id) const;

 private:
  std::vector<std::int64_t> ids_;  // ascending
  struct Slot {
    std::uint32_t sentence;
    std::uint32_t article;
    std::uint32_t modality;
    std::uint32_t qualifiers;  // index into qualifiers_; 0: none (the common case, kept small)
    std::int64_t start;
    std::int64_t end;
  };
  struct Qualifiers {
    std::uint32_t attributed_to = 0;  // indexes into texts_
    std::uint32_t time = 0;
    std::uint32_t value = 0;
    bool asserted = true;
  };
  std::vector<Slot> slots_;             // parallel to ids_
  std::vector<Qualifiers> qualifiers_;  // [0]: none
  std::vector<std::string> texts_;      // sentences, hashes and modalities, each once
};

}  // namespace kg::exporter
