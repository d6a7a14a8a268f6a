#include "nlp/model_file.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/error.h"
#include "nlp/perceptron.h"

namespace kg::nlp {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;

class ModelFileTest : public testing::Test {
 protected:
  // A path in the temporary folder; the file is removed when the test ends.
  std::string Path(const std::string& name) {
    made_.push_back(testing::TempDir() + "kg_model_file_test_" + std::to_string(::getpid()) + "_" +
                    name);
    return made_.back();
  }
  void TearDown() override {
    for (const auto& p : made_) std::filesystem::remove(p);
  }
  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static void Spit(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }

 private:
  std::vector<std::string> made_;
};

TEST_F(ModelFileTest, RoundTripsThePayload) {
  const std::string path = Path("ok.bin");
  WriteModelFile(path, ModelKind::kTagger, 7, "hello payload");
  const ModelFile f(path, ModelKind::kTagger, 7);
  EXPECT_EQ(f.payload(), "hello payload");
}

TEST_F(ModelFileTest, MissingFileNamesThePath) {
  EXPECT_THAT([&] { ModelFile f(Path("absent.bin"), ModelKind::kTagger, 1); },
              ThrowsMessage<Error>(HasSubstr("absent.bin: model file not found")));
}

TEST_F(ModelFileTest, TruncatedFileIsRefused) {
  const std::string path = Path("trunc.bin");
  WriteModelFile(path, ModelKind::kParser, 1, std::string(100, 'x'));
  const std::string bytes = Slurp(path);
  Spit(path, bytes.substr(0, bytes.size() - 20));
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kParser, 1); },
              ThrowsMessage<Error>(HasSubstr("trunc.bin: truncated model file")));
  Spit(path, bytes.substr(0, 12));
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kParser, 1); },
              ThrowsMessage<Error>(HasSubstr("trunc.bin: truncated model file")));
}

TEST_F(ModelFileTest, WrongKindOrVersionIsRefused) {
  const std::string path = Path("kind.bin");
  WriteModelFile(path, ModelKind::kParser, 3, "p");
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kTagger, 3); },
              ThrowsMessage<Error>(HasSubstr("kind.bin: not a tagger model")));
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kParser, 4); },
              ThrowsMessage<Error>(HasSubstr("kind.bin: feature-set version 3, this kg needs 4")));
  Spit(path, "not a model at all, just some text");
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kParser, 3); },
              ThrowsMessage<Error>(HasSubstr("kind.bin: not a kg model file")));
}

TEST_F(ModelFileTest, FlippedByteFailsTheChecksum) {
  const std::string path = Path("flip.bin");
  WriteModelFile(path, ModelKind::kNer, 1, std::string(64, 'a'));
  std::string bytes = Slurp(path);
  bytes[40] = 'b';
  Spit(path, bytes);
  EXPECT_THAT([&] { ModelFile f(path, ModelKind::kNer, 1); },
              ThrowsMessage<Error>(HasSubstr("flip.bin: model checksum mismatch")));
}

TEST_F(ModelFileTest, PerceptronSurvivesSaveAndLoad) {
  // Two classes separated by one feature each; a shared feature carries no signal.
  PerceptronTrainer trainer(3);
  const std::vector<std::uint64_t> a = {HashFeature(1, HashString("a")), HashFeature(9, 0)};
  const std::vector<std::uint64_t> b = {HashFeature(1, HashString("b")), HashFeature(9, 0)};
  std::vector<float> scores(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (const auto& [features, truth] : {std::pair{a, 0}, std::pair{b, 2}}) {
      trainer.Score(features, scores);
      trainer.Update(features, static_cast<std::size_t>(truth), ArgMax(scores));
      trainer.Tick();
    }
  }
  trainer.Average();
  PayloadWriter w;
  trainer.Save(w, 0.0F, true);
  const std::string path = Path("perceptron.bin");
  WriteModelFile(path, ModelKind::kTagger, 1, w.bytes());
  const ModelFile f(path, ModelKind::kTagger, 1);
  PayloadReader r(f.payload(), f.path());
  const Perceptron p(r);
  EXPECT_EQ(p.num_classes(), 3U);
  std::vector<float> trained(3);
  for (const auto& features : {a, b}) {
    trainer.Score(features, trained);
    p.Score(features, scores);
    for (std::size_t k = 0; k < 3; ++k) EXPECT_NEAR(scores[k], trained[k], 1e-3);
  }
  p.Score(a, scores);
  EXPECT_EQ(ArgMax(scores), 0U);
  p.Score(b, scores);
  EXPECT_EQ(ArgMax(scores), 2U);
  // A loaded model saves back to the same bytes (kg train compact), and to floats losslessly.
  PayloadWriter resaved;
  p.Save(resaved, 0.0F, true);
  EXPECT_EQ(resaved.bytes(), w.bytes());
  // The same weights give the same bytes.
  PayloadWriter again;
  trainer.Save(again, 0.0F, true);
  EXPECT_EQ(again.bytes(), w.bytes());
}

TEST_F(ModelFileTest, TruncatedPayloadIsAnError) {
  PayloadReader r("abc", "m.bin");
  EXPECT_THAT([&] { (void)r.U64(); },
              ThrowsMessage<Error>(HasSubstr("m.bin: truncated model payload")));
}

}  // namespace
}  // namespace kg::nlp
