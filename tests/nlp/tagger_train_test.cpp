// Training the part-of-speech tagger: the jackknifed second pass is deterministic and learns.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "nlp/conllu.h"
#include "nlp/tagger.h"
#include "tests/nlp/training_files.h"

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

// Six short sentences written for this test, each given as "form UPOS XPOS" triples.
std::vector<ConlluSentence> Corpus() {
  const char* rows[] = {"Ships NOUN NNS carry VERB VBP grain NOUN NN . PUNCT .",
                        "The DET DT port NOUN NN opened VERB VBD . PUNCT .",
                        "Traders NOUN NNS sold VERB VBD wheat NOUN NN . PUNCT .",
                        "The DET DT ships NOUN NNS left VERB VBD . PUNCT .",
                        "Farmers NOUN NNS grow VERB VBP wheat NOUN NN . PUNCT .",
                        "The DET DT traders NOUN NNS carry VERB VBP maize NOUN NN . PUNCT ."};
  std::ostringstream text;
  for (const char* r : rows) {
    std::istringstream in(r);
    std::string form, upos, xpos;
    int id = 0;
    while (in >> form >> upos >> xpos)
      text << ++id << '\t' << form << "\t_\t" << upos << '\t' << xpos << "\t_\t0\troot\t_\t_\n";
    text << '\n';
  }
  return testing::ReadConlluText(text.str());
}

TEST(TaggerTraining, AJackknifedSecondPassIsByteIdenticalAcrossRunsAndTags) {
  const fs::path dir = fs::temp_directory_path() / ("kg_tagger_train_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::vector<ConlluSentence> corpus = Corpus();
  for (int copy = 0; copy < 4; ++copy) {
    const std::vector<ConlluSentence> again = Corpus();
    corpus.insert(corpus.end(), again.begin(), again.end());
  }
  TaggerTrainOptions options;
  options.iterations = 4;
  options.wordnet_dir = "";
  ASSERT_EQ(options.first_pass_folds, 2);  // the default: jackknifed first-pass labels
  TrainTagger(corpus, options, (dir / "a.kgm").string());
  TrainTagger(corpus, options, (dir / "b.kgm").string());
  EXPECT_EQ(testing::FileBytes(dir / "a.kgm"), testing::FileBytes(dir / "b.kgm"));
  options.first_pass_folds = 1;
  TrainTagger(corpus, options, (dir / "c.kgm").string());
  EXPECT_NE(testing::FileBytes(dir / "a.kgm"),
            testing::FileBytes(dir / "c.kgm"));  // the option changes what is learnt
  const Tagger tagger((dir / "a.kgm").string());
  std::vector<Token> tokens = Corpus()[2].sentence.tokens;
  tagger.Tag(tokens);
  EXPECT_EQ(tokens[0].upos, "NOUN");
  EXPECT_EQ(tokens[1].upos, "VERB");
  EXPECT_EQ(tokens[1].xpos, "VBD");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kg::nlp
