// kg merge's store side: shards merged equal one store built from all their inputs, a second
// merge changes nothing, and a merge killed halfway leaves the target as it was.
#include <csignal>
#include <filesystem>
#include <set>
#include <tuple>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "graph/store/store.h"
#include "model/error.h"

namespace kg::store {
namespace {

using model::EntityType;

model::Triple Fact(const std::string& s, EntityType st, const std::string& p, const std::string& o,
                   EntityType ot, const std::string& sentence) {
  model::Triple t;
  t.subject = {s, st};
  t.predicate = p;
  t.relation = p;
  t.object = {o, ot};
  t.confidence = 0.7;
  t.extractor = "test";
  t.evidence = {"a", 0, sentence, 0, sentence.size()};
  return t;
}

// Three articles: the third names Macron by surname only, which must join the full name from
// the first, wherever the first was stored.
std::vector<model::ArticleGraph> Articles() {
  std::vector<model::ArticleGraph> out(3);
  const std::vector<std::string> texts = {"Emmanuel Macron hosted the summit in Paris.",
                                          "Germany funded the ERAM missiles.",
                                          "Macron met Olaf Scholz. Germany did not fund it."};
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].article.source = "a" + std::to_string(i) + ".txt";
    out[i].article.text = texts[i];
    out[i].sentences.push_back({0, texts[i].size(), texts[i]});
  }
  out[0].entities = {{"Emmanuel Macron", EntityType::kPerson, {"Macron"}, 2},
                     {"summit", EntityType::kEvent, {}, 1}};
  out[0].triples = {
      Fact("Emmanuel Macron", EntityType::kPerson, "host", "summit", EntityType::kEvent, texts[0])};
  out[1].entities = {{"Germany", EntityType::kCountry, {"Deutschland"}, 1},
                     {"ERAM missiles", EntityType::kWeapon, {}, 1}};
  out[1].triples = {Fact("Germany", EntityType::kCountry, "fund", "ERAM missiles",
                         EntityType::kWeapon, texts[1])};
  out[2].entities = {{"Macron", EntityType::kPerson, {}, 1},
                     {"Olaf Scholz", EntityType::kPerson, {}, 1},
                     {"Germany", EntityType::kCountry, {}, 1}};
  out[2].triples = {
      Fact("Macron", EntityType::kPerson, "meet", "Olaf Scholz", EntityType::kPerson, texts[2]),
      Fact("Germany", EntityType::kCountry, "fund", "ERAM missiles", EntityType::kWeapon,
           texts[2])};
  out[2].triples.back().negated = true;
  return out;
}

// Everything a user can see in a store, without its row ids.
struct Content {
  std::set<std::string> articles;
  std::set<std::tuple<std::string, std::string, std::int64_t>> entities;
  std::set<std::pair<std::string, std::string>> aliases;
  std::multiset<std::string> triples;
  bool operator==(const Content&) const = default;
};

Content Read(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  Content c;
  SQLite::Statement a(db, "SELECT hash FROM articles");
  while (a.executeStep()) c.articles.insert(a.getColumn(0).getString());
  SQLite::Statement e(db, "SELECT name, type, mentions FROM entities");
  while (e.executeStep())
    c.entities.emplace(e.getColumn(0).getString(), e.getColumn(1).getString(),
                       e.getColumn(2).getInt64());
  SQLite::Statement al(
      db, "SELECT a.alias, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id");
  while (al.executeStep())
    c.aliases.emplace(al.getColumn(0).getString(), al.getColumn(1).getString());
  SQLite::Statement t(
      db,
      "SELECT s.name || '|' || t.predicate || '|' || o.name || '|' || t.negated "
      "|| '|' || a.hash || '|' || coalesce(se.text, '') FROM triples t "
      "JOIN entities s ON s.id = t.subject_id JOIN entities o ON o.id = t.object_id "
      "JOIN articles a ON a.id = t.article_id "
      "LEFT JOIN sentences se ON se.id = t.sentence_id");
  while (t.executeStep()) c.triples.insert(t.getColumn(0).getString());
  return c;
}

class MergeTest : public testing::Test {
 protected:
  std::string Path(const std::string& name) {
    const auto p = std::filesystem::path(testing::TempDir()) /
                   ("merge_" + std::to_string(::getpid()) + "_" + name);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
    made_.push_back(p.string());
    return p.string();
  }
  // Every store a test made is removed when it ends.
  void TearDown() override {
    for (const auto& p : made_) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix);
    }
  }
  // A store holding articles[from, to).
  std::string Build(const std::string& name, std::size_t from, std::size_t to) {
    const std::string path = Path(name);
    Store s(path);
    const auto articles = Articles();
    for (std::size_t i = from; i < to; ++i) (void)s.Ingest(articles[i]);
    return path;
  }

 private:
  std::vector<std::string> made_;
};

TEST_F(MergeTest, TwoShardsMergedEqualOneStoreBuiltFromBoth) {
  const std::string one = Build("one.db", 0, 3);
  const std::string a = Build("a.db", 0, 2);
  const std::string b = Build("b.db", 2, 3);
  const std::string all = Path("all.db");
  {
    Store s(all);
    EXPECT_EQ(s.MergeFrom(a).articles, 2U);
    const MergeResult r = s.MergeFrom(b);
    EXPECT_EQ(r.articles, 1U);
    EXPECT_EQ(r.triples, 2U);
    EXPECT_EQ(s.Stats().triples, 4);
    EXPECT_EQ(s.Stats().entities, Store(one).Stats().entities);
  }
  EXPECT_EQ(Read(all), Read(one));
  // "Macron" in the second shard joined "Emmanuel Macron" from the first.
  EXPECT_EQ(Store(all, OpenMode::kReadOnly).FindEntities("Macron").size(), 1U);
}

TEST_F(MergeTest, MergingTwiceChangesNothing) {
  const std::string a = Build("a.db", 0, 2);
  const std::string all = Path("all.db");
  Store s(all);
  (void)s.MergeFrom(a);
  const Content once = Read(all);
  const auto generation = s.Version().generation;
  const MergeResult again = s.MergeFrom(a);
  EXPECT_EQ(again.articles, 0U);
  EXPECT_EQ(again.triples, 0U);
  EXPECT_EQ(Read(all), once);
  EXPECT_EQ(s.Version().generation, generation);
}

TEST_F(MergeTest, AKilledMergeLeavesTheStoreAsItWasAndARerunFinishesIt) {
  const std::string a = Build("a.db", 0, 2);
  const std::string b = Build("b.db", 2, 3);
  const std::string expected = Path("expected.db");
  {
    Store s(expected);
    (void)s.MergeFrom(a);
    (void)s.MergeFrom(b);
  }
  const std::string all = Path("all.db");
  { Store(all).MergeFrom(a); }
  const Content before = Read(all);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    Store s(all);
    int rows = 0;
    s.SetWriteHook([&] {
      if (++rows == 3) ::raise(SIGKILL);  // halfway through the shard's entities
    });
    (void)s.MergeFrom(b);
    ::_exit(0);  // not reached: the hook kills the process first
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  EXPECT_EQ(Read(all), before);
  { Store(all).MergeFrom(b); }
  EXPECT_EQ(Read(all), Read(expected));
}

TEST_F(MergeTest, AShardThatIsNotAStoreIsAClearError) {
  const std::string all = Path("all.db");
  Store s(all);
  EXPECT_THAT([&] { (void)s.MergeFrom(Path("absent.db")); },
              testing::ThrowsMessage<Error>(testing::HasSubstr("absent.db: no such store")));
}

}  // namespace
}  // namespace kg::store
