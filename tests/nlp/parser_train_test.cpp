// Training the dependency parser, greedy and with a beam: it learns the trees it is shown, the
// model file carries the beam it decodes with, and training is deterministic.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "nlp/conllu.h"
#include "nlp/parser.h"
#include "tests/nlp/training_files.h"

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

// Five short sentences written for this test: "form UPOS XPOS head deprel" per word.
std::vector<ConlluSentence> Corpus() {
  const char* rows[] = {
      "Ships NOUN NNS 2 nsubj carry VERB VBP 0 root grain NOUN NN 2 obj . PUNCT . 2 punct",
      "The DET DT 2 det port NOUN NN 3 nsubj opened VERB VBD 0 root . PUNCT . 3 punct",
      "Traders NOUN NNS 2 nsubj sold VERB VBD 0 root wheat NOUN NN 2 obj to ADP IN 5 case "
      "mills NOUN NNS 2 obl . PUNCT . 2 punct",
      "The DET DT 3 det old ADJ JJ 3 amod ships NOUN NNS 4 nsubj left VERB VBD 0 root "
      "the DET DT 6 det port NOUN NN 4 obj . PUNCT . 4 punct",
      "Farmers NOUN NNS 2 nsubj grow VERB VBP 0 root wheat NOUN NN 2 obj and CCONJ CC 5 cc "
      "maize NOUN NN 3 conj . PUNCT . 2 punct"};
  std::ostringstream text;
  for (const char* r : rows) {
    std::istringstream in(r);
    std::string form, upos, xpos, head, deprel;
    int id = 0;
    while (in >> form >> upos >> xpos >> head >> deprel) {
      text << ++id << '\t' << form << "\t_\t" << upos << '\t' << xpos << "\t_\t" << head << '\t'
           << deprel << "\t_\t_\n";
    }
    text << '\n';
  }
  return testing::ReadConlluText(text.str());
}

class ParserTrainTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(dir_); }
  void TearDown() override { fs::remove_all(dir_); }
  // How many words of the corpus the model at `path` attaches and labels as the gold tree does.
  static std::pair<int, int> Correct(const std::string& path) {
    const Parser parser(path);
    int right = 0;
    int total = 0;
    for (const ConlluSentence& s : Corpus()) {
      std::vector<Token> tokens = s.sentence.tokens;
      for (Token& t : tokens) {
        t.head = -1;
        t.deprel.clear();
      }
      parser.Parse(tokens);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        ++total;
        right += static_cast<int>(tokens[i].head == s.sentence.tokens[i].head &&
                                  tokens[i].deprel == s.sentence.tokens[i].deprel);
      }
    }
    return {right, total};
  }
  fs::path dir_ = fs::temp_directory_path() / ("kg_parser_train_" + std::to_string(getpid()));
};

TEST_F(ParserTrainTest, GreedyAndBeamModelsLearnTheirTrainingTrees) {
  for (const int beam : {1, 4}) {
    ParserTrainOptions options;
    options.iterations = 8;
    options.beam = beam;
    const std::string path = (dir_ / ("b" + std::to_string(beam) + ".kgm")).string();
    EXPECT_EQ(TrainParser(Corpus(), options, path), 0U);
    EXPECT_EQ(Parser(path).beam_width(), static_cast<std::size_t>(beam));
    const auto [right, total] = Correct(path);
    EXPECT_EQ(right, total) << "beam " << beam;
  }
}

TEST_F(ParserTrainTest, BeamTrainingIsDeterministicAndCompactionKeepsTheBeam) {
  ParserTrainOptions options;
  options.iterations = 3;
  options.beam = 3;
  TrainParser(Corpus(), options, (dir_ / "a.kgm").string());
  TrainParser(Corpus(), options, (dir_ / "b.kgm").string());
  EXPECT_EQ(testing::FileBytes(dir_ / "a.kgm"), testing::FileBytes(dir_ / "b.kgm"));
  CompactParser((dir_ / "a.kgm").string(), (dir_ / "c.kgm").string(), 0.0F, true);
  EXPECT_EQ(Parser((dir_ / "c.kgm").string()).beam_width(), 3U);
}

}  // namespace
}  // namespace kg::nlp
