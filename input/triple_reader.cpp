#include "input/triple_reader.h"

#include <charconv>
#include <iterator>
#include <limits>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "model/unicode.h"

namespace kg::input {
namespace {

using model::EntityType;

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (true) {
    const std::size_t t = line.find('\t', i);
    out.emplace_back(line.substr(i, t == std::string_view::npos ? line.size() - i : t - i));
    if (t == std::string_view::npos) break;
    i = t + 1;
  }
  return out;
}

EntityType Type(const std::string& name) {
  return model::ParseType(name).value_or(EntityType::kOther);
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

std::string ReadTsvLine(const std::vector<std::string>& cols, model::Triple& t) {
  if (cols.size() < 5 || cols.size() > 7) {
    return "expected 5 to 7 tab-separated columns (subject, subject_type, predicate, object, "
           "object_type"
           "[, relation[, confidence]]), found " +
           std::to_string(cols.size());
  }
  t.subject = {Trim(cols[0]), Type(Trim(cols[1]))};
  t.predicate = Trim(cols[2]);
  t.object = {Trim(cols[3]), Type(Trim(cols[4]))};
  t.relation = cols.size() > 5 ? Trim(cols[5]) : t.predicate;
  t.confidence = 1.0;
  if (cols.size() > 6) {
    const std::string c = Trim(cols[6]);
    const auto [ptr, ec] = std::from_chars(c.data(), c.data() + c.size(), t.confidence);
    if (ec != std::errc() || ptr != c.data() + c.size() || t.confidence < 0 || t.confidence > 1) {
      return "confidence must be a number from 0 to 1, not '" + c + "'";
    }
  }
  if (t.subject.name.empty() || t.object.name.empty() || t.predicate.empty()) {
    return "subject, predicate and object must not be empty";
  }
  return {};
}

std::string ReadEntity(const rapidjson::Value& doc, const char* key, const char* type_key,
                       model::EntityRef& ref) {
  const auto it = doc.FindMember(key);
  if (it == doc.MemberEnd()) return std::string("missing \"") + key + "\"";
  if (it->value.IsString()) {
    ref.name = it->value.GetString();
    const auto t = doc.FindMember(type_key);
    ref.type = (t != doc.MemberEnd() && t->value.IsString()) ? Type(t->value.GetString())
                                                             : EntityType::kOther;
  } else if (it->value.IsObject() && it->value.HasMember("name") && it->value["name"].IsString()) {
    ref.name = it->value["name"].GetString();
    const auto& v = it->value;
    ref.type = (v.HasMember("type") && v["type"].IsString()) ? Type(v["type"].GetString())
                                                             : EntityType::kOther;
  } else {
    return std::string("\"") + key + "\" must be a string or {\"name\", \"type\"}";
  }
  if (ref.name.empty()) return std::string("\"") + key + "\" is empty";
  return {};
}

std::string ReadJsonLine(const std::string& line, model::Triple& t) {
  rapidjson::Document doc;
  doc.Parse(line.c_str(), line.size());
  if (doc.HasParseError()) {
    return std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " at column " + std::to_string(doc.GetErrorOffset() + 1);
  }
  if (!doc.IsObject()) return "expected a JSON object";
  if (auto e = ReadEntity(doc, "subject", "subject_type", t.subject); !e.empty()) return e;
  if (auto e = ReadEntity(doc, "object", "object_type", t.object); !e.empty()) return e;
  if (!doc.HasMember("predicate") || !doc["predicate"].IsString())
    return "missing string \"predicate\"";
  t.predicate = doc["predicate"].GetString();
  // As in a TSV line: a triple without a predicate says nothing (the fuzzer found it accepted).
  if (t.predicate.empty()) return "\"predicate\" is empty";
  t.relation = doc.HasMember("relation") && doc["relation"].IsString() ? doc["relation"].GetString()
                                                                       : t.predicate;
  t.confidence = doc.HasMember("confidence") && doc["confidence"].IsNumber()
                     ? doc["confidence"].GetDouble()
                     : 1.0;
  return {};
}

}  // namespace

TripleReader::TripleReader(std::string source, std::string_view content)
    : source_(std::move(source)), content_(content) {}

bool TripleReader::Next(std::size_t max_triples, TripleFile& out) {
  out.triples.clear();
  out.rejected.clear();
  if (!checked_) {
    checked_ = true;
    std::size_t bad = 0;
    std::string problem;
    if (content_.find('\0') != std::string_view::npos) {
      problem = "binary file (NUL byte), not triples";
    } else if (!model::IsValidUtf8(content_, &bad)) {
      problem = "invalid UTF-8 at byte " + std::to_string(bad);
    } else if (content_.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      problem = "empty file";
    }
    if (!problem.empty()) {
      out.rejected.push_back({source_, 0, problem});
      pos_ = content_.size();
      return true;
    }
    json_ = source_.ends_with(".jsonl") || content_[content_.find_first_not_of(" \t\r\n")] == '{';
  }
  if (pos_ >= content_.size()) return false;
  while (pos_ < content_.size() && out.triples.size() < max_triples) {
    std::size_t end = content_.find('\n', pos_);
    if (end == std::string_view::npos) end = content_.size();
    std::string line(content_.substr(pos_, end - pos_));
    pos_ = end + 1;
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!json_ && line_no_ == 1 && line.rfind("subject\t", 0) == 0) continue;
    model::Triple t;
    t.extractor = "import";
    t.evidence.article = source_;
    const std::string problem = json_ ? ReadJsonLine(line, t) : ReadTsvLine(SplitTabs(line), t);
    if (!problem.empty()) {
      out.rejected.push_back({source_, line_no_, problem});
      continue;
    }
    // NFC (UAX #15), so that a name typed decomposed joins the entity stored composed.
    for (std::string* text : {&t.subject.name, &t.object.name, &t.predicate, &t.relation})
      *text = model::Nfc(*text);
    out.triples.push_back(std::move(t));
  }
  return true;
}

TripleFile ReadTriples(const std::string& source, std::string_view content) {
  TripleReader reader(source, content);
  TripleFile file;
  TripleFile batch;
  while (reader.Next(std::numeric_limits<std::size_t>::max(), batch)) {
    std::move(batch.triples.begin(), batch.triples.end(), std::back_inserter(file.triples));
    std::move(batch.rejected.begin(), batch.rejected.end(), std::back_inserter(file.rejected));
  }
  return file;
}

}  // namespace kg::input
