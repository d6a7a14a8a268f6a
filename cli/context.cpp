#include "cli/context.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/error.h"

namespace kg::cli {

std::int64_t ResolveEntity(const store::Store& store, const std::string& name) {
  const std::vector<std::int64_t> ids = store.FindEntities(name);
  if (ids.empty()) {
    const auto close = store.ClosestNames(name, 3);
    std::string hint;
    for (const auto& c : close) hint += (hint.empty() ? "" : ", ") + c;
    throw Error(ErrorCode::kNotFound,
                "unknown entity '" + name + "'" +
                    (hint.empty() ? "" : " (hint: did you mean " + hint + "?)"));
  }
  std::int64_t best = ids.front();
  std::int64_t best_degree = -1;
  for (const std::int64_t id : ids) {
    const auto e = store.Entity(id);
    if (e && e->mentions > best_degree) {
      best = id;
      best_degree = e->mentions;
    }
  }
  return best;
}

std::vector<model::EntityType> ParseTypes(const std::vector<std::string>& names) {
  std::vector<model::EntityType> out;
  for (const std::string& name : names) {
    const auto t = model::ParseType(name);
    if (!t) {
      throw Error(ErrorCode::kInvalidInput,
                  "unknown entity type '" + name +
                      "' (hint: PERSON, ORGANIZATION, COUNTRY, CITY, LOCATION, EVENT, "
                      "WEAPON, PRODUCT, MONEY, DATE, QUANTITY, OTHER)");
    }
    out.push_back(*t);
  }
  return out;
}

void ReportDiagnostics(const std::vector<model::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    std::cerr << "kg: error: " << d.Location() << ": " << d.reason << "\n";
}

std::string JsonString(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  return buf.GetString();
}

std::string FormatConfidence(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

std::string TripleJson(const model::Triple& t) {
  const auto ref = [](const model::EntityRef& r) {
    return "{\"name\":" + JsonString(r.name) + ",\"type\":\"" +
           std::string(model::TypeName(r.type)) + "\"}";
  };
  return "{\"subject\":" + ref(t.subject) + ",\"predicate\":" + JsonString(t.predicate) +
         ",\"relation\":" + JsonString(t.relation) + ",\"object\":" + ref(t.object) +
         ",\"negated\":" + (t.negated ? "true" : "false") +
         ",\"modality\":" + JsonString(t.modality) +
         ",\"confidence\":" + FormatConfidence(t.confidence) +
         ",\"extractor\":" + JsonString(t.extractor) +
         ",\"evidence\":{\"article\":" + JsonString(t.evidence.article) +
         ",\"sentence\":" + JsonString(t.evidence.sentence) +
         ",\"start\":" + std::to_string(t.evidence.start) +
         ",\"end\":" + std::to_string(t.evidence.end) + "}}";
}

std::string Truncate(const std::string& s, std::size_t width) {
  if (s.size() <= width) return s;
  std::size_t cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

namespace {
std::size_t DisplayWidth(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

void PrintTable(std::ostream& out, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) width[i] = DisplayWidth(header[i]);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], DisplayWidth(r[i]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out << cells[i];
      if (i + 1 < cells.size()) out << std::string(width[i] - DisplayWidth(cells[i]) + 2, ' ');
    }
    out << "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
}

}  // namespace kg::cli
