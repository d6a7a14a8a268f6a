// End-to-end: the command-line conventions (version, unknown commands, query files, install).
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace {

using kg::cli_test::Env;
using kg::cli_test::Outcome;
namespace fs = std::filesystem;

class ConventionsCli : public kg::cli_test::CliTest {
 protected:
  void Import() {
    std::ofstream(dir_ / "t.tsv") << "Germany\tCOUNTRY\tfund\tpipeline\tOTHER\n"
                                     "Olaf Scholz\tPERSON\tlead\tGermany\tCOUNTRY\n"
                                     "Olaf Scholz\tPERSON\tmeet\tEmmanuel Macron\tPERSON\n";
    ASSERT_EQ(Kg("import " + (dir_ / "t.tsv").string()).code, 0);
  }
};

TEST_F(ConventionsCli, VersionComesFromTheProject) {
  const Outcome v = Kg("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out, std::string("kg ") + KG_VERSION + "\n");
}

TEST_F(ConventionsCli, UnknownCommandIsNamed) {
  const Outcome u = Kg("frobnicate --json");
  EXPECT_EQ(u.code, 2);
  EXPECT_EQ(u.err,
            "kg: error: unknown command 'frobnicate' (hint: kg --help lists the commands)\n");
}

TEST_F(ConventionsCli, QueryFromAFileAndFromStandardInput) {
  Import();
  std::ofstream(dir_ / "q.kgq") << "(c:COUNTRY)-[:fund]->(x)\nRETURN c, x\n";
  const Outcome from_file = Kg("query --json -f " + (dir_ / "q.kgq").string());
  ASSERT_EQ(from_file.code, 0) << from_file.err;
  EXPECT_NE(from_file.out.find("pipeline"), std::string::npos) << from_file.out;
  const Outcome from_stdin = Kg("query --json - < " + (dir_ / "q.kgq").string());
  ASSERT_EQ(from_stdin.code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.out, from_file.out);
  const Outcome missing = Kg("query -f " + (dir_ / "nope.kgq").string());
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("nope.kgq: cannot open the query file"), std::string::npos);
  EXPECT_EQ(Kg("query").code, 2);
}

TEST_F(ConventionsCli, ExcludeTypeLeavesEntitiesOut) {
  Import();
  const Outcome all = Kg("rank --by degree --format csv");
  EXPECT_NE(all.out.find("pipeline"), std::string::npos) << all.out;
  const Outcome no_values = Kg("rank --by degree --format csv --entities-only");
  EXPECT_EQ(no_values.out.find("pipeline"), std::string::npos) << no_values.out;
  EXPECT_NE(no_values.out.find("Olaf Scholz"), std::string::npos) << no_values.out;
  const Outcome no_people = Kg("export --format csv --exclude-type PERSON");
  EXPECT_NE(no_people.out.find("fund"), std::string::npos) << no_people.out;
  EXPECT_EQ(no_people.out.find("meet"), std::string::npos) << no_people.out;
  EXPECT_EQ(Kg("components --exclude-type PEOPLE").code, 1);
  // Without Olaf Scholz, Germany and the pipeline are a component of their own.
  EXPECT_EQ(Kg("components --format csv").out, "component,size,hub\n1,4,Germany\n");
  EXPECT_EQ(Kg("components --format csv --exclude-type PERSON").out,
            "component,size,hub\n1,2,Germany\n");
}

TEST_F(ConventionsCli, MergeSummaryIsOneJsonDocument) {
  Import();
  const std::string shard = db_;
  db_ = (dir_ / "all.db").string();
  const Outcome merged = Kg("merge " + shard + " --json");
  ASSERT_EQ(merged.code, 0) << merged.err;
  EXPECT_EQ(merged.out, "{\"shards\":1,\"articles\":1,\"entities\":4,\"triples\":3}\n");
  EXPECT_EQ(Kg("merge " + shard + " --json").out,
            "{\"shards\":1,\"articles\":0,\"entities\":0,\"triples\":0}\n");
  db_ = shard;
}

TEST_F(ConventionsCli, InstallPutsCompletionAndManPageInPlace) {
  const fs::path build = fs::path(Env("KG_BINARY")).parent_path().parent_path();
  const fs::path prefix = dir_ / "prefix";
  const std::string cmd =
      "cmake --install " + build.string() + " --prefix " + prefix.string() + " > /dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_TRUE(fs::exists(prefix / "bin/kg"));
  EXPECT_TRUE(fs::exists(prefix / "share/bash-completion/completions/kg"));
  EXPECT_TRUE(fs::exists(prefix / "share/man/man1/kg.1"));
  const std::string complete = "bash -c 'source " +
                               (prefix / "share/bash-completion/completions/kg").string() +
                               " 2>/dev/null; complete -p kg' > /dev/null 2>&1";
  EXPECT_EQ(std::system(complete.c_str()), 0);
}

}  // namespace
