#pragma once

#include <cstdint>
#include <cstdlib>
#include <iosfwd>
#include <string>
#include <vector>

#include "graph/store/store.h"
#include "model/diagnostic.h"
#include "model/triple.h"

namespace kg::cli {

// Options every command shares, and the exit code a command asks for.
struct Context {
  std::string db = DefaultDb();
  int exit_code = 0;

  static std::string DefaultDb() {
    const char* env = std::getenv("KG_DB");
    return env != nullptr && *env != '\0' ? env : "kg.db";
  }
};

// The entity a user named: canonical names and aliases, case-insensitive; when several match,
// the best connected. Throws kg::Error (kNotFound) with the closest names as a hint.
std::int64_t ResolveEntity(const store::Store& store, const std::string& name);

// Entity types named on the command line; throws kg::Error (kInvalidInput) naming an unknown one,
// with the known types as a hint.
std::vector<model::EntityType> ParseTypes(const std::vector<std::string>& names);

// Prints "kg: error: <location>: <reason>" for each diagnostic.
void ReportDiagnostics(const std::vector<model::Diagnostic>& diagnostics);

// JSON and table helpers.
std::string TripleJson(const model::Triple& t);
std::string JsonString(const std::string& s);
void PrintTable(std::ostream& out, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows);
std::string Truncate(const std::string& s, std::size_t width);
std::string FormatConfidence(double c);

}  // namespace kg::cli
