#pragma once

// Private to graph/store/: the connection, its prepared statements and the helpers the opening,
// writing, reading and merging files share.

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "graph/store/store.h"
#include "model/error.h"

namespace kg::store {

inline model::EntityType TypeFrom(const std::string& name) {
  return model::ParseType(name).value_or(model::EntityType::kOther);
}

// Reads the triple columns schema version 2 added, selected in this order from column `first` on
// ("t.attributed_to, t.asserted, t.time, t.value, t.rule"), into t.
inline void ReadMeaningColumns(const SQLite::Statement& q, int first, model::Triple& t) {
  t.attributed_to = q.getColumn(first).getString();
  t.asserted = q.getColumn(first + 1).getInt() != 0;
  t.time = q.getColumn(first + 2).getString();
  t.value = q.getColumn(first + 3).getString();
  t.rule = q.getColumn(first + 4).getString();
}

// Runs fn and names the store in any SQLite error, so that a damaged file gives one clear line
// instead of an SQLite message without context.
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

// The largest row ids of the tables counts are kept for, read at the start of a write
// transaction: the rows above them are the ones it added.
struct RowMarks {
  std::int64_t articles = 0;
  std::int64_t sentences = 0;
  std::int64_t entities = 0;
  std::int64_t triples = 0;
};

struct Store::Impl {
  SQLite::Database db;
  std::function<void()> write_hook;
  // Prepared statements, compiled once per connection. Declared after db so that they are
  // finalized before it closes.
  std::unordered_map<std::string_view, std::unique_ptr<SQLite::Statement>> prepared;

  Impl(const std::string& path, int flags) : db(path, flags, 10000) {}

  // The statement for sql, rewound and with its bindings cleared. REQUIRES: sql outlives the
  // connection (a literal or a static).
  SQLite::Statement& Prepared(std::string_view sql);

  void Wrote() const {
    if (write_hook) write_hook();
  }

  // Inside every write transaction: caches built from the store see that it changed.
  void BumpGeneration();
  [[nodiscard]] RowMarks Marks();
  // Adds the rows written since marks to the counts table (same transaction).
  void CountSince(const RowMarks& marks);

  std::optional<std::int64_t> ArticleWithHash(const std::string& hash);
  std::int64_t InsertArticle(const std::string& hash, const char* kind, const model::Article& a);
  void InsertTriple(std::int64_t article, std::int64_t subject, std::int64_t object,
                    const model::Triple& t, std::optional<std::int64_t> sentence);
  // The id of e: its own (name, type), else the one entity one of its names is an alias of, else
  // a new entity; adds e's names as aliases and its mentions. With an article, records e.merges
  // and a join through an alias (rule "alias") as merges of that article; *by_alias (when given)
  // says whether e joined an entity through an alias.
  std::int64_t EntityId(const model::Entity& e, std::optional<std::int64_t> article,
                        bool* by_alias = nullptr);
  // Records that entity absorbed name by rule in article (once; never a name that differs from
  // the entity's own only in ASCII case).
  void InsertMerge(std::int64_t entity, const std::string& name, std::string_view rule,
                   std::int64_t article);
};

// The store ids of the entities one write has met, by type and name: looked up once per entity,
// not once per mention.
class EntityIds {
 public:
  template <typename Make>
  std::int64_t Get(const std::string& name, model::EntityType type, Make&& make) {
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
             model::kEntityTypeCount>
      by_type_;
};

// The names an entity is found by: its name, its aliases, and a person's surname (for look-ups
// only: never used to join two entities, so two Smiths stay apart).
std::vector<std::string> LookupNames(const model::Entity& e);

}  // namespace kg::store
