#pragma once

namespace SQLite {
class Database;
}

namespace kg::store {

// Creates the tables of an empty database, or checks and migrates an existing one.
// Throws kg::Error (kCorruption: not a kg store; kNotSupported: newer schema).
void PrepareSchema(SQLite::Database& db, const char* path);

}  // namespace kg::store
