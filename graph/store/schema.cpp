#include "graph/store/schema.h"

#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/store/store.h"
#include "model/error.h"

namespace kg::store {
namespace {

// Version 1, as kg 0.1 created it (without its secondary indexes, which SecondaryIndexes() holds).
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
)sql";

// Version 2: counts kept as the store writes, so that `kg stats` reads them instead of scanning
// (kind 'total' with key articles, sentences, entities, triples; 'entity_type'; 'predicate'), and
// the UD extractor's meaning fields on each triple (model::Triple: attributed_to, asserted, time,
// value, rule), whose defaults say what a version-1 triple meant: asserted by its article, undated,
// no value, no rule. The columns joined this step rather than a version 3 because version 2 had not
// shipped (it was never on main) when they were added.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE triples ADD COLUMN attributed_to TEXT NOT NULL DEFAULT '';
ALTER TABLE triples ADD COLUMN asserted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE triples ADD COLUMN time TEXT NOT NULL DEFAULT '';
ALTER TABLE triples ADD COLUMN value TEXT NOT NULL DEFAULT '';
ALTER TABLE triples ADD COLUMN rule TEXT NOT NULL DEFAULT '';
CREATE TABLE counts(
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY(kind, key)) WITHOUT ROWID;
INSERT INTO counts(kind, key, n)
  SELECT 'total', 'articles', count(*) FROM articles WHERE kind = 'article'
  UNION ALL SELECT 'total', 'sentences', count(*) FROM sentences
  UNION ALL SELECT 'total', 'entities', count(*) FROM entities
  UNION ALL SELECT 'total', 'triples', count(*) FROM triples
  UNION ALL SELECT 'entity_type', type, count(*) FROM entities GROUP BY type
  UNION ALL SELECT 'predicate', predicate, count(*) FROM triples GROUP BY predicate;
)sql";

// Version 3: the record of every merge (model::EntityMerge): which name an article's entity
// absorbed and by which identity rule (extract/entities/merge_rules.h, or "alias" for a join the
// store made through a shared name), so a wrong merge can be found (`kg merges`) and undone.
// Stores written before it have no record of their merges: the table starts empty, and meta's
// merges_recorded_after_article keeps the last article stored before it (0 for a new store).
constexpr const char* kVersion3 = R"sql(
CREATE TABLE merges(
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  rule TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY(entity_id, name, rule, article_id)) WITHOUT ROWID;
INSERT OR REPLACE INTO meta(key, value)
  SELECT 'merges_recorded_after_article', coalesce(max(id), 0) FROM articles;
)sql";

// The steps: steps[i] takes a store from version i to version i + 1. Append, never edit.
struct Step {
  const char* sql;
};
constexpr Step kSteps[] = {{kSchemaV1}, {kVersion2}, {kVersion3}};
static_assert(std::size(kSteps) == kSchemaVersion, "one step per schema version");

int MetaVersion(SQLite::Database& db) {
  if (!db.tableExists("meta")) return 0;
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  return q.executeStep() ? std::stoi(q.getColumn(0).getString()) : 0;
}

void SetVersion(SQLite::Database& db, int version) {
  db.exec("PRAGMA user_version = " + std::to_string(version));
  db.exec("INSERT INTO meta(key, value) VALUES ('schema_version', '" + std::to_string(version) +
          "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

// Runs step `from` (from -> from + 1) unless another process already did while this one waited.
void RunStep(SQLite::Database& db, int from) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (SchemaVersion(db) != from) return;  // tx rolls back nothing: it wrote nothing
  db.exec(kSteps[from].sql);
  if (from == 0) {
    for (const SecondaryIndex& index : SecondaryIndexes()) db.exec(std::string(index.create));
    db.exec("INSERT INTO meta(key, value) VALUES ('application', 'kg')");
    db.exec("INSERT INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))))");
  }
  SetVersion(db, from + 1);
  tx.commit();
}

}  // namespace

const std::vector<SecondaryIndex>& SecondaryIndexes() {
  static const std::vector<SecondaryIndex> indexes = {
      {"triples_subject", "CREATE INDEX triples_subject ON triples(subject_id)"},
      {"triples_object", "CREATE INDEX triples_object ON triples(object_id)"},
      {"triples_predicate", "CREATE INDEX triples_predicate ON triples(predicate)"},
      {"triples_article", "CREATE INDEX triples_article ON triples(article_id)"},
      {"aliases_entity", "CREATE INDEX aliases_entity ON aliases(entity_id)"},
  };
  return indexes;
}

int SchemaVersion(SQLite::Database& db) {
  const int user_version = db.execAndGet("PRAGMA user_version").getInt();
  return std::max(user_version, MetaVersion(db));
}

void PrepareSchema(SQLite::Database& db, const char* path) {
  const std::string where(path);
  int tables = 0;
  try {
    tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type='table'").getInt();
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kCorruption, where + ": not a kg store (" + e.what() + ")");
  }
  if (tables > 0 && !db.tableExists("meta")) {
    throw Error(ErrorCode::kCorruption,
                where + ": not a kg store (an SQLite database with other tables)");
  }
  int version = SchemaVersion(db);
  if (tables > 0 && version == 0)
    throw Error(ErrorCode::kCorruption, where + ": not a kg store (no schema version)");
  if (version > kSchemaVersion) {
    throw Error(ErrorCode::kNotSupported, where + ": store has schema version " +
                                              std::to_string(version) + ", this kg reads up to " +
                                              std::to_string(kSchemaVersion) +
                                              " (hint: upgrade kg)");
  }
  for (; version < kSchemaVersion; ++version) RunStep(db, version);
}

}  // namespace kg::store
