// The UD extractor's meaning fields (attributed_to, asserted, time, value, rule) survive every
// write and every read, and a kg 0.1 store gains them on open without losing a row.
#include <algorithm>
#include <filesystem>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "graph/store/store.h"

namespace kg::store {
namespace {

using model::EntityType;

std::string FreshPath(const std::string& name) {
  const auto p = std::filesystem::path(testing::TempDir()) /
                 ("meaning_" + std::to_string(::getpid()) + "_" + name);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

// A denial as the UD extractor stores it: the embedded fact, negated, credited to the denier.
model::Triple Denied() {
  model::Triple t;
  t.subject = {"Austria", EntityType::kCountry};
  t.predicate = "fund";
  t.relation = "funded";
  t.object = {"militia", EntityType::kOther};
  t.negated = true;
  t.confidence = 0.6;
  t.extractor = "ud";
  t.attributed_to = "minister";
  t.asserted = false;
  t.time = "2024-03-04";
  t.rule = "ccomp-speech";
  return t;
}

model::Triple Paid() {
  model::Triple t;
  t.subject = {"Denmark", EntityType::kCountry};
  t.predicate = "pay";
  t.relation = "paid";
  t.object = {"$825 million", EntityType::kMoney};
  t.confidence = 0.7;
  t.extractor = "ud";
  t.value = "825000000 USD";
  t.rule = "nsubj-obj";
  return t;
}

model::ArticleGraph Graph(const std::string& text) {
  model::ArticleGraph g;
  g.article.source = "a.txt";
  g.article.text = text;
  g.sentences.push_back({0, text.size(), text});
  g.entities = {{"Austria", EntityType::kCountry, {}, 1},
                {"militia", EntityType::kOther, {}, 1},
                {"Denmark", EntityType::kCountry, {}, 1},
                {"$825 million", EntityType::kMoney, {}, 1}};
  for (model::Triple t : {Denied(), Paid()}) {
    t.evidence = {"a.txt", 0, text, 0, text.size()};
    g.triples.push_back(std::move(t));
  }
  return g;
}

void ExpectMeaning(const model::Triple& got, const model::Triple& want) {
  EXPECT_EQ(got.attributed_to, want.attributed_to);
  EXPECT_EQ(got.asserted, want.asserted);
  EXPECT_EQ(got.time, want.time);
  EXPECT_EQ(got.value, want.value);
  EXPECT_EQ(got.rule, want.rule);
  EXPECT_EQ(got.negated, want.negated);
}

// Checks both stored triples through every read: Triples, Triple, TriplesByIds, QualifiedTriples
// and ForEachEvidence.
void ExpectEveryReadKeepsMeaning(const Store& s) {
  const std::vector<StoredTriple> all = s.Triples({});
  ASSERT_EQ(all.size(), 2U);
  const StoredTriple& denied = all[0].triple.predicate == "fund" ? all[0] : all[1];
  const StoredTriple& paid = all[0].triple.predicate == "fund" ? all[1] : all[0];
  ExpectMeaning(denied.triple, Denied());
  ExpectMeaning(paid.triple, Paid());
  ExpectMeaning(s.Triple(denied.id)->triple, Denied());
  const std::vector<std::int64_t> ids = {paid.id, denied.id};
  const std::vector<StoredTriple> by_ids = s.TriplesByIds(ids);
  ASSERT_EQ(by_ids.size(), 2U);
  ExpectMeaning(by_ids[0].triple, Paid());
  ExpectMeaning(by_ids[1].triple, Denied());

  // The sparse reads behind --asserted-only, queries and exports carry them too.
  const std::vector<QualifiedTriple> qualified = s.QualifiedTriples();
  ASSERT_EQ(qualified.size(), 2U);  // both have a qualifier: a report, and a value
  for (const QualifiedTriple& q : qualified) {
    const model::Triple want = q.id == paid.id ? Paid() : Denied();
    EXPECT_EQ(q.attributed_to, want.attributed_to);
    EXPECT_EQ(q.asserted, want.asserted);
    EXPECT_EQ(q.time, want.time);
    EXPECT_EQ(q.value, want.value);
  }
  std::vector<std::int64_t> sorted = {std::min(paid.id, denied.id), std::max(paid.id, denied.id)};
  int rows = 0;
  s.ForEachEvidence(sorted, [&](const EvidenceRow& r) {
    ++rows;
    const model::Triple want = r.triple_id == paid.id ? Paid() : Denied();
    EXPECT_EQ(r.attributed_to, want.attributed_to);
    EXPECT_EQ(r.asserted, want.asserted);
    EXPECT_EQ(r.time, want.time);
    EXPECT_EQ(r.value, want.value);
  });
  EXPECT_EQ(rows, 2);
}

TEST(MeaningColumns, IngestKeepsThemForEveryRead) {
  Store s(FreshPath("ingest.db"));
  ASSERT_TRUE(s.Ingest(Graph("The minister denied it.")).inserted);
  ExpectEveryReadKeepsMeaning(s);
}

TEST(MeaningColumns, ImportKeepsThem) {
  Store s(FreshPath("import.db"));
  (void)s.ImportTriples("t.jsonl", "k", {Denied(), Paid()});
  ExpectEveryReadKeepsMeaning(s);
}

TEST(MeaningColumns, MergeKeepsThem) {
  const std::string shard = FreshPath("shard.db");
  { (void)Store(shard).Ingest(Graph("The minister denied it.")); }
  Store target(FreshPath("target.db"));
  ASSERT_EQ(target.MergeFrom(shard).triples, 2U);
  ExpectEveryReadKeepsMeaning(target);
}

// What kg 0.1 created (schema version 1, its tables as they were), with one article and triple.
// kg 0.1 had only the Link Grammar extractor, so the triple's extractor is "link-grammar/svo":
// stores it wrote keep such rows after its removal and must still open with them intact.
void WriteVersionOneStore(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec(R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'article', source TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '', text TEXT NOT NULL);
CREATE TABLE sentences(id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE(article_id, idx));
CREATE TABLE entities(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0, UNIQUE(name, type));
CREATE TABLE aliases(alias TEXT NOT NULL COLLATE NOCASE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY(alias, entity_id)) WITHOUT ROWID;
CREATE TABLE triples(id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id INTEGER NOT NULL REFERENCES entities(id), predicate TEXT NOT NULL,
  relation TEXT NOT NULL, object_id INTEGER NOT NULL REFERENCES entities(id),
  negated INTEGER NOT NULL DEFAULT 0, modality TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL,
  extractor TEXT NOT NULL, sentence_id INTEGER REFERENCES sentences(id), start INTEGER, end INTEGER);
INSERT INTO meta VALUES ('schema_version', '1'), ('application', 'kg'), ('store_id', 'abc');
INSERT INTO articles(id, hash, source, text) VALUES (1, 'h1', 'old.txt', 'Denmark funds ERAM.');
INSERT INTO sentences VALUES (1, 1, 0, 0, 19, 'Denmark funds ERAM.');
INSERT INTO entities VALUES (1, 'Denmark', 'COUNTRY', 1), (2, 'ERAM', 'WEAPON', 1);
INSERT INTO triples(article_id, subject_id, predicate, relation, object_id, negated, modality,
  confidence, extractor, sentence_id, start, end)
  VALUES (1, 1, 'fund', 'funds', 2, 1, 'may', 0.5, 'link-grammar/svo', 1, 0, 19);
)sql");
}

TEST(MeaningColumns, AVersionOneStoreGainsThemWithDefaultsAndLosesNothing) {
  const std::string path = FreshPath("v1.db");
  WriteVersionOneStore(path);
  {
    const Store s(path);
    const std::vector<StoredTriple> all = s.Triples({});
    ASSERT_EQ(all.size(), 1U);
    const model::Triple& t = all[0].triple;
    EXPECT_EQ(t.subject.name, "Denmark");
    EXPECT_EQ(t.object.type, EntityType::kWeapon);
    EXPECT_EQ(t.predicate, "fund");
    EXPECT_TRUE(t.negated);
    EXPECT_EQ(t.modality, "may");
    EXPECT_EQ(t.extractor, "link-grammar/svo");
    EXPECT_EQ(t.evidence.sentence, "Denmark funds ERAM.");
    ExpectMeaning(t, [] {
      model::Triple defaults;  // asserted by its article, undated, no value, no rule
      defaults.negated = true;
      return defaults;
    }());
    EXPECT_EQ(s.Stats().triples, 1);
  }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('triples') WHERE name IN "
                          "('attributed_to', 'asserted', 'time', 'value', 'rule')")
                .getInt(),
            5);
}

TEST(MeaningColumns, AVersionOneShardMergesWithDefaults) {
  const std::string shard = FreshPath("v1shard.db");
  WriteVersionOneStore(shard);
  Store target(FreshPath("v2target.db"));
  ASSERT_EQ(target.MergeFrom(shard).triples, 1U);
  const std::vector<StoredTriple> all = target.Triples({});
  ASSERT_EQ(all.size(), 1U);
  EXPECT_TRUE(all[0].triple.asserted);
  EXPECT_EQ(all[0].triple.rule, "");
  EXPECT_EQ(all[0].triple.modality, "may");
}

}  // namespace
}  // namespace kg::store
