// Writing: articles with everything extracted from them, and imported batches of triples.
#include <set>

#include "graph/store/bulk_load.h"
#include "graph/store/schema.h"
#include "graph/store/sha256.h"
#include "graph/store/store_impl.h"

namespace kg::store {

using model::EntityType;

std::vector<std::string> LookupNames(const model::Entity& e) {
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  // A person is asked for by surname ("kg path Merz Putin").
  const std::size_t space = e.name.rfind(' ');
  if (e.type == EntityType::kPerson && space != std::string::npos)
    names.push_back(e.name.substr(space + 1));
  return names;
}

void Store::Impl::InsertMerge(std::int64_t entity, const std::string& name, std::string_view rule,
                              std::int64_t article) {
  // A name that differs from the entity's only in case ("Growth" for "growth") is no merge a
  // reader needs to check: not recorded.
  SQLite::Statement& q = Prepared(
      "INSERT OR IGNORE INTO merges(entity_id, name, rule, article_id) "
      "SELECT id, ?2, ?3, ?4 FROM entities WHERE id = ?1 AND name <> ?2 COLLATE NOCASE");
  q.reset();
  q.bind(1, entity);
  q.bind(2, name);
  q.bind(3, std::string(rule));
  q.bind(4, article);
  q.exec();
  Wrote();
}

std::int64_t Store::Impl::EntityId(const model::Entity& e, std::optional<std::int64_t> article,
                                   bool* by_alias_out) {
  bool joined = false;
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
    // A person's one-word alias ("Baker" for "James Baker") is left out: across articles a
    // surname alone names many people ("Howard Baker" elsewhere). Its own one-word name still
    // looks up the full names ("Putin" finds "Vladimir Putin").
    std::set<std::int64_t> candidates;
    SQLite::Statement& by_alias = Prepared(
        "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities x ON x.id = a.entity_id "
        "WHERE a.alias = ? AND x.type = ?");
    std::vector<std::string> names = {e.name};
    for (const std::string& a : e.aliases) {
      if (e.type != EntityType::kPerson || a.find(' ') != std::string::npos) names.push_back(a);
    }
    for (const std::string& n : names) {
      by_alias.reset();
      by_alias.clearBindings();
      by_alias.bind(1, n);
      by_alias.bind(2, type);
      while (by_alias.executeStep()) candidates.insert(by_alias.getColumn(0).getInt64());
    }
    if (candidates.size() == 1) {
      id = *candidates.begin();
      joined = true;
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
  for (const std::string& n : LookupNames(e)) {
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
  if (article) {
    if (joined) InsertMerge(id, e.name, kAliasMergeRule, *article);
    for (const model::EntityMerge& m : e.merges) InsertMerge(id, m.name, m.rule, *article);
  }
  if (by_alias_out != nullptr) *by_alias_out = joined;
  return id;
}

std::optional<std::int64_t> Store::Impl::ArticleWithHash(const std::string& hash) {
  SQLite::Statement& q = Prepared("SELECT id FROM articles WHERE hash = ?");
  q.bind(1, hash);
  std::optional<std::int64_t> id;
  if (q.executeStep()) id = q.getColumn(0).getInt64();
  (void)q.tryReset();  // a cached statement must not hold its read open between uses
  return id;
}

std::int64_t Store::Impl::InsertArticle(const std::string& hash, const char* kind,
                                        const model::Article& a) {
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

void Store::Impl::InsertTriple(std::int64_t article, std::int64_t subject, std::int64_t object,
                               const model::Triple& t, std::optional<std::int64_t> sentence) {
  SQLite::Statement& q = Prepared(
      "INSERT INTO triples(article_id, subject_id, predicate, relation, object_id, negated, "
      "modality, confidence, extractor, sentence_id, start, end, attributed_to, asserted, time, "
      "value, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
  q.bind(13, t.attributed_to);
  q.bind(14, t.asserted ? 1 : 0);
  q.bind(15, t.time);
  q.bind(16, t.value);
  q.bind(17, t.rule);
  q.exec();
  Wrote();
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
    const RowMarks marks = impl_->Marks();
    result.article_id = impl_->InsertArticle(hash, "article", graph.article);
    std::vector<std::int64_t> sentence_ids;
    SQLite::Statement& sentence = impl_->Prepared(
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
      (void)ids.Get(e.name, e.type, [&] { return impl_->EntityId(e, result.article_id); });
    const auto id_of = [&](const model::EntityRef& ref) {
      return ids.Get(ref.name, ref.type, [&] {
        return impl_->EntityId({ref.name, ref.type, {}, 1}, result.article_id);
      });
    };
    for (const model::Triple& t : graph.triples) {
      std::optional<std::int64_t> sid;
      if (t.evidence.sentence_index < sentence_ids.size())
        sid = sentence_ids[t.evidence.sentence_index];
      impl_->InsertTriple(result.article_id, id_of(t.subject), id_of(t.object), t, sid);
    }
    impl_->CountSince(marks);
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
  bool given = false;
  return ImportTriples(source, key, [&]() -> const std::vector<model::Triple>* {
    if (given) return nullptr;
    given = true;
    return &triples;
  });
}

IngestResult Store::ImportTriples(const std::string& source, std::string_view key,
                                  const TripleParts& next) {
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
    const RowMarks marks = impl_->Marks();
    result.article_id = impl_->InsertArticle(hash, "import", graph.article);
    if (marks.entities == 0 && marks.triples == 0) {
      // A bulk load into an empty store: entities resolved in memory, indexes built once at the
      // end. Same rows as the general path below.
      BulkLoader bulk(*impl_, result.article_id);
      while (const auto* part = next()) {
        bulk.Add(*part);
        result.triples += part->size();
      }
      result.entities = bulk.Finish();
    } else {
      EntityIds ids;
      const auto id_of = [&](const model::EntityRef& ref) {
        return ids.Get(ref.name, ref.type, [&] {
          return impl_->EntityId({ref.name, ref.type, {}, 1}, result.article_id);
        });
      };
      while (const auto* part = next()) {
        for (const model::Triple& t : *part) {
          impl_->InsertTriple(result.article_id, id_of(t.subject), id_of(t.object), t,
                              std::nullopt);
        }
        result.triples += part->size();
      }
      result.entities = ids.size();
    }
    impl_->CountSince(marks);
    impl_->BumpGeneration();
    tx.commit();
    result.inserted = true;
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::kIoError, path_ + ": cannot import " + source + ": " + e.what());
  }
  return result;
}

}  // namespace kg::store
