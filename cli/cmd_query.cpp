// kg query: pattern queries over the graph, with the sentences behind every edge.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <memory>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "graph/query/query.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string pattern;
  std::string file;  // -f: the pattern is in this file, or "-" for standard input
  bool evidence = false;
  bool group = false;
  bool asserted_only = false;
  FormatOption format;
  std::size_t limit = 0;
};

// Every triple a result uses, read from the store in one batch.
EdgeTriples RowTriples(const store::Store& store, const traverse::Graph& g,
                       const query::Result& r) {
  std::vector<std::int64_t> ids;
  for (const auto& row : r.rows) {
    for (const auto& e : row.edges) ids.push_back(g[e].triple_id);
  }
  return EdgeTriples(store, ids);
}

// What a row rests on: negated, modal or reported when any edge of the match is; the modality
// and attribution of the first edge that has one.
struct RowTruth {
  bool negated = false;
  std::string modality;
  std::string attributed_to;
  bool asserted = true;  // model::IsAsserted of every edge
  [[nodiscard]] std::vector<std::string> Cells() const {
    return {negated ? "true" : "false", modality, attributed_to};
  }
};

RowTruth TruthOf(const query::Row& row, const traverse::Graph& g, const EdgeTriples& triples) {
  RowTruth truth;
  for (const auto& e : row.edges) {
    const auto& t = triples.Of(g[e].triple_id);
    truth.negated = truth.negated || t.negated;
    if (truth.modality.empty()) truth.modality = t.modality;
    if (truth.attributed_to.empty()) truth.attributed_to = t.attributed_to;
    truth.asserted = truth.asserted && model::IsAsserted(t);
  }
  return truth;
}

std::string Cell(const traverse::Graph& g, const query::Value& v, const EdgeTriples& triples) {
  if (v.node) return g[*v.node].name;
  if (!v.edges.empty()) {
    std::string out;
    for (const auto& e : v.edges)
      out += (out.empty() ? "" : ", ") + PredicateLabel(triples.Of(g[e].triple_id));
    return out;
  }
  return v.text;
}

void WriteValueJson(JsonWriter& w, const traverse::Graph& g, const query::Value& v,
                    const EdgeTriples& triples) {
  if (v.node) {
    EntityJson(w, g[*v.node].name, g[*v.node].type);
  } else if (!v.edges.empty()) {
    w.StartArray();
    for (const auto& e : v.edges) TripleJson(w, triples.Of(g[e].triple_id));
    w.EndArray();
  } else {
    String(w, v.text);
  }
}

void PrintJson(const traverse::Graph& g, const EdgeTriples& triples, const query::Result& r,
               bool evidence) {
  JsonOut json(std::cout);
  auto& w = json.w();
  w.StartObject();
  w.Key("columns");
  w.StartArray();
  for (const auto& c : r.columns) String(w, c);
  w.EndArray();
  Member(w, "count", static_cast<std::int64_t>(r.rows.size()));
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      w.Key(r.columns[i].c_str());
      WriteValueJson(w, g, row.values[i], triples);
    }
    // Whether the row rests on a plain assertion: a negated, modal or reported edge says otherwise.
    const RowTruth truth = TruthOf(row, g, triples);
    Member(w, "negated", truth.negated);
    Member(w, "modality", truth.modality);
    Member(w, "attributed_to", truth.attributed_to);
    Member(w, "asserted", truth.asserted);
    if (evidence) {
      w.Key("evidence");
      w.StartArray();
      for (const auto& e : row.edges) TripleJson(w, triples.Of(g[e].triple_id));
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void PrintRows(const traverse::Graph& g, const EdgeTriples& triples, const query::Result& r,
               const QueryOptions& o) {
  const OutputFormat format = o.format.Get();
  const bool table = format == OutputFormat::kTable;
  std::vector<std::string> header = r.columns;
  header.insert(header.end(), {"negated", "modality", "attributed_to"});
  if (o.evidence && !table) header.push_back("evidence");
  Table rows(header);
  for (const auto& row : r.rows) {
    std::vector<std::string> cells;
    for (const auto& v : row.values) {
      const std::string cell = Cell(g, v, triples);
      cells.push_back(table ? Truncate(cell, 60) : cell);
    }
    const std::vector<std::string> truth = TruthOf(row, g, triples).Cells();
    cells.insert(cells.end(), truth.begin(), truth.end());
    if (o.evidence && !table) {
      std::string sentences;
      for (const auto& e : row.edges)
        sentences +=
            (sentences.empty() ? "" : " | ") + triples.Of(g[e].triple_id).evidence.sentence;
      cells.push_back(sentences);
    }
    rows.Add(std::move(cells));
  }
  if (!table || !o.evidence) {
    rows.Write(std::cout, format);
  } else {
    for (std::size_t k = 0; k < r.rows.size(); ++k) {
      Table one(header);
      std::vector<std::string> cells;
      for (const auto& v : r.rows[k].values) cells.push_back(Truncate(Cell(g, v, triples), 60));
      const std::vector<std::string> truth = TruthOf(r.rows[k], g, triples).Cells();
      cells.insert(cells.end(), truth.begin(), truth.end());
      one.Add(std::move(cells));
      one.Write(std::cout, format);
      for (const auto& e : r.rows[k].edges) {
        const auto& t = triples.Of(g[e].triple_id);
        std::cout << "    " << t.subject.name << " -" << PredicateLabel(t) << "-> " << t.object.name
                  << ": " << Quoted(t.evidence.sentence) << " [" << t.evidence.article << "]\n";
      }
      std::cout << "\n";
    }
  }
  if (table) std::cout << r.rows.size() << " row" << (r.rows.size() == 1 ? "" : "s") << "\n";
}

// The pattern from the command line, a file (-f FILE) or standard input ("-" either way), with
// its lines joined. Throws kg::Error naming the file when it cannot be read.
std::string PatternText(const QueryOptions& o) {
  const std::string from = !o.file.empty() ? o.file : o.pattern == "-" ? "-" : "";
  if (from.empty()) return o.pattern;
  std::ifstream file;
  if (from != "-") {
    file.open(from, std::ios::binary);
    if (!file) throw Error(ErrorCode::kNotFound, from + ": cannot open the query file");
  }
  std::istream& in = from == "-" ? std::cin : file;
  std::string text;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    text += (text.empty() ? "" : " ") + line;
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  if (text.empty()) throw Error(ErrorCode::kInvalidInput, from + ": the query file is empty");
  return text;
}

void RunQuery(const QueryOptions& opts, Context& ctx) {
  if (opts.pattern.empty() == opts.file.empty()) {
    std::cerr << "kg: error: query: give a pattern or -f FILE, not "
              << (opts.file.empty() ? "neither" : "both") << "\n";
    ctx.exit_code = kExitUsage;
    return;
  }
  QueryOptions o = opts;
  o.pattern = PatternText(opts);
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
  auto view = traverse::GraphView::Load(store);
  // The store reads the qualifiers sparsely (only the triples that have one), once for both uses.
  std::vector<store::QualifiedTriple> qualifiers = store.QualifiedTriples();
  if (o.asserted_only) {
    traverse::EdgeFilter only;
    only.keep = AssertedEdges(qualifiers);
    view = traverse::GraphView(traverse::Filter(view.graph(), only));
  }
  std::unordered_map<std::int64_t, query::EdgeFacts> qualified;
  for (auto& t : qualifiers) {
    query::EdgeFacts facts;
    facts.modality = std::move(t.modality);
    facts.attributed_to = std::move(t.attributed_to);
    facts.asserted = t.asserted;
    facts.time = std::move(t.time);
    qualified.emplace(t.id, std::move(facts));
  }
  const query::FactsLookup facts_of = [&qualified](std::int64_t id) {
    const auto it = qualified.find(id);
    return it == qualified.end() ? query::EdgeFacts{} : it->second;
  };
  query::Result r;
  try {
    r = query::Run(
        q, view, [&store](const std::string& name) { return store.FindEntities(name); }, facts_of);
  } catch (const query::QueryError& e) {
    std::cerr << "kg: error: query: " << e.what() << "\n";
    ctx.exit_code = kExitUsage;
    return;
  }
  const auto& g = view.graph();
  if (o.group) {
    std::vector<std::int64_t> ids;
    for (const auto& row : r.rows) {
      for (const auto& e : row.edges) ids.push_back(g[e].triple_id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    WriteFacts(std::cout, store::GroupFacts(store.TriplesByIds(ids)), o.format.Get());
    return;
  }
  const EdgeTriples triples = RowTriples(store, g, r);
  if (o.format.Get() == OutputFormat::kJson) {
    PrintJson(g, triples, r, o.evidence);
    return;
  }
  PrintRows(g, triples, r, o);
}

}  // namespace

void SetupQuery(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<QueryOptions>();
  auto* cmd = app.add_subcommand("query", "Match a pattern in the graph (Cypher-like)");
  cmd->add_option("pattern", o->pattern,
                  "The pattern, e.g. '(c:COUNTRY)-[:fund]->(x) RETURN c, x'; - reads it from "
                  "standard input");
  cmd->add_option("-f,--file", o->file, "Read the pattern from this file (- for standard input)");
  cmd->add_flag("--evidence", o->evidence, "Show the sentence behind every edge of a row");
  cmd->add_flag("--group", o->group,
                "The facts the matches rest on, each once with the number of articles behind "
                "it, its sentences, and 'disputed' when another article says the opposite");
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Match only plain assertions: no negated, modal or merely reported edges");
  AddFormatOption(*cmd, o->format);
  cmd->add_option("--limit", o->limit, "At most this many rows");
  cmd->footer(R"(Examples:
  kg query '(c:COUNTRY)-[:fund]->(x) RETURN c, x'
  kg query '(c:COUNTRY)-[r:fund]->(x) WHERE r.negated = false RETURN c, x'
  kg query '(p:PERSON)-[:say]->(q) RETURN p, q' --evidence
  kg query '(a {name:"Merz"})-[*1..3]-(b {name:"Putin"}) RETURN a, b'
  kg query '(p:PERSON)-[r]->(o) WHERE r.confidence > 0.7 AND o.type = "COUNTRY" RETURN p, r, o'
  kg query -f funders.kgq            echo '(a)-[:fund]->(b) RETURN a, b' | kg query -
Nodes: (var:TYPE {name:"..."}). Edges: -[var:pred|pred*min..max]->, <-[...]-, -[...]- (either way).
WHERE var.name|type|confidence|predicate|negated|modality|attributed_to|asserted|time
= <> < > <= >= CONTAINS value, joined by AND (negated and asserted compare with true or false).
LIMIT n. Every row says whether it rests on a negated, modal or reported edge (negated, modality,
attributed_to; asserted in JSON).)");
  cmd->callback([o, &ctx] { RunQuery(*o, ctx); });
}

}  // namespace kg::cli
