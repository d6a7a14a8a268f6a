#pragma once

// The graph store: articles, sentences, entities, aliases, the record of merges and triples with
// their provenance, in one SQLite file.
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
#include <span>
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

// The schema this kg writes; see graph/store/schema.h for how older stores are migrated.
inline constexpr int kSchemaVersion = 3;

enum class OpenMode { kReadWrite, kReadOnly };

// The rule name of a merge the store itself made: an article's entity joined one the store
// already held because one of its names is a known name of exactly that one.
inline constexpr std::string_view kAliasMergeRule = "alias";

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

// One recorded merge (schema version 3): entity absorbed name in an article, by rule
// (extract/entities/merge_rules.h's names, or kAliasMergeRule).
struct StoredMerge {
  std::int64_t entity_id = 0;
  std::string entity;  // the entity's canonical name
  model::EntityType type = model::EntityType::kOther;
  std::string name;  // the name it absorbed: "Macron", "the company", "he"
  std::string rule;
  std::int64_t article_id = 0;
  std::string article;  // the article's source (path or URL)
};

struct StoredTriple {
  std::int64_t id = 0;
  std::int64_t subject_id = 0;
  std::int64_t object_id = 0;
  model::Triple triple;
  // The article the triple came from: its row id and content hash (SHA-256 hex, or an import's
  // batch key).
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

// A triple's qualifiers beyond subject, relation and object (model::Triple's fields of the same
// names): what makes it more than a bare, asserted, undated fact.
struct QualifiedTriple {
  std::int64_t id = 0;
  std::string modality;       // "could", "will", ...; "" for none
  std::string attributed_to;  // who the article credits with it; "" for none
  bool asserted = true;       // false: the article only reports it
  std::string time;           // ISO 8601 at the text's precision; "" undated
  std::string value;          // the object's normalised value ("825000000 USD"); "" for none
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

// Where a triple came from, for exports: the sentence ("" for imported triples), the SHA-256 of
// its article (or "import:..." for an imported batch), the sentence's span in the article text
// in code points (0, 0 when there is no sentence) and the modality ("" for none). The views
// live until the callback returns.
struct EvidenceRow {
  std::int64_t triple_id;
  std::string_view sentence;
  std::string_view article_hash;
  std::int64_t start;
  std::int64_t end;
  std::string_view modality;
  std::string_view attributed_to;
  bool asserted;
  std::string_view time;
  std::string_view value;
};

// What one MergeFrom added.
struct MergeResult {
  std::size_t articles = 0;  // new articles (and imported batches); 0: nothing changed
  std::size_t entities = 0;  // new entities
  std::size_t triples = 0;
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
  // The next part of a batch: a pointer to its triples (valid until the next call), or nullptr
  // when there are no more.
  using TripleParts = std::function<const std::vector<model::Triple>*()>;
  // The same, with the batch read a part at a time (a large file parsed in bounded memory): all
  // the parts in one IMMEDIATE transaction, so an error leaves nothing of the batch. next is not
  // called when the batch was stored before. Throws kg::Error (kIoError) when SQLite fails, and
  // whatever next throws.
  IngestResult ImportTriples(const std::string& source, std::string_view key,
                             const TripleParts& next);

  // Adds what the store at shard_path holds and this one does not, in one IMMEDIATE transaction
  // (a failure or a kill leaves this store as it was). Articles and imported batches are matched
  // by content hash: those already here are skipped with their sentences and triples, so a
  // second merge of the same shard changes nothing. The shard's entities join this store's as an
  // ingest would (own name and type, else a unique alias of that type; the shard's aliases, the
  // record of its own merges, are kept); their mentions are added when the shard brings at least
  // one new article. Throws kg::Error: kNotFound (no shard), kCorruption (not a kg store),
  // kNotSupported (a newer schema), kIoError (SQLite failed; nothing of the shard was written).
  MergeResult MergeFrom(const std::string& shard_path);

  [[nodiscard]] bool HasContent(std::string_view text) const;

  [[nodiscard]] std::vector<StoredEntity> Entities(std::optional<model::EntityType> type) const;
  // The recorded merges into the entities with these ids (every merge when entity_ids is empty),
  // ordered by entity, rule, name and article. Stores migrated from version 2 hold none of
  // their older merges. Throws kg::Error when the store cannot be read.
  [[nodiscard]] std::vector<StoredMerge> Merges(std::span<const std::int64_t> entity_ids) const;
  // Ids of the entities a recorded merge joined name to (ASCII case-insensitive): the names
  // that are no alias ("he", "the company", a firm's first word) find their entities too.
  [[nodiscard]] std::vector<std::int64_t> MergedInto(std::string_view name) const;
  // How many stored articles came before the store recorded merges (a store migrated from
  // schema version 2): their merges are not in Merges(). 0 for a store created with the record.
  [[nodiscard]] std::int64_t ArticlesWithoutMergeRecord() const;
  // Ids of the entities whose name or alias is name (case-insensitive).
  [[nodiscard]] std::vector<std::int64_t> FindEntities(std::string_view name) const;
  [[nodiscard]] std::optional<StoredEntity> Entity(std::int64_t id) const;
  // Up to n known names closest to name (edit distance), for "did you mean" hints.
  [[nodiscard]] std::vector<std::string> ClosestNames(std::string_view name, std::size_t n) const;

  [[nodiscard]] std::vector<StoredTriple> Triples(const TripleFilter& filter) const;
  [[nodiscard]] std::optional<StoredTriple> Triple(std::int64_t id) const;
  // The triples with these ids, in the order given (repeats repeated, unknown ids left out),
  // with their names, sentence and article, from one statement (ids sorted ascending come back
  // without a reordering pass): for the edges of a neighbourhood, a path or a listing.
  [[nodiscard]] std::vector<StoredTriple> TriplesByIds(std::span<const std::int64_t> ids) const;
  // The sentence a triple came from ("" for imported triples). One query per call: for many
  // triples use ForEachEvidence.
  [[nodiscard]] std::string EvidenceSentence(std::int64_t triple_id) const;
  // Calls fn once for each of triple_ids that exists, in ascending id order, from one statement
  // (a scan of the triples table in id order when the ids are many, a keyed look-up of just them
  // when they are few). REQUIRES: triple_ids sorted ascending, without repeats.
  void ForEachEvidence(std::span<const std::int64_t> triple_ids,
                       const std::function<void(const EvidenceRow&)>& fn) const;
  // Counts kept by the writes (no table scan): constant time whatever the store's size.
  // The title of the article a triple came from, or its source when it has none; "" for an
  // unknown triple. One cached statement, like EvidenceSentence.
  [[nodiscard]] std::string ArticleTitle(std::int64_t triple_id) const;
  [[nodiscard]] StoreStats Stats() const;

  // Every triple with a qualifier (a modality, an attribution, a report, a time or a value), in
  // ascending id order: a minority of a store's triples, so callers keep them in memory to tell
  // asserted edges from modal or reported ones, and to show when and by whom, without reading
  // each triple. Throws kg::Error when the store cannot be read.
  [[nodiscard]] std::vector<QualifiedTriple> QualifiedTriples() const;

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

  // The connection and its statements; defined in graph/store/store_impl.h, which only
  // graph/store/ includes.
  struct Impl;

 private:
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::store
