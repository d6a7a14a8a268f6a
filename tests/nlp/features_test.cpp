#include <algorithm>

#include <gtest/gtest.h>

#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace kg::nlp {
namespace {

std::vector<Token> Tokens(const std::vector<std::string>& forms,
                          const std::vector<std::string>& tags) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    Token t;
    t.form = forms[i];
    t.xpos = tags[i];
    t.upos = tags[i];
    out.push_back(t);
  }
  return out;
}

TEST(Features, HashesAreStableAcrossRunsAndMachines) {
  // Saved models hold these hashes: a changed hash function would silently break every model.
  EXPECT_EQ(HashString("the"), HashString("the"));
  EXPECT_NE(HashString("the"), HashString("The"));
  EXPECT_EQ(HashFeature(3, HashString("dog")), HashFeature(3, HashString("dog")));
  EXPECT_NE(HashFeature(3, HashString("dog")), HashFeature(4, HashString("dog")));
  EXPECT_EQ(HashString(""), 0x2d06800538d394c2ULL);  // XXH3_64bits of the empty input
}

TEST(Features, TaggerSeesTheWordItsNeighboursAndTheLabelsBefore) {
  TaggerLexicon lexicon;
  const TaggerWords words = PrepareTaggerWords({"The", "dog", "barks"}, lexicon);
  std::vector<std::uint64_t> a;
  std::vector<std::uint64_t> b;
  TaggerFeatures(words, 1, {4}, {}, a);
  TaggerFeatures(words, 1, {5}, {}, b);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_NE(a, b);  // the previous label is a feature
  std::vector<std::uint64_t> second;
  TaggerFeatures(words, 1, {4}, {4, 2, 3}, second);
  EXPECT_GT(second.size(), a.size());  // the second pass also sees labels to the right
  EXPECT_TRUE(std::equal(a.begin(), a.end(), second.begin()));
  const TaggerWords other = PrepareTaggerWords({"The", "cat", "barks"}, lexicon);
  std::vector<std::uint64_t> c;
  TaggerFeatures(other, 2, {4, 2}, {}, c);
  std::vector<std::uint64_t> d;
  TaggerFeatures(words, 2, {4, 2}, {}, d);
  EXPECT_NE(c, d);  // the previous word is a feature
}

TEST(Features, AllCapitalSentenceIsTruecased) {
  TaggerLexicon lexicon;
  lexicon.truecase["nato"] = "NATO";
  const TaggerWords caps = PrepareTaggerWords({"NATO", "LEADERS", "MEET", "IN", "PARIS"}, lexicon);
  EXPECT_EQ(caps[0].cased_form, "NATO");
  EXPECT_EQ(caps[1].cased_form, "Leaders");  // unknown: title case
  EXPECT_EQ(caps[0].lower_form, "nato");
  const TaggerWords normal = PrepareTaggerWords({"NATO", "leaders", "meet"}, lexicon);
  EXPECT_EQ(normal[1].cased_form, "leaders");
}

TEST(Features, ParserFeaturesFollowTheState) {
  const auto words = PrepareParserWords(Tokens({"the", "dog", "barks"}, {"DT", "NN", "VBZ"}));
  ParserState state(3);
  std::vector<std::uint64_t> start;
  ParserFeatures(state, words, start);
  state.Apply(Move::kShift, 0);
  std::vector<std::uint64_t> shifted;
  ParserFeatures(state, words, shifted);
  ASSERT_EQ(start.size(), shifted.size());
  EXPECT_NE(start, shifted);
  std::vector<std::uint64_t> again;
  ParserFeatures(state, words, again);
  EXPECT_EQ(shifted, again);
}

}  // namespace
}  // namespace kg::nlp
