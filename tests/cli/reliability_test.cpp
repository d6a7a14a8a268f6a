// The store's promise under a crash and under concurrent writers, with real kg processes.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

std::string Binary() {
  const char* v = std::getenv("KG_BINARY");
  return v == nullptr ? "kg" : v;
}

// Writes n short articles of three sentences each into dir.
void WriteArticles(const fs::path& dir, int n, const std::string& tag) {
  fs::create_directories(dir);
  for (int i = 0; i < n; ++i) {
    std::ofstream(dir / (tag + std::to_string(i) + ".txt"))
        << "The council of Town" << tag << i << " approved a new budget on Monday. "
        << "Mayor Anna Berg" << i << " said that the budget would fund " << i + 3 << " schools. "
        << "The opposition criticised the plan.\n";
  }
}

// Writes `bytes` of words with no full stop and no newline (one endless "sentence") to `out`.
void WriteUnpunctuatedText(std::ofstream& out, std::size_t bytes) {
  const std::string chunk = "word another thing said somebody again ";
  for (std::size_t written = 0; written < bytes; written += chunk.size()) out << chunk;
}

pid_t Spawn(const std::string& db, const fs::path& folder) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string out = db + ".out";
    freopen(out.c_str(), "a", stdout);
    freopen(out.c_str(), "a", stderr);
    execl(Binary().c_str(), "kg", "--db", db.c_str(), "ingest", folder.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class ReliabilityTest : public testing::Test {
 protected:
  // A passing test leaves nothing behind; a failing one keeps its folder to look at.
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) /
           ("kg_rel_" + std::to_string(::getpid()) + "_" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "store.db").string();
  }
  // Articles stored, and how many of them are not complete (a sentence count other than 3).
  std::pair<int, int> Census() const {
    // Like kg's own connections, wait out the moments a writer holds a lock (a WAL checkpoint,
    // the WAL index being rebuilt) instead of failing at once.
    SQLite::Database db(db_, SQLite::OPEN_READONLY, 10000);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    const int articles = db.execAndGet("SELECT count(*) FROM articles").getInt();
    const int broken =
        db.execAndGet(
              "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM sentences s "
              "WHERE s.article_id = a.id) != 3")
            .getInt();
    return {articles, broken};
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(ReliabilityTest, KillDuringIngestLeavesWholeArticlesAndARerunCompletesThem) {
  WriteArticles(dir_ / "in", 300, "a");
  const pid_t pid = Spawn(db_, dir_ / "in");
  // Kill it as soon as some articles are in: mid-run, whatever the machine's speed.
  for (int i = 0; i < 3000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    try {
      if (!fs::exists(db_)) continue;
      SQLite::Database db(db_, SQLite::OPEN_READONLY);
      if (db.tableExists("articles") &&
          db.execAndGet("SELECT count(*) FROM articles").getInt() >= 5)
        break;
    } catch (const SQLite::Exception&) {
      // Busy or not yet created: look again.
    }
  }
  kill(pid, SIGKILL);
  Wait(pid);
  if (fs::exists(db_)) {
    const auto [articles, broken] = Census();
    EXPECT_EQ(broken, 0) << "half-written articles after kill -9";
    EXPECT_LT(articles, 300) << "the kill came too late to test anything";
  }
  EXPECT_EQ(Wait(Spawn(db_, dir_ / "in")), 0);
  const auto [articles, broken] = Census();
  EXPECT_EQ(articles, 300);
  EXPECT_EQ(broken, 0);
}

TEST_F(ReliabilityTest, TwoIngestsAtOnceBothFinishWithNothingLostOrDoubled) {
  WriteArticles(dir_ / "one", 30, "b");
  WriteArticles(dir_ / "two", 30, "c");
  const pid_t a = Spawn(db_, dir_ / "one");
  const pid_t b = Spawn(db_, dir_ / "two");
  EXPECT_EQ(Wait(a), 0);
  EXPECT_EQ(Wait(b), 0);
  const auto [articles, broken] = Census();
  EXPECT_EQ(articles, 60);
  EXPECT_EQ(broken, 0);
}

TEST_F(ReliabilityTest, ReadersDuringAWriteAlwaysSeeWholeArticles) {
  WriteArticles(dir_ / "in", 60, "d");
  const pid_t writer = Spawn(db_, dir_ / "in");
  int reads = 0;
  int status = 0;
  while (waitpid(writer, &status, WNOHANG) == 0) {
    if (fs::exists(db_)) {
      const std::string cmd = Binary() + " --db " + db_ + " stats --json > /dev/null 2>&1";
      const int rc = std::system(cmd.c_str());
      // A store being created may not have its tables yet; once it has, every read succeeds.
      if (rc == 0) {
        ++reads;
        const auto [articles, broken] = Census();
        EXPECT_EQ(broken, 0);
        (void)articles;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0);
  EXPECT_GT(reads, 0);
  EXPECT_EQ(Census().first, 60);
}

TEST_F(ReliabilityTest, HugeInputsAreStoredWithinBoundedTimeAndMemory) {
  // A 50 MB file without a newline or a full stop, and a sentence of 5,000 words.
  {
    std::ofstream big(dir_ / "big.txt");
    WriteUnpunctuatedText(big, 50U * 1024 * 1024);
  }
  {
    std::ofstream longest(dir_ / "long.txt");
    longest << "The committee";
    for (int i = 0; i < 5000; ++i) longest << " reviewed";
    longest << " the plan.\n";
  }
  const pid_t a = Spawn(db_, dir_ / "big.txt");
  EXPECT_EQ(Wait(a), 0);
  const pid_t b = Spawn(db_, dir_ / "long.txt");
  EXPECT_EQ(Wait(b), 0);
  SQLite::Database db(db_, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM articles").getInt(), 2);
}

// The UD extractor on text without full stops: a 5 MB "sentence" is tokenised, stored as the
// article's evidence and given to no rule (before, its clause rules took time growing with the
// square of its length: 30 s a megabyte and 100 s for two).
TEST_F(ReliabilityTest, TheUdExtractorStoresHugeUnpunctuatedTextQuickly) {
  {
    std::ofstream big(dir_ / "big.txt");
    WriteUnpunctuatedText(big, 5U * 1024 * 1024);
    big << "\n\nThe council said the mayor approved the new budget.\n";
  }
  const pid_t a = Spawn(db_, dir_ / "big.txt");
  EXPECT_EQ(Wait(a), 0);
  SQLite::Database db(db_, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM articles").getInt(), 1);
  // The ordinary sentence after it still gives its facts.
  EXPECT_GE(db.execAndGet("SELECT count(*) FROM triples").getInt(), 1);
}

}  // namespace
