#include "graph/store/store.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "graph/store/sha256.h"
#include "model/error.h"

namespace kg::store {
namespace {

using model::EntityType;

model::ArticleGraph Article(const std::string& text) {
  model::ArticleGraph g;
  g.article.source = "a.txt";
  g.article.text = text;
  g.sentences.push_back({0, text.size(), text});
  g.entities = {{"Emmanuel Macron", EntityType::kPerson, {"Macron"}, 2},
                {"summit", EntityType::kEvent, {}, 1},
                {"United States", EntityType::kCountry, {"U.S."}, 1}};
  model::Triple t;
  t.subject = {"Emmanuel Macron", EntityType::kPerson};
  t.predicate = "host";
  t.relation = "hosted";
  t.object = {"summit", EntityType::kEvent};
  t.confidence = 0.8;
  t.extractor = "test";
  t.evidence = {"a.txt", 0, text, 0, text.size()};
  g.triples.push_back(t);
  t.object = {"United States", EntityType::kCountry};
  t.predicate = "host with";
  g.triples.push_back(t);
  return g;
}

// Removes a store file and its WAL and shared-memory files.
void RemoveStore(const std::filesystem::path& p) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
}

class StoreTest : public testing::Test {
 protected:
  // A fresh path in the temporary folder; the file is removed when the test ends.
  std::string Path(const std::string& name) {
    const auto p =
        std::filesystem::path(testing::TempDir()) / (std::to_string(::getpid()) + "_" + name);
    RemoveStore(p);
    made_.push_back(p);
    return p.string();
  }
  void TearDown() override {
    for (const auto& p : made_) RemoveStore(p);
  }

 private:
  std::vector<std::filesystem::path> made_;
};

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')).substr(0, 16), "41edece42d63e8d9");
}

TEST_F(StoreTest, IngestThenReingestChangesNothing) {
  Store s(":memory:");
  EXPECT_TRUE(s.Ingest(Article("Macron hosted the summit.")).inserted);
  const StoreStats before = s.Stats();
  EXPECT_FALSE(s.Ingest(Article("Macron hosted the summit.")).inserted);
  const StoreStats after = s.Stats();
  EXPECT_EQ(before.triples, 2);
  EXPECT_EQ(after.triples, before.triples);
  EXPECT_EQ(after.entities, before.entities);
  EXPECT_EQ(after.articles, 1);
}

TEST_F(StoreTest, NamesAndAliasesFindTheSameEntityCaseInsensitively) {
  Store s(":memory:");
  s.Ingest(Article("Macron hosted the summit."));
  const auto a = s.FindEntities("macron");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(s.FindEntities("Emmanuel Macron"), a);
  EXPECT_EQ(s.FindEntities("u.s.").size(), 1U);
  EXPECT_TRUE(s.FindEntities("Merkel").empty());
  TripleFilter f;
  f.subject = "MACRON";
  EXPECT_EQ(s.Triples(f).size(), 2U);
  f.predicate = "host";
  EXPECT_EQ(s.Triples(f).size(), 2U);  // "host" and "host with"
}

TEST_F(StoreTest, LaterArticlesJoinEntitiesThroughAliases) {
  Store s(":memory:");
  s.Ingest(Article("Macron hosted the summit."));
  model::ArticleGraph second = Article("Macron hosted the summit again.");
  second.entities[0] = {"Macron", EntityType::kPerson, {}, 1};
  for (auto& t : second.triples) t.subject.name = "Macron";
  s.Ingest(second);
  EXPECT_EQ(s.Entities(EntityType::kPerson).size(), 1U);
  EXPECT_EQ(s.Entities(EntityType::kPerson)[0].mentions, 3);
}

// "Baker" alone in one article and "James Baker" (called "Baker" further down) in another are not
// known to be one person: a surname alias never joins across articles, so a merge of shards and
// one ingest agree whatever order the articles come in.
TEST_F(StoreTest, APersonsSurnameAliasDoesNotJoinAnotherArticlesSurname) {
  Store s(":memory:");
  model::ArticleGraph first = Article("Baker hosted the summit.");
  first.entities[0] = {"Baker", EntityType::kPerson, {}, 1};
  for (auto& t : first.triples) t.subject.name = "Baker";
  s.Ingest(first);
  model::ArticleGraph second = Article("James Baker hosted the summit. Baker left.");
  second.entities[0] = {"James Baker", EntityType::kPerson, {"Baker", "Secretary James Baker"}, 2};
  for (auto& t : second.triples) t.subject.name = "James Baker";
  s.Ingest(second);
  EXPECT_EQ(s.Entities(EntityType::kPerson).size(), 2U);
}

TEST_F(StoreTest, FailureHalfwayLeavesNoTraceOfTheArticle) {
  Store s(":memory:");
  s.Ingest(Article("First article."));
  const StoreStats before = s.Stats();
  int writes = 0;
  s.SetWriteHook([&] {
    if (++writes == 4) throw std::runtime_error("injected fault");
  });
  EXPECT_THROW(s.Ingest(Article("Second article.")), std::runtime_error);
  s.SetWriteHook(nullptr);
  const StoreStats after = s.Stats();
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.sentences, before.sentences);
  EXPECT_EQ(after.entities, before.entities);
  EXPECT_EQ(after.triples, before.triples);
  EXPECT_TRUE(s.Ingest(Article("Second article.")).inserted);
}

TEST_F(StoreTest, AFileThatIsNotAStoreIsAClearError) {
  const std::string text = Path("not_a_store.db");
  std::ofstream(text) << "hello, this is not SQLite at all, just some text that is long enough";
  EXPECT_THAT([&] { Store s(text); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("not a kg store")));
  const std::string other = Path("other.db");
  {
    SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE people(name TEXT)");
  }
  EXPECT_THAT([&] { Store s(other); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("not a kg store")));
}

TEST_F(StoreTest, ANewerSchemaIsRefusedAndNotTouched) {
  const std::string path = Path("newer.db");
  { Store s(path); }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  EXPECT_THAT([&] { Store s(path); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("schema version 99")));
}

TEST_F(StoreTest, AFullDiskFailsTheArticleCleanlyAndTheStoreStaysUsable) {
  const std::string path = Path("full.db");
  Store s(path);
  s.Ingest(Article("First article."));
  const StoreStats before = s.Stats();
  const std::int64_t pages = [&] {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA page_count").getInt64();
  }();
  s.LimitPages(pages);
  model::ArticleGraph big = Article(std::string(200000, 'x'));
  EXPECT_THAT([&] { s.Ingest(big); }, testing::ThrowsMessage<Error>(testing::HasSubstr("full")));
  const StoreStats after = s.Stats();
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.triples, before.triples);
  s.LimitPages(1000000);
  EXPECT_TRUE(s.Ingest(big).inserted);
}

TEST_F(StoreTest, ADamagedStoreIsAClearErrorNotACrash) {
  const std::string path = Path("damaged.db");
  {
    Store s(path);
    for (int i = 0; i < 40; ++i)
      s.Ingest(Article("Article number " + std::to_string(i) + " " + std::string(3000, 'y')));
  }
  {
    // Overwrite pages in the middle of the file with noise.
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8192);
    for (int i = 0; i < 16384; ++i) f.put(static_cast<char>((i * 7919) & 0xFF));
  }
  try {
    Store s(path);
    (void)s.Stats();
    (void)s.Triples({});
    (void)s.Entities(std::nullopt);
    ADD_FAILURE() << "a damaged store read without an error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), testing::HasSubstr(path));
  }
}

TEST_F(StoreTest, MissingStoreForReadingIsNotFound) {
  EXPECT_THAT([&] { Store s(Path("absent.db"), OpenMode::kReadOnly); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("no such store")));
}

TEST_F(StoreTest, AnEmptyFileIsNoStoreForAReaderAndStaysEmpty) {
  const std::string path = Path("empty.db");
  std::ofstream(path).close();
  EXPECT_THAT([&] { Store s(path, OpenMode::kReadOnly); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("not a kg store (empty file")));
  EXPECT_EQ(std::filesystem::file_size(path), 0U);
}

TEST_F(StoreTest, ImportedBatchesAreKeyedByContent) {
  Store s(":memory:");
  model::Triple t;
  t.subject = {"Denmark", EntityType::kCountry};
  t.predicate = "fund";
  t.relation = "funds";
  t.object = {"ERAM missiles", EntityType::kWeapon};
  t.confidence = 1.0;
  t.extractor = "import";
  EXPECT_EQ(s.ImportTriples("t.tsv", "content", {t}).triples, 1U);
  EXPECT_FALSE(s.ImportTriples("t.tsv", "content", {t}).inserted);
  EXPECT_EQ(s.Stats().triples, 1);
}

}  // namespace
}  // namespace kg::store

namespace kg::store {
namespace {

// A store path in the temporary folder, removed (with its WAL files) when this goes out of scope.
class TempStore {
 public:
  explicit TempStore(const std::string& name)
      : path_(std::filesystem::path(testing::TempDir()) /
              ("schema_" + std::to_string(::getpid()) + "_" + name)) {
    RemoveStore(path_);
  }
  ~TempStore() { RemoveStore(path_); }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;
  [[nodiscard]] std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

model::Triple Imported(const std::string& s, EntityType st, const std::string& o, EntityType ot) {
  model::Triple t;
  t.subject = {s, st};
  t.predicate = "fund";
  t.relation = "funds";
  t.object = {o, ot};
  t.confidence = 1.0;
  t.extractor = "import";
  return t;
}

TEST(StoreSchema, AVersionOneStoreIsMigratedWithItsCounts) {
  const TempStore temp("v1.db");
  const std::string path = temp.str();
  {
    Store s(path);
    (void)s.ImportTriples("t.tsv", "k",
                          {Imported("Denmark", EntityType::kCountry, "ERAM", EntityType::kWeapon)});
  }
  {
    // What kg 0.1 left: no counts table, user_version 0, the version in meta only.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(
        "DROP TABLE counts; DROP TABLE merges; PRAGMA user_version = 0;"
        "DELETE FROM meta WHERE key = 'merges_recorded_after_article';"
        "ALTER TABLE triples DROP COLUMN attributed_to; ALTER TABLE triples DROP COLUMN asserted;"
        "ALTER TABLE triples DROP COLUMN time; ALTER TABLE triples DROP COLUMN value;"
        "ALTER TABLE triples DROP COLUMN rule;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  }
  const Store s(path);
  const StoreStats stats = s.Stats();
  EXPECT_EQ(stats.triples, 1);
  EXPECT_EQ(stats.entities, 2);
  EXPECT_EQ(stats.entities_by_type.at("WEAPON"), 1);
  EXPECT_EQ(stats.triples_by_predicate.at("fund"), 1);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
}

TEST(StoreSchema, AStoreNewerThanThisKgIsOneLineError) {
  const TempStore temp("newer.db");
  const std::string path = temp.str();
  { Store s(path); }
  { SQLite::Database(path, SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 7"); }
  EXPECT_THAT([&] { Store s(path); }, testing::ThrowsMessage<Error>(testing::HasSubstr(
                                          "store has schema version 7, this kg reads up to " +
                                          std::to_string(kSchemaVersion) + " (hint: upgrade kg)")));
}

TEST(StoreCounts, StatsFollowEveryWrite) {
  Store s(":memory:");
  (void)s.ImportTriples("a.tsv", "a",
                        {Imported("Denmark", EntityType::kCountry, "ERAM", EntityType::kWeapon),
                         Imported("Denmark", EntityType::kCountry, "IRIS-T", EntityType::kWeapon)});
  (void)s.ImportTriples("b.tsv", "b",
                        {Imported("Norway", EntityType::kCountry, "ERAM", EntityType::kWeapon)});
  const StoreStats stats = s.Stats();
  EXPECT_EQ(stats.triples, 3);
  EXPECT_EQ(stats.entities, 4);
  EXPECT_EQ(stats.entities_by_type.at("COUNTRY"), 2);
  EXPECT_EQ(stats.triples_by_predicate.at("fund"), 3);
  EXPECT_EQ(stats.articles, 0);  // imported batches are not articles
}

// The bulk path (an empty store) and the row-by-row path (a store with entities) resolve
// entities the same way: a surname joins the one person it names, case aside.
TEST(StoreImport, BulkLoadResolvesEntitiesAsTheRowByRowPathDoes) {
  const std::vector<model::Triple> batch = {
      Imported("Friedrich Merz", EntityType::kPerson, "ERAM", EntityType::kWeapon),
      Imported("merz", EntityType::kPerson, "IRIS-T", EntityType::kWeapon),
      Imported("Anna Smith", EntityType::kPerson, "ERAM", EntityType::kWeapon),
      Imported("John Smith", EntityType::kPerson, "ERAM", EntityType::kWeapon),
      Imported("Smith", EntityType::kPerson, "ERAM", EntityType::kWeapon)};
  const auto names = [](const Store& s) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& e : s.Entities(std::nullopt)) out.emplace_back(e.name, e.mentions);
    return out;
  };
  Store bulk(":memory:");
  (void)bulk.ImportTriples("t.tsv", "batch", batch);
  Store rows(":memory:");
  (void)rows.ImportTriples("seed.tsv", "seed",
                           {Imported("Seed", EntityType::kOther, "Seed2", EntityType::kOther)});
  (void)rows.ImportTriples("t.tsv", "batch", batch);
  auto expected = names(rows);
  std::erase_if(expected, [](const auto& e) { return e.first.rfind("Seed", 0) == 0; });
  EXPECT_EQ(names(bulk), expected);
  EXPECT_EQ(bulk.FindEntities("MERZ").size(), 1U);
  EXPECT_EQ(bulk.FindEntities("Smith").size(), 3U);  // two surnames and one own name
  EXPECT_EQ(bulk.Triples({}).size(), 5U);
}

// kg import streams a large file in parts: the parts, one triple each, give the store the same
// entities, mentions and triples as one part, into an empty store (the bulk path) and into one
// that holds entities (row by row). A mention counted after its entity was written still counts.
TEST(StoreImport, PartsGiveTheSameStoreAsOneBatch) {
  const std::vector<model::Triple> batch = {
      Imported("Friedrich Merz", EntityType::kPerson, "ERAM", EntityType::kWeapon),
      Imported("merz", EntityType::kPerson, "IRIS-T", EntityType::kWeapon),
      Imported("Anna Smith", EntityType::kPerson, "ERAM", EntityType::kWeapon),
      Imported("Smith", EntityType::kPerson, "IRIS-T", EntityType::kWeapon)};
  const auto contents = [](const Store& s) {
    std::vector<std::string> out;
    for (const auto& e : s.Entities(std::nullopt)) {
      std::string row = e.name + " " + std::to_string(e.mentions);
      for (const auto& a : e.aliases) row += " " + a;
      out.push_back(row);
    }
    for (const auto& t : s.Triples({}))
      out.push_back(std::to_string(t.subject_id) + ">" + std::to_string(t.object_id));
    return out;
  };
  const auto in_parts = [&](Store& s) {
    std::size_t next = 0;
    std::vector<model::Triple> part;
    return s.ImportTriples("t.tsv", "batch", [&]() -> const std::vector<model::Triple>* {
      if (next == batch.size()) return nullptr;
      part = {batch[next++]};
      return &part;
    });
  };
  for (const bool empty : {true, false}) {
    SCOPED_TRACE(empty ? "bulk" : "row by row");
    Store whole(":memory:");
    Store parts(":memory:");
    if (!empty) {
      for (Store* s : {&whole, &parts}) {
        (void)s->ImportTriples("seed.tsv", "seed",
                               {Imported("Seed", EntityType::kOther, "Seed2", EntityType::kOther)});
      }
    }
    (void)whole.ImportTriples("t.tsv", "batch", batch);
    const IngestResult r = in_parts(parts);
    EXPECT_TRUE(r.inserted);
    EXPECT_EQ(r.triples, 4U);
    EXPECT_EQ(contents(parts), contents(whole));
    EXPECT_EQ(parts.Stats().triples, whole.Stats().triples);
    EXPECT_FALSE(in_parts(parts).inserted);  // keyed by content, as a whole batch is
  }
}

// The triples of a listing in the order asked, repeats repeated, unknown ids left out, each
// with its names and the article it came from.
TEST(StoreRead, TriplesByIdsKeepTheOrderAsked) {
  Store s(":memory:");
  (void)s.ImportTriples("t.tsv", "k",
                        {Imported("Denmark", EntityType::kCountry, "ERAM", EntityType::kWeapon),
                         Imported("Norway", EntityType::kCountry, "IRIS-T", EntityType::kWeapon),
                         Imported("Sweden", EntityType::kCountry, "Archer", EntityType::kWeapon)});
  const auto all = s.Triples({});
  ASSERT_EQ(all.size(), 3U);
  const std::vector<std::int64_t> ids = {all[2].id, 999, all[0].id, all[2].id};
  const auto got = s.TriplesByIds(ids);
  ASSERT_EQ(got.size(), 3U);
  EXPECT_EQ(got[0].triple.subject.name, "Sweden");
  EXPECT_EQ(got[1].triple.object.name, "ERAM");
  EXPECT_EQ(got[2].id, all[2].id);
  EXPECT_EQ(got[1].article_hash.rfind("import:", 0), 0U);
  EXPECT_EQ(got[1].article_id, got[0].article_id);
  EXPECT_TRUE(s.TriplesByIds({}).empty());
}

TEST(StoreEvidence, OneScanGivesEachAskedTripleItsSentence) {
  Store s(":memory:");
  model::ArticleGraph g;
  g.article.source = "a.txt";
  g.article.text = "Denmark funds ERAM. Norway funds IRIS-T.";
  g.sentences = {{0, 19, "Denmark funds ERAM."}, {20, 40, "Norway funds IRIS-T."}};
  for (int i = 0; i < 2; ++i) {
    model::Triple t = Imported(i ? "Norway" : "Denmark", EntityType::kCountry,
                               i ? "IRIS-T" : "ERAM", EntityType::kWeapon);
    t.evidence = {"a.txt", static_cast<std::size_t>(i),
                  g.sentences[static_cast<std::size_t>(i)].text, i ? 20U : 0U, i ? 40U : 19U};
    g.triples.push_back(t);
  }
  (void)s.Ingest(g);
  const auto all = s.Triples({});
  ASSERT_EQ(all.size(), 2U);
  const std::vector<std::int64_t> ids = {all[1].id};
  std::vector<std::string> seen;
  s.ForEachEvidence(ids, [&](const EvidenceRow& r) {
    seen.push_back(std::string(r.sentence) + "@" + std::to_string(r.start));
    EXPECT_EQ(r.article_hash.size(), 64U);
    EXPECT_EQ(r.modality, "");
  });
  EXPECT_THAT(seen, testing::ElementsAre("Norway funds IRIS-T.@20"));
}

}  // namespace
}  // namespace kg::store
