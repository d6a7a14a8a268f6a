#include "graph/store/schema.h"

#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/store/store.h"
#include "model/error.h"

namespace kg::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'article',
  source TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL);
CREATE TABLE sentences(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE(article_id, idx));
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0,
  UNIQUE(name, type));
CREATE TABLE aliases(
  alias TEXT NOT NULL COLLATE NOCASE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY(alias, entity_id)) WITHOUT ROWID;
CREATE TABLE triples(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id INTEGER NOT NULL REFERENCES entities(id),
  predicate TEXT NOT NULL,
  relation TEXT NOT NULL,
  object_id INTEGER NOT NULL REFERENCES entities(id),
  negated INTEGER NOT NULL DEFAULT 0,
  modality TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL,
  extractor TEXT NOT NULL,
  sentence_id INTEGER REFERENCES sentences(id),
  start INTEGER,
  end INTEGER);
CREATE INDEX triples_subject ON triples(subject_id);
CREATE INDEX triples_object ON triples(object_id);
CREATE INDEX triples_predicate ON triples(predicate);
CREATE INDEX triples_article ON triples(article_id);
CREATE INDEX aliases_entity ON aliases(entity_id);
)sql";

}  // namespace

void PrepareSchema(SQLite::Database& db, const char* path) {
  const std::string where(path);
  int tables = 0;
  try {
    tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type='table'").getInt();
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kCorruption, where + ": not a kg store (" + e.what() + ")");
  }
  if (tables == 0) {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have created the schema while this one waited for the lock.
    if (db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type='table'").getInt() == 0) {
      db.exec(kSchemaV1);
      db.exec("INSERT INTO meta(key, value) VALUES ('schema_version', '" +
              std::to_string(kSchemaVersion) + "')");
      db.exec("INSERT INTO meta(key, value) VALUES ('application', 'kg')");
      db.exec("INSERT INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))))");
    }
    tx.commit();
    return;
  }
  if (!db.tableExists("meta")) {
    throw Error(ErrorCode::kCorruption,
                where + ": not a kg store (an SQLite database with other tables)");
  }
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!q.executeStep())
    throw Error(ErrorCode::kCorruption, where + ": not a kg store (no schema version)");
  const int version = std::stoi(q.getColumn(0).getString());
  if (version > kSchemaVersion) {
    throw Error(ErrorCode::kNotSupported, where + ": store has schema version " +
                                              std::to_string(version) + ", this kg reads up to " +
                                              std::to_string(kSchemaVersion) +
                                              " (hint: upgrade kg)");
  }
  // Version 1 is the first schema; later versions add their migrations here, each inside one
  // transaction together with the new version number.
}

}  // namespace kg::store
