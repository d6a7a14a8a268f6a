#include <algorithm>
#include <cctype>
#include <map>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "export/escape.h"
#include "export/export.h"
#include "model/error.h"

namespace kg::exporter {

std::optional<Format> ParseFormat(const std::string& name) {
  std::string n = name;
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "graphml") return Format::kGraphMl;
  if (n == "dot" || n == "gv") return Format::kDot;
  if (n == "json") return Format::kJson;
  if (n == "ntriples" || n == "nt") return Format::kNTriples;
  if (n == "csv") return Format::kCsv;
  if (n == "neo4j") return Format::kNeo4j;
  if (n == "cytoscape") return Format::kCytoscape;
  if (n == "html") return Format::kHtml;
  return std::nullopt;
}

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void Text(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// The fields every edge carries in JSON, after its ends: id, predicate, relation, confidence,
// negated, modality, attributed_to, asserted, time, value, evidence.
void EdgeFields(JsonWriter& w, const traverse::Graph& g, const traverse::Edge& e,
                const GraphIds& ids, const ExportOptions& options) {
  const auto& r = g[e];
  const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
  Text(w, "id", ids.Of(e));
  Text(w, "predicate", r.predicate);
  Text(w, "relation", r.relation);
  w.Key("confidence");
  const std::string confidence = FormatNumber(r.confidence);
  w.RawValue(confidence.c_str(), confidence.size(), rapidjson::kNumberType);
  w.Key("negated");
  w.Bool(r.negated);
  Text(w, "modality", facts.modality);
  Text(w, "attributed_to", facts.attributed_to);
  w.Key("asserted");
  w.Bool(IsAsserted(r, facts));
  Text(w, "time", facts.time);
  Text(w, "value", facts.value);
  if (options.evidence) Text(w, "evidence", options.evidence(r.triple_id));
}

void NodeFields(JsonWriter& w, const traverse::Graph& g, traverse::Vertex v, const GraphIds& ids) {
  Text(w, "id", ids.Node(v));
  Text(w, "name", g[v].name);
  Text(w, "type", model::TypeName(g[v].type));
}

void Links(JsonWriter& w, const traverse::Graph& g, const GraphIds& ids,
           const ExportOptions& options) {
  w.StartArray();
  // networkx keys parallel edges between the same pair 0, 1, 2... in order.
  std::map<std::pair<traverse::Vertex, traverse::Vertex>, int> keys;
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto s = source(e, g);
    const auto t = target(e, g);
    w.StartObject();
    Text(w, "source", ids.Node(s));
    Text(w, "target", ids.Node(t));
    w.Key("key");
    w.Int(keys[{s, t}]++);
    EdgeFields(w, g, e, ids, options);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteJson(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  Text(w, "name", "kg");
  w.EndObject();
  const GraphIds ids(g, options);
  w.Key("nodes");
  w.StartArray();
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    w.StartObject();
    NodeFields(w, g, v, ids);
    w.EndObject();
  }
  w.EndArray();
  // networkx 2.8 reads "links", 3.6 "edges": the same list under both names.
  w.Key("links");
  Links(w, g, ids, options);
  w.Key("edges");
  Links(w, g, ids, options);
  w.EndObject();
  out << "\n";
}

void WriteCytoscape(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  const GraphIds ids(g, options);
  w.StartObject();
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    NodeFields(w, g, v, ids);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    Text(w, "source", ids.Node(source(e, g)));
    Text(w, "target", ids.Node(target(e, g)));
    EdgeFields(w, g, e, ids, options);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  out << "\n";
}

void Write(Format format, const traverse::Graph& g, std::ostream& out,
           const ExportOptions& options) {
  switch (format) {
    case Format::kGraphMl:
      WriteGraphMl(g, out, options);
      return;
    case Format::kDot:
      WriteDot(g, out, options);
      return;
    case Format::kJson:
      WriteJson(g, out, options);
      return;
    case Format::kNTriples:
      WriteNTriples(g, out, options);
      return;
    case Format::kCsv:
      WriteEdgeCsv(g, out, options);
      return;
    case Format::kCytoscape:
      WriteCytoscape(g, out, options);
      return;
    case Format::kHtml:
      WriteHtml(g, out, options);
      return;
    case Format::kNeo4j:
      throw Error(ErrorCode::kInvalidInput, "neo4j export writes a folder (hint: -o FOLDER)");
  }
}

}  // namespace kg::exporter
