#include "graph/store/store.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "graph/store/schema.h"
#include "graph/store/sha256.h"
#include "model/error.h"
#include "model/name_match.h"
#include "model/unicode.h"

namespace kg::store {
namespace {

using model::EntityType;

constexpr const char* kTripleSelect = R"sql(
SELECT t.id, t.subject_id, s.name, s.type, t.predicate, t.relation, t.object_id, o.name, o.type,
       t.negated, t.modality, t.confidence, t.extractor, a.source, se.idx, se.text, se.start, se.end
FROM triples t
JOIN entities s ON s.id = t.subject_id
JOIN entities o ON o.id = t.object_id
JOIN articles a ON a.id = t.article_id
LEFT JOIN sentences se ON se.id = t.sentence_id
)sql";

EntityType TypeFrom(const std::string& name) {
  return model::ParseType(name).value_or(EntityType::kOther);
}

StoredTriple ReadTriple(SQLite::Statement& q) {
  StoredTriple r;
  r.id = q.getColumn(0).getInt64();
  r.subject_id = q.getColumn(1).getInt64();
  model::Triple& t = r.triple;
  t.subject = {q.getColumn(2).getString(), TypeFrom(q.getColumn(3).getString())};
  t.predicate = q.getColumn(4).getString();
  t.relation = q.getColumn(5).getString();
  r.object_id = q.getColumn(6).getInt64();
  t.object = {q.getColumn(7).getString(), TypeFrom(q.getColumn(8).getString())};
  t.negated = q.getColumn(9).getInt() != 0;
  t.modality = q.getColumn(10).getString();
  t.confidence = q.getColumn(11).getDouble();
  t.extractor = q.getColumn(12).getString();
  t.evidence.article = q.getColumn(13).getString();
  if (!q.getColumn(14).isNull()) {
    t.evidence.sentence_index = static_cast<std::size_t>(q.getColumn(14).getInt64());
    t.evidence.sentence = q.getColumn(15).getString();
    t.evidence.start = static_cast<std::size_t>(q.getColumn(16).getInt64());
    t.evidence.end = static_cast<std::size_t>(q.getColumn(17).getInt64());
  }
  return r;
}

// Runs a read and names the store in any SQLite error, so that a damaged file gives one clear
// line instead of an SQLite message without context.
template <typename Fn>
auto Guarded(const std::string& path, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
      throw Error(ErrorCode::kCorruption, path + ": store is damaged (" + e.what() + ")");
    }
    throw Error(ErrorCode::kIoError, path + ": " + e.what());
  }
}

// The store ids of the entities one write has met, by type and name: looked up once per entity,
// not once per mention.
class EntityIds {
 public:
  template <typename Make>
  std::int64_t Get(const std::string& name, EntityType type, Make&& make) {
    auto& ids = by_type_[static_cast<std::size_t>(type)];
    const auto it = ids.find(std::string_view(name));
    if (it != ids.end()) return it->second;
    const std::int64_t id = make();
    ids.emplace(name, id);
    return id;
  }
  [[nodiscard]] std::size_t size() const {
    std::size_t n = 0;
    for (const auto& ids : by_type_) n += ids.size();
    return n;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::array<std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>>,
             static_cast<std::size_t>(EntityType::kOther) + 1>
      by_type_;
};

}  // namespace

struct Store::Impl {
  SQLite::Database db;
  std::function<void()> write_hook;
  // Prepared statements of the write path, compiled once per connection. Declared after db so
  // that they are finalized before it closes.
  std::unordered_map<std::string_view, std::unique_ptr<SQLite::Statement>> prepared;

  Impl(const std::string& path, int flags) : db(path, flags, 10000) {}

  // The statement for sql, reset and with its bindings cleared. REQUIRES: sql is a literal.
  SQLite::Statement& Prepared(std::string_view sql) {
    auto& slot = prepared[sql];
    if (!slot) slot = std::make_unique<SQLite::Statement>(db, std::string(sql));
    // reset() would rethrow the error of the statement's last run (a full disk, say), which was
    // reported then; tryReset() only rewinds.
    (void)slot->tryReset();
    slot->clearBindings();
    return *slot;
  }

  void Wrote() const {
    if (write_hook) write_hook();
  }

  // Inside every write transaction: caches built from the store see that it changed.
  void BumpGeneration() {
    Prepared(
        "INSERT INTO meta(key, value) VALUES ('generation', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
        .exec();
  }

  std::int64_t EntityId(const model::Entity& e) {
    const std::string type(model::TypeName(e.type));
    SQLite::Statement& exact = Prepared("SELECT id FROM entities WHERE name = ? AND type = ?");
    exact.bind(1, e.name);
    exact.bind(2, type);
    std::int64_t id = 0;
    const bool found = exact.executeStep();
    if (found) id = exact.getColumn(0).getInt64();
    (void)exact.tryReset();  // a cached statement must not hold its read open between uses
    if (!found) {
      // Join an existing entity when one of this entity's names is a known name of exactly one.
      std::set<std::int64_t> candidates;
      SQLite::Statement& by_alias = Prepared(
          "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities x ON x.id = a.entity_id "
          "WHERE a.alias = ? AND x.type = ?");
      std::vector<std::string> names = e.aliases;
      names.insert(names.begin(), e.name);
      for (const std::string& n : names) {
        by_alias.reset();
        by_alias.clearBindings();
        by_alias.bind(1, n);
        by_alias.bind(2, type);
        while (by_alias.executeStep()) candidates.insert(by_alias.getColumn(0).getInt64());
      }
      if (candidates.size() == 1) {
        id = *candidates.begin();
      } else {
        SQLite::Statement& insert =
            Prepared("INSERT INTO entities(name, type, mentions) VALUES (?, ?, 0)");
        insert.bind(1, e.name);
        insert.bind(2, type);
        insert.exec();
        id = db.getLastInsertRowid();
        Wrote();
      }
    }
    SQLite::Statement& alias =
        Prepared("INSERT OR IGNORE INTO aliases(alias, entity_id) VALUES (?, ?)");
    std::vector<std::string> names = e.aliases;
    names.push_back(e.name);
    // A person is asked for by surname ("kg path Merz Putin"). The surname is an alias for look-ups
    // only: it is never used above to join two entities, so two Smiths stay apart.
    const std::size_t space = e.name.rfind(' ');
    if (e.type == EntityType::kPerson && space != std::string::npos)
      names.push_back(e.name.substr(space + 1));
    for (const std::string& n : names) {
      alias.reset();
      alias.bind(1, n);
      alias.bind(2, id);
      alias.exec();
    }
    SQLite::Statement& count = Prepared("UPDATE entities SET mentions = mentions + ? WHERE id = ?");
    count.bind(1, e.mentions);
    count.bind(2, id);
    count.exec();
    Wrote();
    return id;
  }

  std::optional<std::int64_t> ArticleWithHash(const std::string& hash) {
    SQLite::Statement& q = Prepared("SELECT id FROM articles WHERE hash = ?");
    q.bind(1, hash);
    std::optional<std::int64_t> id;
    if (q.executeStep()) id = q.getColumn(0).getInt64();
    (void)q.tryReset();  // a cached statement must not hold its read open between uses
    return id;
  }

  std::int64_t InsertArticle(const std::string& hash, const char* kind, const model::Article& a) {
    SQLite::Statement& q = Prepared(
        "INSERT INTO articles(hash, kind, source, title, url, date, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, hash);
    q.bind(2, kind);
    q.bind(3, a.source);
    q.bind(4, a.title);
    q.bind(5, a.url);
    q.bind(6, a.date);
    q.bind(7, a.text);
    q.exec();
    Wrote();
    return db.getLastInsertRowid();
  }

  void InsertTriple(std::int64_t article, std::int64_t subject, std::int64_t object,
                    const model::Triple& t, std::optional<std::int64_t> sentence) {
    SQLite::Statement& q = Prepared(
        "INSERT INTO triples(article_id, subject_id, predicate, relation, object_id, negated, "
        "modality, confidence, extractor, sentence_id, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, article);
    q.bind(2, subject);
    q.bind(3, t.predicate);
    q.bind(4, t.relation);
    q.bind(5, object);
    q.bind(6, t.negated ? 1 : 0);
    q.bind(7, t.modality);
    q.bind(8, t.confidence);
    q.bind(9, t.extractor);
    if (sentence) {
      q.bind(10, *sentence);
      q.bind(11, static_cast<std::int64_t>(t.evidence.start));
      q.bind(12, static_cast<std::int64_t>(t.evidence.end));
    }
    q.exec();
    Wrote();
  }
};

Store::Store(const std::string& path, OpenMode mode) : path_(path) {
  const bool memory = path == ":memory:";
  if (mode == OpenMode::kReadOnly && !memory && !std::filesystem::exists(path)) {
    throw Error(ErrorCode::kNotFound, path + ": no such store (hint: create it with 'kg ingest')");
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

bool Store::HasContent(std::string_view text) const {
  return Guarded(path_,
                 [&]() -> bool { return impl_->ArticleWithHash(Sha256Hex(text)).has_value(); });
}

IngestResult Store::Ingest(const model::ArticleGraph& graph) {
  IngestResult result;
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string hash = Sha256Hex(graph.article.text);
    if (const auto existing = impl_->ArticleWithHash(hash)) {
      result.article_id = *existing;
      return result;
    }
    result.article_id = impl_->InsertArticle(hash, "article", graph.article);
    std::vector<std::int64_t> sentence_ids;
    SQLite::Statement sentence(
        impl_->db,
        "INSERT INTO sentences(article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < graph.sentences.size(); ++i) {
      const auto& s = graph.sentences[i];
      sentence.reset();
      sentence.bind(1, result.article_id);
      sentence.bind(2, static_cast<std::int64_t>(i));
      sentence.bind(3, static_cast<std::int64_t>(s.start));
      sentence.bind(4, static_cast<std::int64_t>(s.end));
      sentence.bind(5, s.text);
      sentence.exec();
      sentence_ids.push_back(impl_->db.getLastInsertRowid());
      impl_->Wrote();
    }
    EntityIds ids;
    for (const model::Entity& e : graph.entities)
      (void)ids.Get(e.name, e.type, [&] { return impl_->EntityId(e); });
    const auto id_of = [&](const model::EntityRef& ref) {
      return ids.Get(ref.name, ref.type, [&] {
        return impl_->EntityId({ref.name, ref.type, {}, 1});
      });
    };
    for (const model::Triple& t : graph.triples) {
      std::optional<std::int64_t> sid;
      if (t.evidence.sentence_index < sentence_ids.size())
        sid = sentence_ids[t.evidence.sentence_index];
      impl_->InsertTriple(result.article_id, id_of(t.subject), id_of(t.object), t, sid);
    }
    impl_->BumpGeneration();
    tx.commit();
    result.inserted = true;
    result.triples = graph.triples.size();
    result.entities = ids.size();
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kIoError,
                path_ + ": cannot store " + graph.article.source + ": " + e.what());
  }
  return result;
}

IngestResult Store::ImportTriples(const std::string& source, std::string_view key,
                                  const std::vector<model::Triple>& triples) {
  model::ArticleGraph graph;
  graph.article.source = source;
  IngestResult result;
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string hash = "import:" + Sha256Hex(key);
    if (const auto existing = impl_->ArticleWithHash(hash)) {
      result.article_id = *existing;
      return result;
    }
    result.article_id = impl_->InsertArticle(hash, "import", graph.article);
    EntityIds ids;
    const auto id_of = [&](const model::EntityRef& ref) {
      return ids.Get(ref.name, ref.type, [&] {
        return impl_->EntityId({ref.name, ref.type, {}, 1});
      });
    };
    for (const model::Triple& t : triples) {
      impl_->InsertTriple(result.article_id, id_of(t.subject), id_of(t.object), t, std::nullopt);
    }
    impl_->BumpGeneration();
    tx.commit();
    result.inserted = true;
    result.triples = triples.size();
    result.entities = ids.size();
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kIoError, path_ + ": cannot import " + source + ": " + e.what());
  }
  return result;
}

std::vector<StoredEntity> Store::Entities(std::optional<EntityType> type) const {
  return Guarded(path_, [&]() -> std::vector<StoredEntity> {
    std::vector<StoredEntity> out;
    SQLite::Statement q(
        impl_->db,
        "SELECT e.id, e.name, e.type, e.mentions, "
        "(SELECT count(*) FROM triples t WHERE t.subject_id = e.id OR t.object_id = e.id) "
        "FROM entities e WHERE (?1 IS NULL OR e.type = ?1) ORDER BY e.name, e.type");
    if (type) q.bind(1, std::string(model::TypeName(*type)));
    SQLite::Statement aliases(impl_->db,
                              "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias");
    while (q.executeStep()) {
      StoredEntity e;
      e.id = q.getColumn(0).getInt64();
      e.name = q.getColumn(1).getString();
      e.type = TypeFrom(q.getColumn(2).getString());
      e.mentions = q.getColumn(3).getInt64();
      e.degree = q.getColumn(4).getInt64();
      aliases.reset();
      aliases.bind(1, e.id);
      while (aliases.executeStep()) {
        std::string a = aliases.getColumn(0).getString();
        if (a != e.name) e.aliases.push_back(std::move(a));
      }
      out.push_back(std::move(e));
    }
    return out;
  });
}

std::vector<std::int64_t> Store::FindEntities(std::string_view name) const {
  return Guarded(path_, [&]() -> std::vector<std::int64_t> {
    // Every entity's own name is one of its aliases, and the alias index ignores case: one
    // index look-up (a case-insensitive match on entities.name would scan the table).
    SQLite::Statement q(impl_->db,
                        "SELECT DISTINCT entity_id FROM aliases WHERE alias = ? ORDER BY 1");
    q.bind(1, std::string(name));
    std::vector<std::int64_t> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    if (!out.empty()) return out;
    // NOCASE folds ASCII only; "\u00E9mile" finds "\u00C9mile" by Unicode case folding, at the cost
    // of a scan that only a miss pays.
    const std::string folded = model::FoldCase(name);
    SQLite::Statement all(impl_->db, "SELECT alias, entity_id FROM aliases");
    std::set<std::int64_t> found;
    while (all.executeStep()) {
      if (model::FoldCase(all.getColumn(0).getString()) == folded)
        found.insert(all.getColumn(1).getInt64());
    }
    return {found.begin(), found.end()};
  });
}

std::optional<StoredEntity> Store::Entity(std::int64_t id) const {
  return Guarded(path_, [&]() -> std::optional<StoredEntity> {
    SQLite::Statement q(impl_->db, "SELECT id, name, type, mentions FROM entities WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    StoredEntity e;
    e.id = q.getColumn(0).getInt64();
    e.name = q.getColumn(1).getString();
    e.type = TypeFrom(q.getColumn(2).getString());
    e.mentions = q.getColumn(3).getInt64();
    return e;
  });
}

std::vector<std::string> Store::ClosestNames(std::string_view name, std::size_t n) const {
  return Guarded(path_, [&]() -> std::vector<std::string> {
    std::vector<std::pair<std::size_t, std::string>> scored;
    SQLite::Statement q(impl_->db, "SELECT DISTINCT alias FROM aliases");
    while (q.executeStep()) {
      std::string a = q.getColumn(0).getString();
      scored.emplace_back(model::HintDistance(name, a), std::move(a));
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < n; ++i) {
      if (model::IsCloseEnough(scored[i].first, name.size())) out.push_back(scored[i].second);
    }
    return out;
  });
}

std::vector<StoredTriple> Store::Triples(const TripleFilter& f) const {
  return Guarded(path_, [&]() -> std::vector<StoredTriple> {
    const std::string sql =
        std::string(kTripleSelect) +
        "WHERE (?1 IS NULL OR t.subject_id IN (SELECT entity_id FROM aliases WHERE alias = ?1)) "
        "AND (?2 IS NULL OR t.predicate = ?2 OR t.predicate LIKE ?2 || ' %') "
        "AND (?3 IS NULL OR t.object_id IN (SELECT entity_id FROM aliases WHERE alias = ?3)) "
        "AND (?4 IS NULL OR s.type = ?4 OR o.type = ?4) "
        "ORDER BY t.id LIMIT ?5";
    SQLite::Statement q(impl_->db, sql);
    if (f.subject) q.bind(1, *f.subject);
    if (f.predicate) q.bind(2, *f.predicate);
    if (f.object) q.bind(3, *f.object);
    if (f.type) q.bind(4, std::string(model::TypeName(*f.type)));
    q.bind(5, f.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(f.limit));
    std::vector<StoredTriple> out;
    while (q.executeStep()) out.push_back(ReadTriple(q));
    return out;
  });
}

std::optional<StoredTriple> Store::Triple(std::int64_t id) const {
  return Guarded(path_, [&]() -> std::optional<StoredTriple> {
    static const std::string sql = std::string(kTripleSelect) + "WHERE t.id = ?";
    SQLite::Statement& q = impl_->Prepared(sql);  // per edge of a listing: compile it once
    q.bind(1, id);
    std::optional<StoredTriple> t;
    if (q.executeStep()) t = ReadTriple(q);
    (void)q.tryReset();  // a cached statement must not hold its read open between uses
    return t;
  });
}

std::string Store::EvidenceSentence(std::int64_t triple_id) const {
  return Guarded(path_, [&]() -> std::string {
    SQLite::Statement& q = impl_->Prepared(
        "SELECT s.text FROM triples t JOIN sentences s ON s.id = t.sentence_id WHERE t.id = ?");
    q.bind(1, triple_id);
    std::string text;
    if (q.executeStep()) text = q.getColumn(0).getString();
    (void)q.tryReset();  // a cached statement must not hold its read open between uses
    return text;
  });
}

std::string Store::ArticleTitle(std::int64_t triple_id) const {
  return Guarded(path_, [&]() -> std::string {
    SQLite::Statement& q = impl_->Prepared(
        "SELECT COALESCE(NULLIF(a.title, ''), a.source) FROM triples t "
        "JOIN articles a ON a.id = t.article_id WHERE t.id = ?");
    q.bind(1, triple_id);
    std::string title;
    if (q.executeStep()) title = q.getColumn(0).getString();
    (void)q.tryReset();
    return title;
  });
}

StoreStats Store::Stats() const {
  return Guarded(path_, [&]() -> StoreStats {
    StoreStats s;
    auto& db = impl_->db;
    s.articles = db.execAndGet("SELECT count(*) FROM articles WHERE kind = 'article'").getInt64();
    s.sentences = db.execAndGet("SELECT count(*) FROM sentences").getInt64();
    s.entities = db.execAndGet("SELECT count(*) FROM entities").getInt64();
    s.triples = db.execAndGet("SELECT count(*) FROM triples").getInt64();
    SQLite::Statement types(db, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type");
    while (types.executeStep())
      s.entities_by_type[types.getColumn(0).getString()] = types.getColumn(1).getInt64();
    SQLite::Statement preds(db, "SELECT predicate, count(*) FROM triples GROUP BY predicate");
    while (preds.executeStep())
      s.triples_by_predicate[preds.getColumn(0).getString()] = preds.getColumn(1).getInt64();
    return s;
  });
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

std::pair<std::int64_t, std::int64_t> Store::MaxIds() const {
  return Guarded(path_, [&]() -> std::pair<std::int64_t, std::int64_t> {
    SQLite::Statement q(impl_->db,
                        "SELECT (SELECT max(id) FROM entities), (SELECT max(id) FROM triples)");
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
  });
}

namespace {

std::string_view Text(const SQLite::Column& c) {
  return {c.getText(), static_cast<std::size_t>(c.getBytes())};
}

}  // namespace

void Store::ForEachEntity(const std::function<void(const EntityRow&)>& fn) const {
  return Guarded(path_, [&]() -> void {
    SQLite::Statement q(impl_->db, "SELECT id, name, type FROM entities ORDER BY id");
    // Types repeat: parse each spelling once.
    std::map<std::string, EntityType, std::less<>> types;
    while (q.executeStep()) {
      const std::string_view type = Text(q.getColumn(2));
      auto it = types.find(type);
      if (it == types.end())
        it = types.emplace(std::string(type), TypeFrom(std::string(type))).first;
      fn({q.getColumn(0).getInt64(), Text(q.getColumn(1)), it->second});
    }
  });
}

void Store::ForEachTriple(const std::function<void(const TripleRow&)>& fn) const {
  return Guarded(path_, [&]() -> void {
    SQLite::Statement q(
        impl_->db,
        "SELECT id, subject_id, object_id, predicate, relation, confidence, negated "
        "FROM triples ORDER BY id");
    while (q.executeStep()) {
      fn({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
          Text(q.getColumn(3)), Text(q.getColumn(4)), q.getColumn(5).getDouble(),
          q.getColumn(6).getInt() != 0});
    }
  });
}

SQLite::Database& Store::Connection() const { return impl_->db; }

}  // namespace kg::store
