#pragma once

// The store's schema and its versions. The version lives in SQLite's `PRAGMA user_version` (and,
// for kg 0.1 readers, in meta.schema_version); version 1 stores (kg 0.1) have user_version 0 and
// only the meta row.
//
// A new version adds one step to the list in schema.cpp: the SQL that takes a store from the
// version before to it. Opening an older store runs the missing steps in order, each in its own
// IMMEDIATE transaction together with the new version number, so a store is always at exactly one
// version and a failed step leaves it at the version before.

#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace kg::store {

// One secondary index: created with the schema, dropped and rebuilt around a bulk load into an
// empty store (indexes built once from sorted data are cheaper than kept up to date row by row).
struct SecondaryIndex {
  std::string_view name;
  std::string_view create;  // CREATE INDEX ... statement
};
[[nodiscard]] const std::vector<SecondaryIndex>& SecondaryIndexes();

// The schema version a store at db has: 0 for an empty database.
// Throws SQLite::Exception when db is not a database.
[[nodiscard]] int SchemaVersion(SQLite::Database& db);

// Creates the tables of an empty database, or checks and migrates an existing one to
// kSchemaVersion. Throws kg::Error (kCorruption: not a kg store; kNotSupported: a newer schema,
// with a one-line message naming both versions).
void PrepareSchema(SQLite::Database& db, const char* path);

}  // namespace kg::store
