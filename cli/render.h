#pragma once

// What every command prints, in one place: JSON through RapidJSON's Writer, and one writer for
// aligned tables, CSV (RFC 4180) and TSV. A stored triple becomes output fields in one function,
// VisitTriple, so a field the store gains appears in every command and format at once.
//
//   Table t({"NAME", "TYPE"});
//   t.Add({"Macron", "PERSON"});
//   t.Write(std::cout, OutputFormat::kCsv);
//
//   JsonOut json(std::cout);
//   json.w().StartObject(); ... json.w().EndObject();   // the destructor ends the line

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/store/store.h"
#include "model/triple.h"

namespace kg::cli {

enum class OutputFormat { kTable, kJson, kCsv, kTsv };

// The --format table|json|csv|tsv option and its shorthand --json, for a list command.
struct FormatOption {
  std::string name = "table";
  bool json = false;
  [[nodiscard]] OutputFormat Get() const;
};
void AddFormatOption(CLI::App& cmd, FormatOption& option);

// Display columns of UTF-8 text on a terminal. Every table measures through this one function,
// so a Unicode-aware width (wide East Asian characters, combining marks) replaces it here.
[[nodiscard]] std::size_t DisplayWidth(std::string_view text);
// text cut to at most width display columns, "..." marking a cut; never splits a code point.
[[nodiscard]] std::string Truncate(const std::string& text, std::size_t width);
// A sentence quoted for people: "text", in double quotes.
[[nodiscard]] std::string Quoted(std::string_view text);
// A confidence as every command shows it: three decimals.
[[nodiscard]] std::string FormatConfidence(double c);

using WidthFunction = std::function<std::size_t(std::string_view)>;

// Rows of text under a header (the CSV column names). kTable writes the header in capitals and
// pads columns to their widest cell (two spaces between);
// kCsv quotes a cell with a comma, quote or line break (RFC 4180); kTsv replaces tabs and line
// breaks in a cell with spaces. Not for kJson: a command writes its JSON with JsonOut.
class Table {
 public:
  explicit Table(std::vector<std::string> header, WidthFunction width = DisplayWidth);
  void Add(std::vector<std::string> row);
  [[nodiscard]] std::size_t size() const { return rows_.size(); }
  void Write(std::ostream& out, OutputFormat format) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  WidthFunction width_;
};

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

// One JSON document on a stream, ended with a newline when this goes out of scope.
class JsonOut {
 public:
  explicit JsonOut(std::ostream& out) : out_(out), stream_(out), writer_(stream_) {}
  ~JsonOut() { out_ << '\n'; }
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  JsonWriter& w() { return writer_; }

 private:
  std::ostream& out_;
  rapidjson::OStreamWrapper stream_;
  JsonWriter writer_;
};

// Small writes on a JsonWriter that name their key.
void String(JsonWriter& w, std::string_view text);
void Member(JsonWriter& w, std::string_view key, std::string_view text);
void Member(JsonWriter& w, std::string_view key, std::int64_t n);
void Member(JsonWriter& w, std::string_view key, bool b);
// A number with a fixed format (e.g. "%.3f"), written as a JSON number.
void Number(JsonWriter& w, std::string_view key, double x, const char* format = "%.3f");
// {"name": ..., "type": ...}
void EntityJson(JsonWriter& w, std::string_view name, model::EntityType type);

// Receives the fields of a record: named values, and named groups of fields.
class FieldSink {
 public:
  virtual ~FieldSink() = default;
  virtual void Begin(std::string_view group) = 0;
  virtual void End() = 0;
  virtual void Text(std::string_view name, std::string_view value) = 0;
  virtual void Flag(std::string_view name, bool value) = 0;
  virtual void Decimal(std::string_view name, double value) = 0;
  virtual void Count(std::string_view name, std::int64_t value) = 0;
};

// The fields of a triple, in output order: subject {name, type}, predicate, relation, object,
// negated, modality, attributed_to (who the article credits with a reported fact, "" when the
// article says it itself), asserted (model::IsAsserted: not negated, not modal, not merely
// reported), time (ISO 8601 at the text's precision, "" undated), value (the object's normalised
// value, "" for an entity), confidence, extractor, evidence {article, sentence, start, end}.
// The one place a stored triple becomes output: JSON, CSV/TSV columns and --group's support.
void VisitTriple(const model::Triple& t, FieldSink& sink);
// A triple as a JSON object.
void TripleJson(JsonWriter& w, const model::Triple& t);
// A triple as flat CSV/TSV columns: group and field joined by '_' ("subject_name").
[[nodiscard]] std::vector<std::string> TripleColumns();
[[nodiscard]] std::vector<std::string> TripleCells(const model::Triple& t);
// The predicate as people read it: "fund", "not fund", "could fund", "could not fund", and a
// condition's word after it, pointing to the sentence: "will buy (if ...)" for the modality
// "will if" (extract/rules/modality.h IsConditionWord).
[[nodiscard]] std::string PredicateLabel(const model::Triple& t);

// Lists of triples and of facts, as kg triples and kg query print them (render_facts.cpp).
// Triples: kTable shows subject, predicate (with "not" and modality), object, confidence and the
// sentence, and an attributed_to column when a triple is reported: the speaker, or
// kUnnamedSource when the article reports it from someone kg could not name ("..., they said");
// kCsv/kTsv every field of TripleColumns; kJson {"count", "triples": [...]}.
inline constexpr const char* kUnnamedSource = "(unnamed source)";
void WriteTriples(std::ostream& out, const std::vector<store::StoredTriple>& triples,
                  OutputFormat format);
// Facts (--group): each distinct fact once with the number of articles behind it, whether it is
// disputed, and every triple's evidence. kJson {"count", "facts": [{"subject", "predicate",
// "object", "negated", "modality", "articles", "disputed", "support": [triple...]}]}.
void WriteFacts(std::ostream& out, const std::vector<store::FactGroup>& facts, OutputFormat format);

}  // namespace kg::cli
