// Every merge is recorded (schema version 3): the names an article's entities absorbed and by
// which rule, the store's own joins through aliases, through ingests, imports, shard merges and
// a migration; re-ingesting changes nothing.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "graph/store/store.h"

namespace kg::store {
namespace {

using model::EntityType;

std::string FreshPath(const std::string& name) {
  const auto p = std::filesystem::path(testing::TempDir()) /
                 ("merges_" + std::to_string(::getpid()) + "_" + name);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

model::Triple Fact(const std::string& subject, EntityType type, const std::string& object) {
  model::Triple t;
  t.subject = {subject, type};
  t.predicate = "fine";
  t.relation = "fined";
  t.object = {object, EntityType::kOrganization};
  t.confidence = 0.6;
  t.extractor = "ud";
  return t;
}

model::ArticleGraph Article(const std::string& source, const std::string& text,
                            std::vector<model::Entity> entities, const model::Triple& fact) {
  model::ArticleGraph g;
  g.article.source = source;
  g.article.text = text;
  g.sentences.push_back({0, text.size(), text});
  g.entities = std::move(entities);
  g.triples.push_back(fact);
  return g;
}

// "The European Union fined Vantora. The EU said it ...": the resolver joined "EU" (acronym)
// and "it" (coreference) to the European Union.
model::ArticleGraph FirstArticle() {
  model::Entity eu{"European Union", EntityType::kOrganization, {"EU"}, 3};
  eu.merges = {{"EU", "acronym"}, {"it", "coreference"}};
  return Article("first.txt", "The European Union fined Vantora. The EU said it would appeal.",
                 {eu, {"Vantora", EntityType::kOrganization, {}, 1}},
                 Fact("European Union", EntityType::kOrganization, "Vantora"));
}

// Another article's "E.U." with its own alias "EU": the store joins it to the European Union.
model::ArticleGraph SecondArticle() {
  return Article(
      "second.txt", "The E.U. fined Orla.",
      {{"E.U.", EntityType::kOrganization, {"EU"}, 1}, {"Orla", EntityType::kOrganization, {}, 1}},
      Fact("E.U.", EntityType::kOrganization, "Orla"));
}

std::vector<std::string> Rows(const std::vector<StoredMerge>& merges) {
  std::vector<std::string> out;
  for (const StoredMerge& m : merges)
    out.push_back(m.entity + " <- " + m.name + " (" + m.rule + ", " + m.article + ")");
  return out;
}

// Ordered by entity, rule, name, article.
const std::vector<std::string> kBoth = {
    "European Union <- EU (acronym, first.txt)",
    "European Union <- E.U. (alias, second.txt)",
    "European Union <- it (coreference, first.txt)",
};

TEST(MergesRecord, IngestRecordsTheArticlesMergesAndTheStoresAliasJoins) {
  Store s(FreshPath("ingest.db"));
  s.Ingest(FirstArticle());
  s.Ingest(SecondArticle());
  EXPECT_EQ(Rows(s.Merges({})), kBoth);
  // By entity: the European Union's merges, found by any of its names.
  const std::vector<std::int64_t> eu = s.FindEntities("e.u.");
  ASSERT_EQ(eu.size(), 1U);
  EXPECT_EQ(Rows(s.Merges(eu)), kBoth);
  // Orla absorbed nothing.
  EXPECT_TRUE(s.Merges(s.FindEntities("Orla")).empty());
  // A merged name that is no alias finds its entity: "it" is the European Union here.
  EXPECT_EQ(s.MergedInto("IT"), eu);
  EXPECT_TRUE(s.MergedInto("Orla").empty());
  EXPECT_EQ(s.ArticlesWithoutMergeRecord(), 0);
  // The same article again changes nothing.
  EXPECT_FALSE(s.Ingest(SecondArticle()).inserted);
  EXPECT_EQ(Rows(s.Merges({})), kBoth);
}

TEST(MergesRecord, AShardMergeKeepsTheShardsRecordAndRecordsItsOwnJoins) {
  const std::string first = FreshPath("shard1.db");
  const std::string second = FreshPath("shard2.db");
  {
    Store a(first);
    a.Ingest(FirstArticle());
    Store b(second);
    b.Ingest(SecondArticle());
  }
  Store target(FreshPath("target.db"));
  target.MergeFrom(first);
  target.MergeFrom(second);  // its "E.U." joins here, as in one ingest: in its article
  EXPECT_EQ(Rows(target.Merges({})), kBoth);
  target.MergeFrom(second);  // again: nothing new
  EXPECT_EQ(Rows(target.Merges({})), kBoth);
}

TEST(MergesRecord, AnImportRecordsItsJoinsThroughAliases) {
  model::Triple full = Fact("James Varga", EntityType::kPerson, "Orla");
  model::Triple surname = Fact("Varga", EntityType::kPerson, "Orla");
  for (const bool bulk : {true, false}) {
    Store s(FreshPath(bulk ? "bulk.db" : "general.db"));
    // The general path is the one a store with rows takes; the bulk path an empty store's.
    if (!bulk) s.Ingest(SecondArticle());
    s.ImportTriples("people.tsv", "k", {full, surname});
    std::vector<std::string> rows = Rows(s.Merges(s.FindEntities("James Varga")));
    EXPECT_EQ(rows, (std::vector<std::string>{"James Varga <- Varga (alias, people.tsv)"}))
        << (bulk ? "bulk" : "general");
  }
}

TEST(MergesRecord, AVersionTwoStoreGainsAnEmptyRecordAndKeepsItsRows) {
  const std::string path = FreshPath("v2.db");
  {
    Store s(path);
    s.Ingest(FirstArticle());
  }
  {
    // Back to what version 2 was: no merges table.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE merges; PRAGMA user_version = 2;");
    db.exec("DELETE FROM meta WHERE key = 'merges_recorded_after_article'");
    db.exec("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  }
  Store s(path);
  EXPECT_TRUE(s.Merges({}).empty());             // what version 2 did not record is not invented
  EXPECT_EQ(s.ArticlesWithoutMergeRecord(), 1);  // and the store says how much that is
  EXPECT_EQ(s.Triples({}).size(), 1U);
  s.Ingest(SecondArticle());
  EXPECT_EQ(Rows(s.Merges({})),
            (std::vector<std::string>{"European Union <- E.U. (alias, second.txt)"}));
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 3);
}

}  // namespace
}  // namespace kg::store
