// End-to-end: the progress line of `kg ingest` on a terminal, its absence in a pipe, and Ctrl-C.
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace {

using kg::cli_test::Env;
using kg::cli_test::Outcome;
using kg::cli_test::Slurp;
namespace fs = std::filesystem;

class IngestCli : public kg::cli_test::CliTest {
 protected:
  // Runs kg under a pseudo-terminal (util-linux script), so that stderr is a terminal; returns
  // what the terminal showed (stdout and stderr together).
  std::string UnderTerminal(const std::string& args) const {
    const std::string out = (dir_ / "tty.txt").string();
    const std::string cmd = "script -qec '" + Env("KG_BINARY") + " --db " + db_ + " " + args +
                            "' /dev/null > " + out + " 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    return Slurp(out);
  }
  // n articles, each a sample with a line of its own, so that none is a duplicate.
  std::string ManyArticles(int n) const {
    const fs::path folder = dir_ / "many";
    fs::create_directories(folder);
    const std::string text = Slurp(Samples() + "/harbour-bridge-deal.txt");
    for (int i = 0; i < n; ++i) {
      std::ofstream(folder / ("a" + std::to_string(100 + i) + ".txt"))
          << text << "\nArticle " << i << " ends here.\n";
    }
    return folder.string();
  }
};

TEST_F(IngestCli, ProgressLineShowsOnATerminal) {
  if (std::system("command -v script > /dev/null") != 0) GTEST_SKIP() << "no script(1)";
  const std::string shown = UnderTerminal("ingest " + Samples());
  EXPECT_NE(shown.find("ingest: 3/3 articles, "), std::string::npos) << shown;
  EXPECT_NE(shown.find(" sentences/s"), std::string::npos) << shown;
  EXPECT_NE(shown.find("stored 3 articles"), std::string::npos) << shown;
}

TEST_F(IngestCli, NoProgressInAPipeOrWhenQuiet) {
  const Outcome piped = Kg("ingest " + Samples());
  ASSERT_EQ(piped.code, 0) << piped.err;
  EXPECT_EQ(piped.err, "");
  if (std::system("command -v script > /dev/null") != 0) GTEST_SKIP() << "no script(1)";
  fs::remove(db_);
  const std::string quiet = UnderTerminal("ingest --quiet " + Samples());
  EXPECT_EQ(quiet.find("articles"), std::string::npos) << quiet;
  fs::remove(db_);
  const std::string off = UnderTerminal("ingest --no-progress " + Samples());
  EXPECT_EQ(off.find("sentences/s"), std::string::npos) << off;
}

TEST_F(IngestCli, CtrlCKeepsWholeArticlesAndRerunContinues) {
  const std::string folder = ManyArticles(24);
  // SIGINT, as Ctrl-C sends it, once the progress line shows a first stored article; one thread,
  // so the run is far from done then.
  const std::string err = (dir_ / "int.txt").string();
  const std::string rc = (dir_ / "rc.txt").string();
  const std::string cmd =
      "(" + Env("KG_BINARY") + " --db " + db_ + " ingest --threads 1 --progress " + folder +
      " > /dev/null 2> " + err + " & pid=$!; for i in $(seq 1 1200); do grep -q articles " + err +
      " && break; sleep 0.1; done; kill -INT $pid; wait $pid; echo $? > " + rc + ")";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(Slurp(rc), "130\n");
  const std::string message = Slurp(err);
  const std::size_t at = message.find("kg: interrupted: stored ");
  ASSERT_NE(at, std::string::npos) << message;
  EXPECT_NE(message.find("run the same command again to continue"), std::string::npos);
  const int stored = std::atoi(message.c_str() + at + 24);
  EXPECT_GE(stored, 1);
  EXPECT_LT(stored, 24);
  const Outcome stats = Kg("stats --json");
  ASSERT_EQ(stats.code, 0) << stats.err;
  EXPECT_NE(stats.out.find("\"articles\":" + std::to_string(stored) + ","), std::string::npos)
      << stats.out;
  const Outcome rerun = Kg("ingest --threads 2 " + folder);
  ASSERT_EQ(rerun.code, 0) << rerun.err;
  EXPECT_NE(rerun.out.find("stored " + std::to_string(24 - stored) + " articles (" +
                           std::to_string(stored) + " unchanged"),
            std::string::npos)
      << rerun.out;
}

}  // namespace
