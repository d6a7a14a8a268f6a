// What kg reads from WordNet beyond nouns: verb lemmas, adjectives and verb frames.
#include "nlp/lexicon.h"

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

TEST(Lexicon, VerbsAndAdjectivesAreKnown) {
  const auto lexicon = Lexicon::Open();
  EXPECT_EQ(lexicon->VerbLemma("led"), "lead");
  EXPECT_TRUE(lexicon->IsAdjective("existing"));
  EXPECT_FALSE(lexicon->IsAdjective("quickly"));
}

TEST(Lexicon, AVerbTakesAnObjectWhenItsFirstSenseHasATransitiveFrame) {
  const auto lexicon = Lexicon::Open();
  EXPECT_TRUE(lexicon->TakesObject("raise"));
  EXPECT_TRUE(lexicon->TakesObject("acquire"));
  EXPECT_FALSE(lexicon->TakesObject("exist"));
  EXPECT_FALSE(lexicon->TakesObject("retire"));  // first sense: go into retirement
  EXPECT_FALSE(lexicon->TakesObject("qwzx"));    // no verb at all
}

}  // namespace
}  // namespace kg::nlp
