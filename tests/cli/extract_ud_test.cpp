// End-to-end runs of `kg extract --parser ud` on sentences written for the test.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/cli/cli_fixture.h"

namespace {

namespace fs = std::filesystem;
using testing::HasSubstr;
using testing::Not;

using kg::cli_test::Env;
using kg::cli_test::Outcome;
using kg::cli_test::Slurp;

class ExtractUdTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("kg_extract_ud_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    models_ = Env("KG_MODELS").empty() ? Env("KG_SOURCE_DIR") + "/models" : Env("KG_MODELS");
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  bool HaveModels() const { return fs::exists(fs::path(models_) / "parser.kgm"); }

  Outcome Extract(const std::string& text, const std::string& args,
                  const std::string& name = "in.txt") const {
    const fs::path in = dir_ / name;
    std::ofstream(in, std::ios::binary) << text;
    const std::string cmd = Env("KG_BINARY") + " extract --parser ud " + args + " " + in.string() +
                            " > " + (dir_ / "out").string() + " 2> " + (dir_ / "err").string();
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }

  fs::path dir_;
  std::string models_;
};

TEST_F(ExtractUdTest, MissingModelsIsAOneLineError) {
  const Outcome o = Extract("Kelso sued Aerion .\n", "--sentences --models " + dir_.string());
  EXPECT_EQ(o.code, 1);
  EXPECT_EQ(o.err, "kg: error: " + (dir_ / "tagger.kgm").string() +
                       ": model file not found (hint: --models DIR)\n");
  EXPECT_EQ(o.out, "");
}

TEST_F(ExtractUdTest, RefusalIsNeverABarePositiveFact) {
  if (!HaveModels()) GTEST_SKIP() << "no models in " << models_;
  const Outcome o = Extract("Poland refused to supply the tanks .\n",
                            "--sentences --format jsonl --models " + models_);
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out, HasSubstr("\"predicate\":\"supply\""));
  EXPECT_THAT(o.out,
              Not(HasSubstr("\"predicate\":\"supply\",\"negated\":false,\"modality\":\"\"")));
}

TEST_F(ExtractUdTest, CarbRowsAreOpenIeTuplesSpeltWithTheInputsTokens) {
  if (!HaveModels()) GTEST_SKIP() << "no models in " << models_;
  const Outcome o =
      Extract("Kelso 's trucks arrived in `` Port Vell '' .\nThe ferry talks collapsed .\n",
              "--sentences --format carb --models " + models_);
  ASSERT_EQ(o.code, 0) << o.err;
  // n-ary, the preposition in the relation, PTB tokens as given (`` '' and 's stay).
  EXPECT_THAT(o.out, HasSubstr("\tarrived in\tKelso 's trucks\t`` Port Vell ''\n"));
  // A clause without an object is still a tuple.
  EXPECT_THAT(o.out, HasSubstr("\tcollapsed\tThe ferry talks\n"));
}

// A file is read as `kg ingest` reads it: an HTML page's text, not its markup or scripts; a wire
// story's dateline is where it was filed, no subject; each row quotes the sentence as written.
TEST_F(ExtractUdTest, ArticlesAreReadAsIngestReadsThem) {
  if (!HaveModels()) GTEST_SKIP() << "no models in " << models_;
  const Outcome html = Extract(
      "<html><head><title>Ferry deal</title><script>var s = \"Bob hates Alice.\";</script>"
      "</head><body><p>Kelso Shipping bought two ferries, the port authority said.</p></body>"
      "</html>\n",
      "--format tsv --models " + models_, "page.html");
  ASSERT_EQ(html.code, 0) << html.err;
  EXPECT_THAT(html.out, HasSubstr("Kelso Shipping bought two ferries, the port authority said.\t"));
  EXPECT_THAT(html.out, HasSubstr("\tbought\tKelso Shipping\ttwo ferries\n"));
  EXPECT_THAT(html.out, Not(HasSubstr("Bob")));
  EXPECT_THAT(html.out, Not(HasSubstr("<")));

  const Outcome wire = Extract(
      "FERRY TALKS\n\nHALIFAX, March 3 - Storms delayed the ferry talks for a week, the union "
      "said.\n",
      "--format jsonl --models " + models_);
  ASSERT_EQ(wire.code, 0) << wire.err;
  EXPECT_THAT(wire.out, HasSubstr("\"subject\":\"Storms\""));
  EXPECT_THAT(wire.out, Not(HasSubstr("\"subject\":\"HALIFAX\"")));
  EXPECT_THAT(wire.out, Not(HasSubstr("FERRY TALKS")));
}

TEST_F(ExtractUdTest, AnUnreadableInputIsNamedAndExitsThree) {
  if (!HaveModels()) GTEST_SKIP() << "no models in " << models_;
  const Outcome o = Extract("{\"title\": \"no text\"}\n", "--models " + models_, "bad.jsonl");
  EXPECT_EQ(o.code, 3);
  EXPECT_THAT(o.err, HasSubstr((dir_ / "bad.jsonl").string() + ":1: "));
  EXPECT_EQ(o.out, "");
}

}  // namespace
