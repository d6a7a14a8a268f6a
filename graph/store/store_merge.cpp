// Merging a shard store into this one: what `kg merge` and the distributed driver run.
#include <filesystem>

#include "graph/store/schema.h"
#include "graph/store/store_impl.h"

namespace kg::store {
namespace {

// The shard must be a kg store this kg can read; it is only read, never migrated. Returns its
// schema version.
int CheckShard(const std::string& path) {
  if (!std::filesystem::exists(path)) throw Error(ErrorCode::kNotFound, path + ": no such store");
  int version = 0;
  try {
    SQLite::Database shard(path, SQLite::OPEN_READONLY);
    if (!shard.tableExists("meta") || !shard.tableExists("triples"))
      throw Error(ErrorCode::kCorruption, path + ": not a kg store");
    version = SchemaVersion(shard);
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kCorruption, path + ": not a kg store (" + e.what() + ")");
  }
  if (version > kSchemaVersion) {
    throw Error(ErrorCode::kNotSupported, path + ": store has schema version " +
                                              std::to_string(version) + ", this kg reads up to " +
                                              std::to_string(kSchemaVersion) +
                                              " (hint: upgrade kg)");
  }
  return version;
}

// The shard's articles this store does not have, added; shard id -> new id in temp.article_map.
std::size_t MergeArticles(SQLite::Database& db, std::int64_t above) {
  db.exec(
      "INSERT INTO main.articles(hash, kind, source, title, url, date, text) "
      "SELECT hash, kind, source, title, url, date, text FROM shard.articles "
      "WHERE hash NOT IN (SELECT hash FROM main.articles) ORDER BY id");
  SQLite::Statement map(db,
                        "INSERT INTO temp.article_map(src, dst) SELECT s.id, m.id "
                        "FROM shard.articles s JOIN main.articles m ON m.hash = s.hash "
                        "WHERE m.id > ?");
  map.bind(1, above);
  return static_cast<std::size_t>(map.exec());
}

void MergeSentences(SQLite::Database& db) {
  db.exec(
      "INSERT INTO main.sentences(article_id, idx, start, end, text) "
      "SELECT am.dst, s.idx, s.start, s.end, s.text FROM shard.sentences s "
      "JOIN temp.article_map am ON am.src = s.article_id ORDER BY s.id");
  db.exec(
      "INSERT INTO temp.sentence_map(src, dst) SELECT s.id, m.id FROM shard.sentences s "
      "JOIN temp.article_map am ON am.src = s.article_id "
      "JOIN main.sentences m ON m.article_id = am.dst AND m.idx = s.idx");
}

// Each shard entity, in the shard's order, resolved as an ingest resolves it; shard id -> id here
// in temp.entity_map.
void MergeEntities(Store::Impl& impl) {
  SQLite::Statement entities(impl.db,
                             "SELECT id, name, type, mentions FROM shard.entities ORDER BY id");
  SQLite::Statement aliases(impl.db,
                            "SELECT alias FROM shard.aliases WHERE entity_id = ? ORDER BY alias");
  SQLite::Statement keep(impl.db,
                         "INSERT OR IGNORE INTO main.aliases(alias, entity_id) VALUES (?, ?)");
  SQLite::Statement map(impl.db, "INSERT INTO temp.entity_map(src, dst) VALUES (?, ?)");
  SQLite::Statement first_article(
      impl.db,
      "SELECT min(am.dst) FROM shard.triples t JOIN temp.article_map am ON am.src = t.article_id "
      "WHERE t.subject_id = ?1 OR t.object_id = ?1");
  while (entities.executeStep()) {
    model::Entity e;
    const std::int64_t src = entities.getColumn(0).getInt64();
    e.name = entities.getColumn(1).getString();
    e.type = TypeFrom(entities.getColumn(2).getString());
    e.mentions = entities.getColumn(3).getInt();
    std::vector<std::string> recorded;
    aliases.reset();
    aliases.bind(1, src);
    while (aliases.executeStep()) recorded.push_back(aliases.getColumn(0).getString());
    // The surname alias is for look-ups only; the ingest never joins two entities by it.
    const std::size_t space = e.name.rfind(' ');
    const std::string surname = space == std::string::npos ? "" : e.name.substr(space + 1);
    for (const std::string& a : recorded) {
      if (a != e.name && !(e.type == model::EntityType::kPerson && a == surname))
        e.aliases.push_back(a);
    }
    bool by_alias = false;
    const std::int64_t dst = impl.EntityId(e, std::nullopt, &by_alias);
    // A join through an alias is recorded as an ingest records it: in the first of the shard's
    // articles that names the entity.
    if (by_alias) {
      first_article.reset();
      first_article.bind(1, src);
      if (first_article.executeStep() && !first_article.getColumn(0).isNull())
        impl.InsertMerge(dst, e.name, kAliasMergeRule, first_article.getColumn(0).getInt64());
    }
    for (const std::string& a : recorded) {
      keep.reset();
      keep.bind(1, a);
      keep.bind(2, dst);
      keep.exec();
    }
    map.reset();
    map.bind(1, src);
    map.bind(2, dst);
    map.exec();
    impl.Wrote();
  }
}

// The shard's record of its merges (version 3 on), for the articles and entities it brings.
void MergeMerges(SQLite::Database& db, int shard_version) {
  if (shard_version < 3) return;
  db.exec(
      "INSERT OR IGNORE INTO main.merges(entity_id, name, rule, article_id) "
      "SELECT em.dst, m.name, m.rule, am.dst FROM shard.merges m "
      "JOIN temp.entity_map em ON em.src = m.entity_id "
      "JOIN temp.article_map am ON am.src = m.article_id");
}

// A version-1 shard has no meaning columns: its triples take the columns' defaults.
std::size_t MergeTriples(SQLite::Database& db, int shard_version) {
  const std::string meaning = shard_version >= 2
                                  ? "t.attributed_to, t.asserted, t.time, t.value, t.rule "
                                  : "'', 1, '', '', '' ";
  return static_cast<std::size_t>(db.exec(
      "INSERT INTO main.triples(article_id, subject_id, predicate, relation, object_id, negated, "
      "modality, confidence, extractor, sentence_id, start, end, attributed_to, asserted, time, "
      "value, rule) "
      "SELECT am.dst, es.dst, t.predicate, t.relation, eo.dst, t.negated, t.modality, "
      "t.confidence, t.extractor, sm.dst, t.start, t.end, " +
      meaning +
      "FROM shard.triples t "
      "JOIN temp.article_map am ON am.src = t.article_id "
      "JOIN temp.entity_map es ON es.src = t.subject_id "
      "JOIN temp.entity_map eo ON eo.src = t.object_id "
      "LEFT JOIN temp.sentence_map sm ON sm.src = t.sentence_id ORDER BY t.id"));
}

// ATTACH and DETACH cannot run inside a transaction; this keeps the shard attached for one
// merge and detaches it on every way out.
class Attached {
 public:
  Attached(SQLite::Database& db, const std::string& path) : db_(db) {
    SQLite::Statement attach(db_, "ATTACH DATABASE ? AS shard");
    attach.bind(1, path);
    attach.exec();
    db_.exec(
        "CREATE TEMP TABLE IF NOT EXISTS article_map(src INTEGER PRIMARY KEY, dst INTEGER);"
        "CREATE TEMP TABLE IF NOT EXISTS sentence_map(src INTEGER PRIMARY KEY, dst INTEGER);"
        "CREATE TEMP TABLE IF NOT EXISTS entity_map(src INTEGER PRIMARY KEY, dst INTEGER);");
  }
  ~Attached() {
    // A failed DETACH leaves the shard attached to this connection only; nothing to repair.
    (void)db_.tryExec("DROP TABLE IF EXISTS temp.article_map");
    (void)db_.tryExec("DROP TABLE IF EXISTS temp.sentence_map");
    (void)db_.tryExec("DROP TABLE IF EXISTS temp.entity_map");
    (void)db_.tryExec("DETACH DATABASE shard");
  }
  Attached(const Attached&) = delete;
  Attached& operator=(const Attached&) = delete;

 private:
  SQLite::Database& db_;
};

}  // namespace

MergeResult Store::MergeFrom(const std::string& shard_path) {
  const int shard_version = CheckShard(shard_path);
  MergeResult result;
  try {
    const Attached attached(impl_->db, shard_path);
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    const RowMarks marks = impl_->Marks();
    result.articles = MergeArticles(impl_->db, marks.articles);
    if (result.articles == 0) return result;  // everything here already: nothing to write
    MergeSentences(impl_->db);
    MergeEntities(*impl_);
    result.triples = MergeTriples(impl_->db, shard_version);
    MergeMerges(impl_->db, shard_version);
    impl_->Wrote();
    result.entities = static_cast<std::size_t>(impl_->Marks().entities - marks.entities);
    impl_->CountSince(marks);
    impl_->BumpGeneration();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kIoError, path_ + ": cannot merge " + shard_path + ": " + e.what());
  }
  return result;
}

}  // namespace kg::store
