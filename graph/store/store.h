#pragma once

// The graph store: articles, sentences, entities, aliases and triples with their provenance, in
// one SQLite file.
//
//   kg::store::Store store("news.db");
//   store.Ingest(article_graph);   // all of it, or nothing
//
// A Store is one connection; it is not thread-safe. Several processes may open the same file:
// writes are serialised by SQLite (WAL, busy timeout), and readers never see half an article.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/entity_type.h"
#include "model/triple.h"

namespace SQLite {
class Database;
}

namespace kg::store {

inline constexpr int kSchemaVersion = 1;

enum class OpenMode { kReadWrite, kReadOnly };

struct IngestResult {
  bool inserted = false;  // false: the same content was stored before, nothing changed
  std::int64_t article_id = 0;
  std::size_t triples = 0;
  std::size_t entities = 0;
};

struct StoredEntity {
  std::int64_t id = 0;
  std::string name;
  model::EntityType type = model::EntityType::kOther;
  std::vector<std::string> aliases;
  std::int64_t mentions = 0;
  std::int64_t degree = 0;  // triples it takes part in
};

struct StoredTriple {
  std::int64_t id = 0;
  std::int64_t subject_id = 0;
  std::int64_t object_id = 0;
  model::Triple triple;
  // The article the triple came from: its row id and content hash (SHA-256 hex, or an import's
  // batch key). Filled by TriplesByIds; 0 and "" from the other reads.
  std::int64_t article_id = 0;
  std::string article_hash;
};

// Filters for Triples(); entity filters match canonical names and aliases, case-insensitively.
struct TripleFilter {
  std::optional<std::string> subject;
  std::optional<std::string> predicate;
  std::optional<std::string> object;
  std::optional<model::EntityType> type;  // subject or object of this type
  std::size_t limit = 0;                  // 0: no limit
};

// A triple that is not a plain assertion because of its modality ("could", "will").
struct ModalTriple {
  std::int64_t id = 0;
  std::string modality;
};

struct StoreStats {
  std::int64_t articles = 0;
  std::int64_t sentences = 0;
  std::int64_t entities = 0;
  std::int64_t triples = 0;
  std::map<std::string, std::int64_t> entities_by_type;
  std::map<std::string, std::int64_t> triples_by_predicate;
};

// Light rows for loading the whole graph into memory; their strings live until the callback
// returns.
struct EntityRow {
  std::int64_t id;
  std::string_view name;
  model::EntityType type;
};
struct TripleRow {
  std::int64_t id;
  std::int64_t subject_id;
  std::int64_t object_id;
  std::string_view predicate;
  std::string_view relation;
  double confidence;
  bool negated;
};

// What a store holds, in a form that changes whenever its entities or triples do: a cache built
// from the store is fresh while the version is the same.
struct ContentVersion {
  std::string store_id;     // random, made when the store was created
  std::int64_t generation;  // bumped by every write transaction
  bool operator==(const ContentVersion&) const = default;
};

// One distinct fact, (subject, predicate, object, polarity, modality), with every triple that
// states it.
struct FactGroup {
  std::vector<StoredTriple> support;  // in input order; support.front() names the fact
  std::size_t articles = 0;           // distinct articles among support (by article_id)
  // The same subject, predicate, object and modality with the opposite polarity is in the input
  // too, and the two come from different articles: one asserts what another denies.
  bool disputed = false;
};

// Groups triples (article_id set, as TriplesByIds gives them) into facts, in the order of each
// fact's first triple. Pure: reads no store. O(n log n) in the number of triples.
[[nodiscard]] std::vector<FactGroup> GroupFacts(const std::vector<StoredTriple>& triples);

class Store {
 public:
  // Opens or creates the store at path (":memory:" for a private in-memory one). Throws
  // kg::Error: kCorruption when the file is not a kg store or is damaged, kNotSupported when it
  // was written by a newer kg, kIoError when it cannot be opened. An older schema is migrated
  // inside a transaction.
  explicit Store(const std::string& path, OpenMode mode = OpenMode::kReadWrite);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  [[nodiscard]] const std::string& path() const { return path_; }

  // Stores one article with everything extracted from it in one IMMEDIATE transaction: on any
  // error nothing of it is left. Content already stored (same SHA-256 of the text) is skipped.
  // Entities join existing ones with the same name or alias and type.
  IngestResult Ingest(const model::ArticleGraph& graph);

  // Stores triples made elsewhere as one batch keyed by key (e.g. the file's content): a batch
  // already stored is skipped. Returns the triples added.
  IngestResult ImportTriples(const std::string& source, std::string_view key,
                             const std::vector<model::Triple>& triples);

  [[nodiscard]] bool HasContent(std::string_view text) const;

  [[nodiscard]] std::vector<StoredEntity> Entities(std::optional<model::EntityType> type) const;
  // Ids of the entities whose name or alias is name (case-insensitive).
  [[nodiscard]] std::vector<std::int64_t> FindEntities(std::string_view name) const;
  [[nodiscard]] std::optional<StoredEntity> Entity(std::int64_t id) const;
  // Up to n known names closest to name (edit distance), for "did you mean" hints.
  [[nodiscard]] std::vector<std::string> ClosestNames(std::string_view name, std::size_t n) const;

  [[nodiscard]] std::vector<StoredTriple> Triples(const TripleFilter& filter) const;
  [[nodiscard]] std::optional<StoredTriple> Triple(std::int64_t id) const;
  // The sentence a triple came from ("" for imported triples): one cached statement, cheap enough
  // to call for every edge of an export.
  [[nodiscard]] std::string EvidenceSentence(std::int64_t triple_id) const;
  // The title of the article a triple came from, or its source when it has none; "" for an
  // unknown triple. One cached statement, like EvidenceSentence.
  [[nodiscard]] std::string ArticleTitle(std::int64_t triple_id) const;
  [[nodiscard]] StoreStats Stats() const;

  // Batch reads for listings and exports (graph/store/facts.cpp): one query, never one per edge.
  // The triples with these ids, in the order given (unknown ids are left out), with article_id
  // and article_hash set. Throws kg::Error (kCorruption, kIoError) as the other reads do.
  [[nodiscard]] std::vector<StoredTriple> TriplesByIds(const std::vector<std::int64_t>& ids) const;
  // Every triple with a modality, by id: few in a store, so callers keep them in memory to tell
  // asserted edges from modal ones without reading each triple.
  [[nodiscard]] std::vector<ModalTriple> ModalTriples() const;

  [[nodiscard]] ContentVersion Version() const;
  // The largest entity and triple ids: cheap upper bounds for reserving memory before a load.
  [[nodiscard]] std::pair<std::int64_t, std::int64_t> MaxIds() const;
  void ForEachEntity(const std::function<void(const EntityRow&)>& fn) const;
  void ForEachTriple(const std::function<void(const TripleRow&)>& fn) const;

  // Caps the store's size at this many pages (SQLite's max_page_count, for this connection): a
  // write that needs more fails as a full disk would. For tests and for users who want a cap.
  void LimitPages(std::int64_t pages);

  // Test hook: called after each row an ingest writes; throwing from it aborts the ingest.
  void SetWriteHook(std::function<void()> hook);

 private:
  // The connection, for the reads defined outside store.cpp (facts.cpp).
  [[nodiscard]] SQLite::Database& Connection() const;

  struct Impl;
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::store
