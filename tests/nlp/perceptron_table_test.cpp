// The saved weight table of nlp/perceptron.h (model format version 2): buckets of 32-bit
// fingerprints, narrow and wide class indices, float and 16-bit weights, pruning on a second save
// and the errors of an inconsistent table.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/error.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace kg::nlp {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;

// A trainer holding `weights` (feature, class, delta) once averaged over ten instances.
PerceptronTrainer Trained(
    std::size_t num_classes,
    const std::vector<std::tuple<std::uint64_t, std::size_t, float>>& weights) {
  PerceptronTrainer trainer(num_classes);
  for (const auto& [feature, cls, delta] : weights) {
    const std::vector<std::uint64_t> one = {feature};
    trainer.Adjust(one, cls, delta);
  }
  for (int i = 0; i < 9; ++i) trainer.Tick();
  trainer.Average();
  return trainer;
}

std::vector<float> Scores(const Perceptron& p, std::uint64_t feature) {
  std::vector<float> scores(p.num_classes());
  const std::vector<std::uint64_t> one = {feature};
  p.Score(one, scores);
  return scores;
}

std::vector<float> Scores(const PerceptronTrainer& t, std::uint64_t feature) {
  std::vector<float> scores(t.num_classes());
  const std::vector<std::uint64_t> one = {feature};
  t.Score(one, scores);
  return scores;
}

TEST(PerceptronTable, ManyFeaturesScoreAsTrainedInBothWeightKinds) {
  std::vector<std::tuple<std::uint64_t, std::size_t, float>> weights;
  std::vector<std::uint64_t> features;
  for (std::uint64_t i = 0; i < 500; ++i) {
    features.push_back(HashFeature(3, i));
    weights.emplace_back(features.back(), i % 7, static_cast<float>(i % 11) - 5.0F);
    weights.emplace_back(features.back(), (i * 3) % 7, 1.5F);
  }
  const PerceptronTrainer trainer = Trained(7, weights);
  for (const bool quantise : {false, true}) {
    PayloadWriter w;
    trainer.Save(w, 0.0F, quantise);
    PayloadReader r(w.bytes(), "t.kgm");
    const Perceptron p(r);
    EXPECT_TRUE(r.AtEnd());
    EXPECT_EQ(p.num_features(), 500U);
    for (const std::uint64_t f : features) {
      const std::vector<float> want = Scores(trainer, f);
      const std::vector<float> got = Scores(p, f);
      for (std::size_t k = 0; k < 7; ++k) EXPECT_NEAR(got[k], want[k], quantise ? 1e-3 : 0.0);
    }
    // A feature never trained weighs nothing.
    for (const float s : Scores(p, HashFeature(4, 1))) EXPECT_EQ(s, 0.0F);
  }
}

TEST(PerceptronTable, MoreThan256ClassesUseWideIndices) {
  const std::uint64_t f = HashFeature(1, 42);
  const PerceptronTrainer trainer = Trained(300, {{f, 299, 2.0F}, {f, 3, -1.0F}});
  PayloadWriter w;
  trainer.Save(w, 0.0F, true);
  PayloadReader r(w.bytes(), "wide.kgm");
  const Perceptron p(r);
  const std::vector<float> got = Scores(p, f);
  EXPECT_NEAR(got[299], 1.8F, 1e-3);
  EXPECT_NEAR(got[3], -0.9F, 1e-3);
  EXPECT_EQ(got[0], 0.0F);
}

TEST(PerceptronTable, FeaturesAgreeingOnBucketAndFingerprintAddUp) {
  // One bucket for two features, and the same high 32 bits: the table cannot tell them apart,
  // so it keeps their sum, and every trained feature still scores at least its own weights.
  const std::uint64_t a = 0x0000000100000005ULL;
  const std::uint64_t b = 0x0000000100000015ULL;
  const PerceptronTrainer trainer = Trained(3, {{a, 0, 1.0F}, {b, 0, 2.0F}, {b, 2, 1.0F}});
  PayloadWriter w;
  trainer.Save(w, 0.0F, false);
  PayloadReader r(w.bytes(), "same.kgm");
  const Perceptron p(r);
  EXPECT_EQ(p.num_features(), 1U);
  for (const std::uint64_t f : {a, b}) {
    const std::vector<float> got = Scores(p, f);
    EXPECT_NEAR(got[0], 2.7F, 1e-5);
    EXPECT_NEAR(got[2], 0.9F, 1e-5);
  }
  for (const float s : Scores(p, 0x0000000200000005ULL)) EXPECT_EQ(s, 0.0F);
}

TEST(PerceptronTable, SavingAgainPrunesAndKeepsTheRest) {
  std::vector<std::tuple<std::uint64_t, std::size_t, float>> weights;
  for (std::uint64_t i = 0; i < 200; ++i) {
    weights.emplace_back(HashFeature(2, i), i % 5, i % 2 == 0 ? 0.5F : 3.0F);
  }
  const PerceptronTrainer trainer = Trained(5, weights);
  PayloadWriter full;
  trainer.Save(full, 0.0F, true);
  PayloadReader r(full.bytes(), "full.kgm");
  const Perceptron loaded(r);
  // Weights of 0.45 (0.5 averaged) go, weights of 2.7 stay: half the features.
  PayloadWriter pruned;
  loaded.Save(pruned, 1.0F, true);
  EXPECT_LT(pruned.bytes().size(), full.bytes().size());
  PayloadReader pr(pruned.bytes(), "pruned.kgm");
  const Perceptron p(pr);
  EXPECT_EQ(p.num_features(), 100U);
  for (std::uint64_t i = 0; i < 200; ++i) {
    const std::vector<float> got = Scores(p, HashFeature(2, i));
    EXPECT_NEAR(got[i % 5], i % 2 == 0 ? 0.0F : 2.7F, 1e-3) << i;
  }
}

TEST(PerceptronTable, InconsistentTableIsAnError) {
  const std::uint64_t f = HashFeature(1, 7);
  const PerceptronTrainer trainer = Trained(4, {{f, 3, 1.0F}, {f, 1, 1.0F}});
  PayloadWriter w;
  trainer.Save(w, 0.0F, true);
  const std::string good = w.bytes();
  // Fewer classes than an entry names.
  std::string bytes = good;
  const std::uint32_t two = 2;
  std::memcpy(bytes.data(), &two, sizeof two);
  PayloadReader r1(bytes, "bad.kgm");
  EXPECT_THAT([&] { Perceptron p(r1); },
              ThrowsMessage<Error>(HasSubstr("bad.kgm: inconsistent perceptron table")));
  // One bucket: its entry total (the u32 after the header, bucket 0's two starts and the
  // feature total) says three where there are two.
  bytes = good;
  const std::uint32_t three = 3;
  std::memcpy(bytes.data() + 32 + 12, &three, sizeof three);
  PayloadReader r2(bytes, "bad.kgm");
  EXPECT_THAT([&] { Perceptron p(r2); },
              ThrowsMessage<Error>(HasSubstr("bad.kgm: inconsistent perceptron table")));
  // Cut short.
  PayloadReader r3(std::string_view(good).substr(0, good.size() - 8), "cut.kgm");
  EXPECT_THAT([&] { Perceptron p(r3); },
              ThrowsMessage<Error>(HasSubstr("cut.kgm: truncated model payload")));
}

}  // namespace
}  // namespace kg::nlp
