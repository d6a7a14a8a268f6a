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

#include "graph/traverse/traverse.h"

namespace kg::exporter {

enum class Format { kGraphMl, kDot, kJson };

// Parses "graphml", "dot", "json" (case-insensitive).
[[nodiscard]] std::optional<Format> ParseFormat(const std::string& name);

struct ExportOptions {
  // The sentence a triple came from, by triple id; empty when not wanted.
  std::function<std::string(std::int64_t)> evidence;
};

// GraphML with typed keys (name, type, predicate, relation, confidence, negated, evidence); reads
// in networkx, igraph, yEd, Gephi and Boost's read_graphml.
void WriteGraphMl(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Graphviz DOT: nodes coloured by entity type, edges labelled by predicate.
void WriteDot(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);
// Node-link JSON: {"directed", "multigraph", "nodes": [{id, name, type}], "links": [{source,
// target, key, predicate, ...}]}, as networkx's node_link_graph and d3 read it.
void WriteJson(const traverse::Graph& g, std::ostream& out, const ExportOptions& options);

void Write(Format format, const traverse::Graph& g, std::ostream& out,
           const ExportOptions& options);

// "n42" for entity 42, "e7" for triple 7: stable across runs.
[[nodiscard]] std::string NodeId(const traverse::EntityVertex& v);
[[nodiscard]] std::string EdgeId(const traverse::RelationEdge& e);

}  // namespace kg::exporter
