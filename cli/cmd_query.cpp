// kg query: pattern queries over the graph, with the sentences behind every edge.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "graph/query/query.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string pattern;
  bool evidence = false;
  bool json = false;
  std::string format = "table";
  std::size_t limit = 0;
};

std::string Cell(const traverse::Graph& g, const query::Value& v) {
  if (v.node) return g[*v.node].name;
  if (!v.edges.empty()) {
    std::string out;
    for (const auto& e : v.edges) out += (out.empty() ? "" : ", ") + g[e].predicate.str();
    return out;
  }
  return v.text;
}

std::string CsvField(const std::string& s, char sep) {
  if (sep == '\t') {
    std::string out = s;
    for (char& c : out) {
      if (c == '\t' || c == '\n') c = ' ';
    }
    return out;
  }
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void PrintJson(const traverse::Graph& g, const store::Store& store, const query::Result& r,
               bool evidence) {
  std::cout << "{\"columns\":[";
  for (std::size_t i = 0; i < r.columns.size(); ++i)
    std::cout << (i ? "," : "") << JsonString(r.columns[i]);
  std::cout << "],\"count\":" << r.rows.size() << ",\"rows\":[";
  for (std::size_t k = 0; k < r.rows.size(); ++k) {
    const auto& row = r.rows[k];
    std::cout << (k ? ",\n" : "\n") << "{";
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const auto& v = row.values[i];
      std::cout << (i ? "," : "") << JsonString(r.columns[i]) << ":";
      if (v.node) {
        std::cout << "{\"name\":" << JsonString(g[*v.node].name) << ",\"type\":\""
                  << model::TypeName(g[*v.node].type) << "\"}";
      } else if (!v.edges.empty()) {
        std::cout << "[";
        for (std::size_t e = 0; e < v.edges.size(); ++e) {
          std::cout << (e ? "," : "")
                    << "{\"predicate\":" << JsonString(g[v.edges[e]].predicate.str()) << "}";
        }
        std::cout << "]";
      } else {
        std::cout << JsonString(v.text);
      }
    }
    if (evidence) {
      std::cout << ",\"evidence\":[";
      for (std::size_t e = 0; e < row.edges.size(); ++e) {
        std::cout << (e ? "," : "") << TripleJson(store.Triple(g[row.edges[e]].triple_id)->triple);
      }
      std::cout << "]";
    }
    std::cout << "}";
  }
  std::cout << "]}\n";
}

void RunQuery(const QueryOptions& o, Context& ctx) {
  query::Query q;
  try {
    q = query::Parse(o.pattern);
  } catch (const query::QueryError& e) {
    std::cerr << "kg: error: query: " << e.what() << " at column " << e.column() << "\n  "
              << o.pattern << "\n  " << std::string(e.column() > 0 ? e.column() - 1 : 0, ' ')
              << "^\n";
    ctx.exit_code = kExitUsage;
    return;
  }
  if (o.limit > 0) q.limit = o.limit;
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = traverse::GraphView::Load(store);
  query::Result r;
  try {
    r = query::Run(q, view, [&store](const std::string& name) { return store.FindEntities(name); });
  } catch (const query::QueryError& e) {
    std::cerr << "kg: error: query: " << e.what() << "\n";
    ctx.exit_code = kExitUsage;
    return;
  }
  const auto& g = view.graph();
  if (o.json) {
    PrintJson(g, store, r, o.evidence);
    return;
  }
  if (o.format == "csv" || o.format == "tsv") {
    const char sep = o.format == "csv" ? ',' : '\t';
    for (std::size_t i = 0; i < r.columns.size(); ++i)
      std::cout << (i ? std::string(1, sep) : "") << r.columns[i];
    if (o.evidence) std::cout << sep << "evidence";
    std::cout << "\n";
    for (const auto& row : r.rows) {
      for (std::size_t i = 0; i < row.values.size(); ++i) {
        std::cout << (i ? std::string(1, sep) : "") << CsvField(Cell(g, row.values[i]), sep);
      }
      if (o.evidence) {
        std::string sentences;
        for (const auto& e : row.edges) {
          sentences += (sentences.empty() ? "" : " | ") +
                       store.Triple(g[e].triple_id)->triple.evidence.sentence;
        }
        std::cout << sep << CsvField(sentences, sep);
      }
      std::cout << "\n";
    }
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : r.rows) {
    std::vector<std::string> cells;
    for (const auto& v : row.values) cells.push_back(Truncate(Cell(g, v), 60));
    rows.push_back(std::move(cells));
  }
  if (!o.evidence) {
    PrintTable(std::cout, r.columns, rows);
  } else {
    for (std::size_t k = 0; k < r.rows.size(); ++k) {
      PrintTable(std::cout, r.columns, {rows[k]});
      for (const auto& e : r.rows[k].edges) {
        const auto t = store.Triple(g[e].triple_id)->triple;
        std::cout << "    " << t.subject.name << " -" << t.predicate << "-> " << t.object.name
                  << ": \"" << t.evidence.sentence << "\" [" << t.evidence.article << "]\n";
      }
      std::cout << "\n";
    }
  }
  std::cout << r.rows.size() << " row" << (r.rows.size() == 1 ? "" : "s") << "\n";
}

}  // namespace

void SetupQuery(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<QueryOptions>();
  auto* cmd = app.add_subcommand("query", "Match a pattern in the graph (Cypher-like)");
  cmd->add_option("pattern", o->pattern, "The pattern, e.g. '(c:COUNTRY)-[:fund]->(x) RETURN c, x'")
      ->required();
  cmd->add_flag("--evidence", o->evidence, "Show the sentence behind every edge of a row");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->add_option("--format", o->format, "table, csv or tsv")
      ->check(CLI::IsMember({"table", "csv", "tsv"}));
  cmd->add_option("--limit", o->limit, "At most this many rows");
  cmd->footer(R"(Examples:
  kg query '(c:COUNTRY)-[:fund]->(x) RETURN c, x'
  kg query '(p:PERSON)-[:say]->(q) RETURN p, q' --evidence
  kg query '(a {name:"Merz"})-[*1..3]-(b {name:"Putin"}) RETURN a, b'
  kg query '(p:PERSON)-[r]->(o) WHERE r.confidence > 0.7 AND o.type = "COUNTRY" RETURN p, r, o'
Nodes: (var:TYPE {name:"..."}). Edges: -[var:pred|pred*min..max]->, <-[...]-, -[...]- (either way).
WHERE var.name|type|confidence|predicate = <> < > <= >= CONTAINS value, joined by AND. LIMIT n.)");
  cmd->callback([o, &ctx] { RunQuery(*o, ctx); });
}

}  // namespace kg::cli
