// Row formats for tools that read tables or triples: RDF N-Triples, an edge CSV for Spark
// GraphFrames, and Neo4j's bulk-import CSV.
#include <cctype>
#include <fstream>
#include <string>

#include "export/escape.h"
#include "export/export.h"
#include "model/error.h"

namespace kg::exporter {
namespace {

// RFC 3987 IRIs allow most characters; those N-Triples forbids in an IRI are percent-encoded.
std::string IriPart(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\' || c == '%' || c == '#' || c == '?' || c == '/') {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::string NtLiteral(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string Csv(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Neo4j relationship types are upper-case identifiers: "host with" -> HOST_WITH.
std::string RelationshipType(std::string_view predicate) {
  std::string out;
  for (const char c : predicate) {
    const auto u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? static_cast<char>(std::toupper(u)) : '_';
  }
  return out.empty() ? "RELATED" : out;
}

}  // namespace

void WriteNTriples(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  const std::string base = kRdfBase;
  const std::string rdf = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  const std::string xsd = "^^<http://www.w3.org/2001/XMLSchema#";
  const GraphIds ids(g, options);
  const auto node = [&](traverse::Vertex v) { return "<" + base + "entity/" + ids.Node(v) + ">"; };
  const auto boolean = [&](bool b) {
    return std::string(b ? "\"true\"" : "\"false\"") + xsd + "boolean>";
  };
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    out << node(v) << " <http://www.w3.org/2000/01/rdf-schema#label> " << NtLiteral(g[v].name)
        << " .\n";
    out << node(v) << " " << rdf << "type> <" << base << "type/" << model::TypeName(g[v].type)
        << "> .\n";
  }
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    const bool asserted = IsAsserted(r, facts);
    const std::string predicate = "<" + base + "predicate/" + IriPart(r.predicate) + ">";
    // Only a plain assertion is stated as a triple; a negated, modal or reported one lives only in
    // its reified statement, so a reader that ignores reification never takes it for true.
    if (asserted)
      out << node(source(e, g)) << " " << predicate << " " << node(target(e, g)) << " .\n";
    const std::string statement = "<" + base + "triple/" + ids.Of(e).str() + ">";
    out << statement << " " << rdf << "type> " << rdf << "Statement> .\n"
        << statement << " " << rdf << "subject> " << node(source(e, g)) << " .\n"
        << statement << " " << rdf << "predicate> " << predicate << " .\n"
        << statement << " " << rdf << "object> " << node(target(e, g)) << " .\n"
        << statement << " <" << base << "negated> " << boolean(r.negated) << " .\n"
        << statement << " <" << base << "asserted> " << boolean(asserted) << " .\n"
        << statement << " <" << base << "confidence> \"" << FormatNumber(r.confidence) << "\""
        << xsd << "decimal> .\n";
    // Plain literals, written only when known.
    const auto literal = [&](const char* property, const std::string& text) {
      if (!text.empty())
        out << statement << " <" << base << property << "> " << NtLiteral(text) << " .\n";
    };
    literal("modality", facts.modality);
    literal("attributedTo", facts.attributed_to);
    literal("time", facts.time);
    literal("value", facts.value);
    if (!facts.article.empty()) {
      out << statement << " <" << base << "article> <" << base << "article/"
          << IriPart(facts.article) << "> .\n";
    }
    if (options.evidence) {
      out << statement << " <" << base << "evidence> " << NtLiteral(options.evidence(r.triple_id))
          << " .\n";
    }
  }
}

void WriteEdgeCsv(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  out << "id,src,dst,predicate,relation,confidence,negated,modality,asserted,attributed_to,time,"
         "value\n";
  const GraphIds ids(g, options);
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    out << std::string_view(ids.Of(e)) << ',' << ids.Node(source(e, g)) << ','
        << ids.Node(target(e, g)) << ',' << Csv(r.predicate) << ',' << Csv(r.relation) << ','
        << FormatNumber(r.confidence) << ',' << (r.negated ? "true" : "false") << ','
        << Csv(facts.modality) << ',' << (IsAsserted(r, facts) ? "true" : "false") << ','
        << Csv(facts.attributed_to) << ',' << Csv(facts.time) << ',' << Csv(facts.value) << '\n';
  }
}

void WriteVertexCsv(const traverse::Graph& g, std::ostream& out) {
  out << "id,name,type\n";
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g)))
    out << NodeId(g[v]) << ',' << Csv(g[v].name) << ',' << model::TypeName(g[v].type) << '\n';
}

Neo4jFiles WriteNeo4j(const traverse::Graph& g, const std::string& folder,
                      const ExportOptions& options) {
  std::ofstream nodes(folder + "/nodes.csv", std::ios::binary);
  std::ofstream rels(folder + "/relationships.csv", std::ios::binary);
  if (!nodes || !rels)
    throw Error(ErrorCode::kIoError, folder + ": cannot write nodes.csv and relationships.csv");
  Neo4jFiles files;
  const auto field = [&files](std::string_view text) {
    if (text.find_first_of("\n\r") != std::string_view::npos) files.multiline = true;
    return Csv(text);
  };
  const GraphIds ids(g, options);
  nodes << "id:ID,name,type,:LABEL\n";
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    const std::string type(model::TypeName(g[v].type));
    // A reported clause is no entity: Neo4j queries over :Entity leave statements out.
    const char* label = g[v].type == model::EntityType::kStatement ? ",Statement;" : ",Entity;";
    nodes << ids.Node(v) << ',' << field(g[v].name) << ',' << type << label << type << '\n';
  }
  rels << ":START_ID,:END_ID,:TYPE,id,predicate,relation,confidence:float,negated:boolean,"
          "modality,asserted:boolean,attributed_to,time,value,evidence\n";
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    rels << ids.Node(source(e, g)) << ',' << ids.Node(target(e, g)) << ','
         << RelationshipType(r.predicate) << ',' << std::string_view(ids.Of(e)) << ','
         << field(r.predicate) << ',' << field(r.relation) << ',' << FormatNumber(r.confidence)
         << ',' << (r.negated ? "true" : "false") << ',' << field(facts.modality) << ','
         << (IsAsserted(r, facts) ? "true" : "false") << ',' << field(facts.attributed_to) << ','
         << field(facts.time) << ',' << field(facts.value) << ','
         << field(options.evidence ? options.evidence(r.triple_id) : "") << '\n';
  }
  if (!nodes.flush() || !rels.flush()) throw Error(ErrorCode::kIoError, folder + ": write failed");
  return files;
}

std::string Neo4jImportCommand(const std::string& folder, const Neo4jFiles& files) {
  return "neo4j-admin database import full --nodes=" + folder +
         "/nodes.csv --relationships=" + folder + "/relationships.csv" +
         (files.multiline ? " --multiline-fields=true" : "") + " neo4j";
}

}  // namespace kg::exporter
