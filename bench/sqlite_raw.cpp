// The floor for `kg import`: the same rows into the same tables and indexes, written with
// SQLite's C API and nothing else. Entity ids come from a hash map in memory; no look-ups, no
// checks. Usage: sqlite_raw GRAPH.tsv STORE (STORE must not exist; kg's schema is created first).
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

#include "graph/store/store.h"

namespace {

void Check(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite_raw: %s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    cells.push_back(line.substr(start, tab - start));
  cells.push_back(line.substr(start));
  return cells;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: sqlite_raw GRAPH.tsv STORE\n");
    return 2;
  }
  { const kg::store::Store create(argv[2]); }  // kg's tables, indexes and settings
  sqlite3* db = nullptr;
  Check(sqlite3_open(argv[2], &db), db);
  Check(sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                     "PRAGMA cache_size = -131072; PRAGMA foreign_keys = ON; BEGIN IMMEDIATE; "
                     "INSERT INTO articles(id, hash, kind, source, text) "
                     "VALUES (1, 'raw', 'import', 'raw', '')",
                     nullptr, nullptr, nullptr),
        db);
  sqlite3_stmt* entity = nullptr;
  sqlite3_stmt* alias = nullptr;
  sqlite3_stmt* triple = nullptr;
  Check(sqlite3_prepare_v2(db, "INSERT INTO entities(id, name, type, mentions) VALUES (?, ?, ?, 1)",
                           -1, &entity, nullptr),
        db);
  Check(sqlite3_prepare_v2(db, "INSERT INTO aliases(alias, entity_id) VALUES (?, ?)", -1, &alias,
                           nullptr),
        db);
  Check(sqlite3_prepare_v2(db,
                           "INSERT INTO triples(article_id, subject_id, predicate, relation, "
                           "object_id, negated, modality, confidence, extractor) "
                           "VALUES (1, ?, ?, ?, ?, 0, '', ?, 'import')",
                           -1, &triple, nullptr),
        db);
  std::unordered_map<std::string, sqlite3_int64> ids;
  const auto id_of = [&](const std::string& name, const std::string& type) {
    auto [it, added] = ids.emplace(type + '\t' + name, static_cast<sqlite3_int64>(ids.size() + 1));
    if (!added) return it->second;
    sqlite3_bind_int64(entity, 1, it->second);
    sqlite3_bind_text(entity, 2, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
    sqlite3_bind_text(entity, 3, type.data(), static_cast<int>(type.size()), SQLITE_STATIC);
    Check(sqlite3_step(entity), db);
    sqlite3_reset(entity);
    std::vector<std::string> names{name};
    if (type == "PERSON" && name.rfind(' ') != std::string::npos)
      names.push_back(name.substr(name.rfind(' ') + 1));
    for (const std::string& n : names) {
      sqlite3_bind_text(alias, 1, n.data(), static_cast<int>(n.size()), SQLITE_STATIC);
      sqlite3_bind_int64(alias, 2, it->second);
      Check(sqlite3_step(alias), db);
      sqlite3_reset(alias);
    }
    return it->second;
  };
  std::ifstream in(argv[1]);
  std::string line;
  std::size_t rows = 0;
  while (std::getline(in, line)) {
    const auto c = Split(line);
    if (c.size() < 7) continue;
    sqlite3_bind_int64(triple, 1, id_of(c[0], c[1]));
    sqlite3_bind_text(triple, 2, c[2].data(), static_cast<int>(c[2].size()), SQLITE_STATIC);
    sqlite3_bind_text(triple, 3, c[5].data(), static_cast<int>(c[5].size()), SQLITE_STATIC);
    sqlite3_bind_int64(triple, 4, id_of(c[3], c[4]));
    sqlite3_bind_double(triple, 5, std::stod(c[6]));
    Check(sqlite3_step(triple), db);
    sqlite3_reset(triple);
    ++rows;
  }
  sqlite3_finalize(entity);
  sqlite3_finalize(alias);
  sqlite3_finalize(triple);
  Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
  sqlite3_close(db);
  std::fprintf(stderr, "sqlite_raw: %zu triples, %zu entities\n", rows, ids.size());
  return 0;
}
