// Opening a store, its settings, and the bookkeeping every write transaction shares (generation,
// counts).
#include <filesystem>

#include "graph/store/schema.h"
#include "graph/store/store_impl.h"

namespace kg::store {

Store::Store(const std::string& path, OpenMode mode) : path_(path) {
  const bool memory = path == ":memory:";
  if (mode == OpenMode::kReadOnly && !memory && !std::filesystem::exists(path)) {
    throw Error(ErrorCode::kNotFound, path + ": no such store (hint: create it with 'kg ingest')");
  }
  // A reader never makes a store of an empty file (a `touch`ed or truncated path).
  std::error_code size_error;
  if (mode == OpenMode::kReadOnly && !memory && std::filesystem::is_regular_file(path) &&
      std::filesystem::file_size(path, size_error) == 0 && !size_error) {
    throw Error(ErrorCode::kCorruption,
                path + ": not a kg store (empty file; hint: create a store with 'kg ingest')");
  }
  try {
    impl_ = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    impl_->db.exec("PRAGMA foreign_keys = ON");
    PrepareSchema(impl_->db, path.c_str());
    if (!memory) {
      impl_->db.exec("PRAGMA journal_mode = WAL");
      impl_->db.exec("PRAGMA synchronous = NORMAL");
      // Big imports touch index pages all over the file; the default 2 MB cache thrashes.
      impl_->db.exec("PRAGMA cache_size = -131072");
    }
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    const ErrorCode kind = (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                               ? ErrorCode::kCorruption
                               : ErrorCode::kIoError;
    throw Error(kind, path + ": cannot open store: " + e.what());
  }
}

Store::~Store() = default;

void Store::SetWriteHook(std::function<void()> hook) { impl_->write_hook = std::move(hook); }

void Store::LimitPages(std::int64_t pages) {
  Guarded(path_, [&] { impl_->db.exec("PRAGMA max_page_count = " + std::to_string(pages)); });
}

ContentVersion Store::Version() const {
  return Guarded(path_, [&]() -> ContentVersion {
    ContentVersion v{"", 0};
    SQLite::Statement q(impl_->db,
                        "SELECT key, value FROM meta WHERE key IN ('store_id', 'generation')");
    while (q.executeStep()) {
      if (q.getColumn(0).getString() == "store_id") {
        v.store_id = q.getColumn(1).getString();
      } else {
        v.generation = q.getColumn(1).getInt64();
      }
    }
    return v;
  });
}

SQLite::Statement& Store::Impl::Prepared(std::string_view sql) {
  auto& slot = prepared[sql];
  if (!slot) slot = std::make_unique<SQLite::Statement>(db, std::string(sql));
  // reset() would rethrow the error of the statement's last run (a full disk, say), which was
  // reported then; tryReset() only rewinds.
  (void)slot->tryReset();
  slot->clearBindings();
  return *slot;
}

void Store::Impl::BumpGeneration() {
  Prepared(
      "INSERT INTO meta(key, value) VALUES ('generation', '1') "
      "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
      .exec();
}

RowMarks Store::Impl::Marks() {
  SQLite::Statement& q = Prepared(
      "SELECT (SELECT coalesce(max(id), 0) FROM articles), "
      "(SELECT coalesce(max(id), 0) FROM sentences), (SELECT coalesce(max(id), 0) FROM entities), "
      "(SELECT coalesce(max(id), 0) FROM triples)");
  q.executeStep();
  const RowMarks marks{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                       q.getColumn(2).getInt64(), q.getColumn(3).getInt64()};
  (void)q.tryReset();  // a cached statement must not hold its read open between uses
  return marks;
}

void Store::Impl::CountSince(const RowMarks& marks) {
  // Rows are only ever added (ids grow), so the rows above the marks are this transaction's. The
  // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  SQLite::Statement& q = Prepared(R"sql(
INSERT INTO counts(kind, key, n)
  SELECT * FROM (
    SELECT 'total', 'articles', count(*) FROM articles WHERE id > ?1 AND kind = 'article'
    UNION ALL SELECT 'total', 'sentences', count(*) FROM sentences WHERE id > ?2
    UNION ALL SELECT 'total', 'entities', count(*) FROM entities WHERE id > ?3
    UNION ALL SELECT 'total', 'triples', count(*) FROM triples WHERE id > ?4
    UNION ALL SELECT 'entity_type', type, count(*) FROM entities WHERE id > ?3 GROUP BY type
    UNION ALL SELECT 'predicate', predicate, count(*) FROM triples WHERE id > ?4
      GROUP BY predicate) WHERE true
ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n)sql");
  q.bind(1, marks.articles);
  q.bind(2, marks.sentences);
  q.bind(3, marks.entities);
  q.bind(4, marks.triples);
  q.exec();
}

}  // namespace kg::store
