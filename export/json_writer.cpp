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
  if (n == "html") return Format::kHtml;
  return std::nullopt;
}

void WriteJson(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  w.String("kg");
  w.EndObject();
  const GraphIds ids(g);
  w.Key("nodes");
  w.StartArray();
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    w.StartObject();
    w.Key("id");
    w.String(ids.Node(v).c_str());
    w.Key("name");
    w.String(g[v].name.c_str(), static_cast<rapidjson::SizeType>(g[v].name.size()));
    w.Key("type");
    w.String(std::string(model::TypeName(g[v].type)).c_str());
    w.EndObject();
  }
  w.EndArray();
  w.Key("links");
  w.StartArray();
  // networkx keys parallel edges between the same pair 0, 1, 2... in order.
  std::map<std::pair<traverse::Vertex, traverse::Vertex>, int> keys;
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const auto s = source(e, g);
    const auto t = target(e, g);
    w.StartObject();
    w.Key("source");
    w.String(ids.Node(s).c_str());
    w.Key("target");
    w.String(ids.Node(t).c_str());
    w.Key("key");
    w.Int(keys[{s, t}]++);
    w.Key("id");
    const EdgeId id = ids.Of(e);
    w.String(id.text, static_cast<rapidjson::SizeType>(id.size));
    w.Key("predicate");
    w.String(r.predicate.c_str(), static_cast<rapidjson::SizeType>(r.predicate.size()));
    w.Key("relation");
    w.String(r.relation.c_str(), static_cast<rapidjson::SizeType>(r.relation.size()));
    w.Key("confidence");
    const std::string confidence = FormatNumber(r.confidence);
    w.RawValue(confidence.c_str(), confidence.size(), rapidjson::kNumberType);
    w.Key("negated");
    w.Bool(r.negated);
    if (options.evidence) {
      const std::string ev = options.evidence(r.triple_id);
      w.Key("evidence");
      w.String(ev.c_str(), static_cast<rapidjson::SizeType>(ev.size()));
    }
    w.EndObject();
  }
  w.EndArray();
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
    case Format::kHtml:
      WriteHtml(g, out, options);
      return;
    case Format::kNeo4j:
      throw Error(ErrorCode::kInvalidInput, "neo4j export writes a folder (hint: -o FOLDER)");
  }
}

}  // namespace kg::exporter
