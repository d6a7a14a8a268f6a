// Lists of triples and of facts grouped across articles, in every output format.
#include <algorithm>
#include <string>
#include <vector>

#include "cli/render.h"

namespace kg::cli {
namespace {

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// corroborated: more than one article says it; disputed: another article says the opposite.
std::string Status(const store::FactGroup& f) {
  if (f.disputed) return "disputed";
  return f.articles > 1 ? "corroborated" : "single";
}

}  // namespace

void WriteTriples(std::ostream& out, const std::vector<store::StoredTriple>& triples,
                  OutputFormat format) {
  if (format == OutputFormat::kJson) {
    JsonOut json(out);
    auto& w = json.w();
    w.StartObject();
    Member(w, "count", static_cast<std::int64_t>(triples.size()));
    w.Key("triples");
    w.StartArray();
    for (const auto& st : triples) TripleJson(w, st.triple);
    w.EndArray();
    w.EndObject();
    return;
  }
  if (format != OutputFormat::kTable) {
    Table table(TripleColumns());
    for (const auto& st : triples) table.Add(TripleCells(st.triple));
    table.Write(out, format);
    return;
  }
  // A reported fact names who the article credits with it, or says that the article reports it
  // without a speaker kg could name ("..., they said"); the column appears when one is reported.
  const bool attributed = std::any_of(triples.begin(), triples.end(), [](const auto& st) {
    return !st.triple.attributed_to.empty() || !st.triple.asserted;
  });
  std::vector<std::string> header = {"subject", "predicate", "object"};
  if (attributed) header.emplace_back("attributed_to");
  header.insert(header.end(), {"conf", "sentence"});
  Table table(header);
  for (const auto& st : triples) {
    const auto& t = st.triple;
    std::vector<std::string> row = {Truncate(t.subject.name, 28), PredicateLabel(t),
                                    Truncate(t.object.name, 36)};
    if (attributed)
      row.push_back(!t.attributed_to.empty() ? Truncate(t.attributed_to, 28)
                    : t.asserted             ? ""
                                             : kUnnamedSource);
    row.insert(row.end(), {FormatConfidence(t.confidence), Truncate(t.evidence.sentence, 70)});
    table.Add(std::move(row));
  }
  table.Write(out, format);
  out << Plural(triples.size(), "triple", "triples") << "\n";
}

void WriteFacts(std::ostream& out, const std::vector<store::FactGroup>& facts,
                OutputFormat format) {
  if (format == OutputFormat::kJson) {
    JsonOut json(out);
    auto& w = json.w();
    w.StartObject();
    Member(w, "count", static_cast<std::int64_t>(facts.size()));
    w.Key("facts");
    w.StartArray();
    for (const auto& f : facts) {
      const auto& t = f.support.front().triple;
      w.StartObject();
      w.Key("subject");
      EntityJson(w, t.subject.name, t.subject.type);
      Member(w, "predicate", t.predicate);
      w.Key("object");
      EntityJson(w, t.object.name, t.object.type);
      Member(w, "negated", t.negated);
      Member(w, "modality", t.modality);
      Member(w, "articles", static_cast<std::int64_t>(f.articles));
      Member(w, "disputed", f.disputed);
      Member(w, "status", Status(f));
      w.Key("support");
      w.StartArray();
      for (const auto& st : f.support) TripleJson(w, st.triple);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return;
  }
  const bool table = format == OutputFormat::kTable;
  Table rows({"subject", "predicate", "object", "articles", "status", "sentences"});
  for (const auto& f : facts) {
    const auto& t = f.support.front().triple;
    std::string sentences;
    for (const auto& st : f.support) {
      if (!sentences.empty()) sentences += table ? " | " : "\n";
      sentences += st.triple.evidence.sentence;
    }
    rows.Add({table ? Truncate(t.subject.name, 28) : t.subject.name, PredicateLabel(t),
              table ? Truncate(t.object.name, 36) : t.object.name, std::to_string(f.articles),
              Status(f), table ? Truncate(sentences, 70) : sentences});
  }
  rows.Write(out, format);
  if (table) out << Plural(facts.size(), "fact", "facts") << "\n";
}

}  // namespace kg::cli
