#include "nlp/transition.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <gtest/gtest.h>

#include "nlp/conllu.h"

namespace kg::nlp {
namespace {

// Follows zero-cost moves only (a static oracle built from the dynamic one) and returns the heads.
std::vector<int> FollowOracle(const std::vector<int>& gold) {
  ParserState state(gold.size());
  while (!state.Terminal()) {
    bool moved = false;
    for (const Move m : {Move::kLeft, Move::kRight, Move::kShift}) {
      const bool legal = m == Move::kShift
                             ? state.CanShift()
                             : (m == Move::kLeft ? state.CanLeft() : state.CanRight());
      if (legal && MoveCost(state, m, gold) == 0) {
        state.Apply(m, 0);
        moved = true;
        break;
      }
    }
    if (!moved) {
      // Only for non-projective trees: take any legal move.
      state.Apply(state.CanShift() ? Move::kShift : Move::kRight, 0);
    }
  }
  state.Finish(0);
  return state.heads();
}

TEST(Transition, OracleRebuildsASmallTree) {
  // "The cat sat on the mat ." : the->cat, cat->sat, sat root, on->mat, the->mat, mat->sat, .->sat
  const std::vector<int> gold = {1, 2, -1, 5, 5, 2, 2};
  EXPECT_TRUE(IsProjective(gold));
  EXPECT_EQ(FollowOracle(gold), gold);
}

TEST(Transition, WrongMovesCostTheArcsTheyLose) {
  const std::vector<int> gold = {1, 2, -1, 5, 5, 2, 2};
  ParserState state(gold.size());
  state.Apply(Move::kShift, 0);                       // stack: The; buffer: cat ...
  EXPECT_EQ(MoveCost(state, Move::kLeft, gold), 0);   // The <- cat
  EXPECT_EQ(MoveCost(state, Move::kShift, gold), 1);  // loses The <- cat
  state.Apply(Move::kShift, 0);                       // stack: The cat
  EXPECT_EQ(MoveCost(state, Move::kRight, gold), 1);  // cat under The loses cat <- sat
}

TEST(Transition, StateTracksDependents) {
  ParserState state(4);
  state.Apply(Move::kShift, 0);
  state.Apply(Move::kLeft, 3);  // 0 <- 1
  state.Apply(Move::kShift, 0);
  state.Apply(Move::kShift, 0);
  state.Apply(Move::kRight, 5);  // 1 -> 2
  EXPECT_EQ(state.Left1(1), 0);
  EXPECT_EQ(state.Right1(1), 2);
  EXPECT_EQ(state.LeftCount(1), 1);
  EXPECT_EQ(state.RightLabels(1), std::uint64_t{1} << 5U);
  state.Apply(Move::kShift, 0);
  state.Apply(Move::kRight, 1);  // 1 -> 3
  EXPECT_TRUE(state.Terminal());
  state.Finish(7);
  EXPECT_EQ(state.heads(), (std::vector<int>{1, -1, 1, 1}));
  EXPECT_EQ(state.labels()[1], 7);
}

TEST(Transition, NonProjectiveTreeIsDetected) {
  // 0 -> 2 crosses 1 -> 3.
  EXPECT_FALSE(IsProjective({2, 3, -1, 2}));
  EXPECT_TRUE(IsProjective({-1, 0, 1, 2}));
}

// Every projective tree of EWT dev is rebuilt exactly by the oracle; non-projective ones are
// counted and reported.
TEST(Transition, OracleReachesEveryProjectiveTreeOfEwtDev) {
  const char* source = std::getenv("KG_SOURCE_DIR");
  const std::filesystem::path dev = std::filesystem::path(source == nullptr ? "." : source) /
                                    "../shared/treebanks/ud-english-ewt/dev.conllu";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << dev << " is absent";
  std::size_t projective = 0;
  std::size_t non_projective = 0;
  for (const ConlluSentence& s : ReadConlluFile(dev.string())) {
    std::vector<int> gold;
    for (const Token& t : s.sentence.tokens) gold.push_back(t.head - 1);
    if (!IsProjective(gold)) {
      ++non_projective;
      continue;
    }
    ++projective;
    ASSERT_EQ(FollowOracle(gold), gold) << s.comments.front();
  }
  std::cout << "EWT dev: " << projective << " projective trees rebuilt by the oracle, "
            << non_projective << " non-projective\n";
  RecordProperty("non_projective", static_cast<int>(non_projective));
  EXPECT_GT(projective, 1900U);
}

}  // namespace
}  // namespace kg::nlp
