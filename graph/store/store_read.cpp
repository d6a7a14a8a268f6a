// Reading: entities, triples, evidence and counts.
#include <algorithm>
#include <set>
#include <string>

#include "graph/store/store_impl.h"
#include "model/name_match.h"
#include "model/unicode.h"

namespace kg::store {
namespace {

using model::EntityType;

constexpr const char* kTripleSelect = R"sql(
SELECT t.id, t.subject_id, s.name, s.type, t.predicate, t.relation, t.object_id, o.name, o.type,
       t.negated, t.modality, t.confidence, t.extractor, a.source, se.idx, se.text, se.start, se.end,
       a.id, a.hash, t.attributed_to, t.asserted, t.time, t.value, t.rule
FROM triples t
JOIN entities s ON s.id = t.subject_id
JOIN entities o ON o.id = t.object_id
JOIN articles a ON a.id = t.article_id
LEFT JOIN sentences se ON se.id = t.sentence_id
)sql";

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
  r.article_id = q.getColumn(18).getInt64();
  r.article_hash = q.getColumn(19).getString();
  ReadMeaningColumns(q, 20, t);
  return r;
}

}  // namespace

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

std::vector<StoredMerge> Store::Merges(std::span<const std::int64_t> entity_ids) const {
  return Guarded(path_, [&]() -> std::vector<StoredMerge> {
    const std::string select =
        "SELECT m.entity_id, e.name, e.type, m.name, m.rule, m.article_id, a.source "
        "FROM merges m JOIN entities e ON e.id = m.entity_id "
        "JOIN articles a ON a.id = m.article_id ";
    const std::string order = " ORDER BY m.entity_id, m.rule, m.name, m.article_id";
    std::vector<StoredMerge> out;
    const auto read = [&](SQLite::Statement& q) {
      while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                       TypeFrom(q.getColumn(2).getString()), q.getColumn(3).getString(),
                       q.getColumn(4).getString(), q.getColumn(5).getInt64(),
                       q.getColumn(6).getString()});
      }
    };
    if (entity_ids.empty()) {
      SQLite::Statement q(impl_->db, select + order);
      read(q);
      return out;
    }
    // The primary key (entity_id first) makes each entity's merges one range look-up.
    std::set<std::int64_t> ids(entity_ids.begin(), entity_ids.end());
    SQLite::Statement q(impl_->db, select + "WHERE m.entity_id = ?" + order);
    for (const std::int64_t id : ids) {
      q.reset();
      q.bind(1, id);
      read(q);
    }
    return out;
  });
}

std::vector<std::int64_t> Store::MergedInto(std::string_view name) const {
  return Guarded(path_, [&]() -> std::vector<std::int64_t> {
    SQLite::Statement q(impl_->db,
                        "SELECT DISTINCT entity_id FROM merges WHERE name = ? COLLATE NOCASE "
                        "ORDER BY 1");
    q.bind(1, std::string(name));
    std::vector<std::int64_t> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    return out;
  });
}

std::int64_t Store::ArticlesWithoutMergeRecord() const {
  return Guarded(path_, [&]() -> std::int64_t {
    SQLite::Statement q(impl_->db,
                        "SELECT count(*) FROM articles WHERE kind = 'article' AND id <= "
                        "(SELECT CAST(value AS INTEGER) FROM meta "
                        "WHERE key = 'merges_recorded_after_article')");
    return q.executeStep() ? q.getColumn(0).getInt64() : 0;
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
    // The counts the writes keep (schema version 2): no table is scanned.
    StoreStats s;
    SQLite::Statement q(impl_->db, "SELECT kind, key, n FROM counts ORDER BY kind, key");
    while (q.executeStep()) {
      const std::string kind = q.getColumn(0).getString();
      std::string key = q.getColumn(1).getString();
      const std::int64_t n = q.getColumn(2).getInt64();
      if (kind == "entity_type") {
        if (n > 0) s.entities_by_type[std::move(key)] = n;
      } else if (kind == "predicate") {
        if (n > 0) s.triples_by_predicate[std::move(key)] = n;
      } else if (key == "articles") {
        s.articles = n;
      } else if (key == "sentences") {
        s.sentences = n;
      } else if (key == "entities") {
        s.entities = n;
      } else if (key == "triples") {
        s.triples = n;
      }
    }
    return s;
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

namespace {

// Runs select (a SELECT whose first column is t.id, without WHERE or ORDER BY) for the triples
// with sorted_ids and calls row for each, in id order. A few ids: one query that looks them up by
// key. Many: one scan of the table in id order, merged with the ids. Either way one statement,
// never one per triple.
void SelectByIds(SQLite::Database& db, std::int64_t max_id, const std::string& select,
                 std::span<const std::int64_t> sorted_ids,
                 const std::function<void(SQLite::Statement&)>& row) {
  if (sorted_ids.empty()) return;
  const bool few =
      sorted_ids.size() * 8 < static_cast<std::size_t>(std::max<std::int64_t>(max_id, 0));
  std::string sql = select;
  std::string ids;
  if (few) {
    ids.reserve(sorted_ids.size() * 8);
    ids += '[';
    for (std::size_t i = 0; i < sorted_ids.size(); ++i) {
      if (i) ids += ',';
      ids += std::to_string(sorted_ids[i]);
    }
    ids += ']';
    sql += " WHERE t.id IN (SELECT value FROM json_each(?))";
  }
  sql += " ORDER BY t.id";
  SQLite::Statement q(db, sql);
  if (few) q.bind(1, ids);
  std::size_t next = 0;
  while (next < sorted_ids.size() && q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    while (next < sorted_ids.size() && sorted_ids[next] < id) ++next;
    if (next == sorted_ids.size() || sorted_ids[next] != id) continue;
    row(q);
    ++next;
  }
}

}  // namespace

std::vector<StoredTriple> Store::TriplesByIds(std::span<const std::int64_t> ids) const {
  return Guarded(path_, [&]() -> std::vector<StoredTriple> {
    std::vector<std::int64_t> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<StoredTriple> found;  // ascending id
    found.reserve(sorted.size());
    SelectByIds(impl_->db, MaxIds().second, kTripleSelect, sorted,
                [&](SQLite::Statement& q) { found.push_back(ReadTriple(q)); });
    if (std::equal(ids.begin(), ids.end(), sorted.begin(), sorted.end())) return found;
    std::vector<StoredTriple> out;  // in the order asked, repeats included
    out.reserve(ids.size());
    for (const std::int64_t id : ids) {
      const auto it =
          std::lower_bound(found.begin(), found.end(), id,
                           [](const StoredTriple& t, std::int64_t v) { return t.id < v; });
      if (it != found.end() && it->id == id) out.push_back(*it);
    }
    return out;
  });
}

void Store::ForEachEvidence(std::span<const std::int64_t> triple_ids,
                            const std::function<void(const EvidenceRow&)>& fn) const {
  return Guarded(path_, [&]() -> void {
    SelectByIds(
        impl_->db, MaxIds().second,
        "SELECT t.id, coalesce(se.text, ''), a.hash, coalesce(se.start, 0), coalesce(se.end, 0), "
        "t.modality, t.attributed_to, t.asserted, t.time, t.value FROM triples t "
        "JOIN articles a ON a.id = t.article_id LEFT JOIN sentences se ON se.id = t.sentence_id",
        triple_ids, [&](SQLite::Statement& q) {
          fn({q.getColumn(0).getInt64(), Text(q.getColumn(1)), Text(q.getColumn(2)),
              q.getColumn(3).getInt64(), q.getColumn(4).getInt64(), Text(q.getColumn(5)),
              Text(q.getColumn(6)), q.getColumn(7).getInt() != 0, Text(q.getColumn(8)),
              Text(q.getColumn(9))});
        });
  });
}

std::vector<QualifiedTriple> Store::QualifiedTriples() const {
  return Guarded(path_, [&]() -> std::vector<QualifiedTriple> {
    SQLite::Statement q(impl_->db,
                        "SELECT id, modality, attributed_to, asserted, time, value FROM triples "
                        "WHERE modality <> '' OR attributed_to <> '' OR asserted = 0 "
                        "OR time <> '' OR value <> '' ORDER BY id");
    std::vector<QualifiedTriple> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                     q.getColumn(2).getString(), q.getColumn(3).getInt() != 0,
                     q.getColumn(4).getString(), q.getColumn(5).getString()});
    }
    return out;
  });
}

}  // namespace kg::store
