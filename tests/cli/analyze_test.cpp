// End-to-end runs of `kg analyze` with the committed models, on sentences written for the test.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/cli/cli_fixture.h"

namespace {

namespace fs = std::filesystem;
using testing::HasSubstr;

using kg::cli_test::Env;
using kg::cli_test::Outcome;
using kg::cli_test::Slurp;

class AnalyzeTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("kg_analyze_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    models_ = Env("KG_SOURCE_DIR") + "/models";
    ASSERT_TRUE(fs::exists(fs::path(models_) / "tagger.kgm"))
        << "no committed models in " << models_;
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }

  Outcome Analyze(const std::string& text, const std::string& args,
                  const std::string& command = "analyze") const {
    const fs::path in = dir_ / "in.txt";
    std::ofstream(in, std::ios::binary) << text;
    const std::string cmd = Env("KG_BINARY") + " " + command + " --models " + models_ + " " + args +
                            " " + in.string() + " > " + (dir_ / "out").string() + " 2> " +
                            (dir_ / "err").string();
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }

  // The word lines of CoNLL-U output, split into columns.
  static std::vector<std::vector<std::string>> Words(const std::string& conllu) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(conllu);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      std::istringstream l(line);
      std::string c;
      while (std::getline(l, c, '\t')) cols.push_back(c);
      out.push_back(cols);
    }
    return out;
  }

  fs::path dir_;
  std::string models_;
};

TEST_F(AnalyzeTest, TagsAndParsesASentence) {
  const Outcome r = Analyze("The committee didn't approve the new budget on Tuesday.", "");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto w = Words(r.out);
  ASSERT_EQ(w.size(), 11U) << r.out;
  const std::vector<std::string> forms = {"The", "committee", "did", "n't",     "approve", "the",
                                          "new", "budget",    "on",  "Tuesday", "."};
  for (std::size_t i = 0; i < forms.size(); ++i) EXPECT_EQ(w[i][1], forms[i]);
  EXPECT_EQ(w[1][3], "NOUN");
  EXPECT_EQ(w[4][3], "VERB");
  EXPECT_EQ(w[9][3], "PROPN");
  EXPECT_EQ(w[4][6], "0");  // approve is the root
  EXPECT_EQ(w[4][7], "root");
  EXPECT_EQ(w[1][6], "5");  // committee <- approve
  EXPECT_EQ(w[1][7], "nsubj");
  EXPECT_EQ(w[7][6], "5");  // budget <- approve
  EXPECT_EQ(w[7][7], "obj");
  EXPECT_EQ(w[3][9], "TokenRange=17:20");  // n't, in code points of the input
}

TEST_F(AnalyzeTest, AllCapitalHeadlineIsTaggedSensibly) {
  const Outcome r = Analyze("PRESIDENT SIGNS NEW TRADE DEAL WITH CANADA\n", "");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto w = Words(r.out);
  ASSERT_EQ(w.size(), 7U) << r.out;
  EXPECT_EQ(w[1][3], "VERB") << r.out;   // SIGNS
  EXPECT_EQ(w[4][3], "NOUN") << r.out;   // DEAL
  EXPECT_EQ(w[6][3], "PROPN") << r.out;  // CANADA
}

TEST_F(AnalyzeTest, JsonHasOffsetsAndTrees) {
  const Outcome r = Analyze("Anna met \u201CBob\u201D.", "--format json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"form\":\"\u201C\",\"start\":9,\"end\":10"));
  EXPECT_THAT(r.out, HasSubstr("\"form\":\"met\",\"start\":5,\"end\":8,\"upos\":\"VERB\""));
}

TEST_F(AnalyzeTest, TokenizedInputKeepsGoldTokens) {
  const std::string conllu =
      "# sent_id = a\n# text = Dogs bark.\n"
      "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  const Outcome r = Analyze(conllu, "--tokenized");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("# sent_id = a\n# text = Dogs bark.\n1\tDogs\t"));
  const auto w = Words(r.out);
  ASSERT_EQ(w.size(), 3U);
  EXPECT_EQ(w[1][9], "SpaceAfter=No");
  EXPECT_EQ(w[0][6], "2");
}

TEST_F(AnalyzeTest, SameOutputOnOneAndTwoThreads) {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += "Sentence number " + std::to_string(i) + " says that prices rose again. ";
  const Outcome one = Analyze(text, "--threads 1");
  const Outcome two = Analyze(text, "--threads 2");
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
}

TEST_F(AnalyzeTest, MissingModelIsOneLineNamingTheFile) {
  models_ = (dir_ / "nowhere").string();
  const Outcome r = Analyze("Hello.", "");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err,
            "kg: error: " + models_ + "/tagger.kgm: model file not found (hint: --models DIR)\n");
}

TEST_F(AnalyzeTest, CorruptModelIsOneLineNamingTheFile) {
  const fs::path bad = dir_ / "bad";
  fs::create_directories(bad);
  fs::copy_file(fs::path(models_) / "tagger.kgm", bad / "tagger.kgm");
  fs::copy_file(fs::path(models_) / "parser.kgm", bad / "parser.kgm");
  fs::resize_file(bad / "parser.kgm", fs::file_size(bad / "parser.kgm") / 2);
  models_ = bad.string();
  const Outcome r = Analyze("Hello.", "");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "kg: error: " + models_ + "/parser.kgm: truncated model file\n");
}

// `kg coref`: one row per third-person pronoun, its antecedent in its own document or "_".
TEST_F(AnalyzeTest, CorefGivesEachPronounItsAntecedentWithinItsDocument) {
  std::string conllu;
  const auto sentence = [&conllu](const std::string& words) {
    std::istringstream in(words);
    std::string w;
    for (int id = 1; in >> w; ++id)
      conllu += std::to_string(id) + "\t" + w + "\t_\t_\t_\t_\t0\t_\t_\t_\n";
    conllu += "\n";
  };
  conllu += "# newdoc id = first\n";
  sentence("Ruth Ames met Tomas Berg in Oslo on Monday .");
  sentence("She praised the new budget .");
  conllu += "# newdoc id = second\n";
  sentence("She left early .");
  const Outcome r = Analyze(conllu, "--tokenized", "coref");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("first\t2\t1\tShe\t1\t1\tRuth\t1\t1\tRuth\n"));
  // The second document knows nobody yet.
  EXPECT_THAT(r.out, HasSubstr("second\t3\t1\tShe\t_\t_\t_\t_\t_\t_\n"));
  EXPECT_EQ(Analyze(conllu, "", "coref").err,
            "kg: error: kg coref reads CoNLL-U only: give --tokenized (its tokens are kept as they "
            "are)\n");
}

}  // namespace

TEST_F(AnalyzeTest, RepairedShowsTheTreeTheRulesRead) {
  // The parser makes the noun the root and "followed" a clause of "revoked"; the repairs give the
  // sentence its verb back (extract/clauses/relative_clause_predicates.h).
  const std::string text =
      "That price increase, which President Kenneth Kaunda later revoked, followed pressure by "
      "the International Monetary Fund.";
  const auto root = [](const std::vector<std::vector<std::string>>& words) {
    for (const auto& w : words)
      if (w.size() > 7 && w[7] == "root") return w[1];
    return std::string();
  };
  const Outcome parsed = Analyze(text, "");
  ASSERT_EQ(parsed.code, 0) << parsed.err;
  const Outcome repaired = Analyze(text, "--repaired");
  ASSERT_EQ(repaired.code, 0) << repaired.err;
  ASSERT_EQ(Words(parsed.out).size(), Words(repaired.out).size());
  EXPECT_EQ(root(Words(parsed.out)), "increase") << parsed.out;
  EXPECT_EQ(root(Words(repaired.out)), "followed") << repaired.out;
  // Gold tokens are the treebank's, not a text's to repair.
  const Outcome both = Analyze(text, "--repaired --tokenized");
  EXPECT_NE(both.code, 0);
  EXPECT_THAT(both.err, HasSubstr("--repaired cannot be used with --tokenized"));
}
