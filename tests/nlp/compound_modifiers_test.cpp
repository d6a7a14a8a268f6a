// Hyphenated compound modifiers the tagger read as verbs.
#include "nlp/compound_modifiers.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

// Tokens from "form/UPOS/XPOS" words.
std::vector<Token> Tagged(const std::vector<std::string>& words) {
  std::vector<Token> tokens;
  for (const std::string& w : words) {
    Token t;
    const std::size_t a = w.find('/');
    const std::size_t b = w.find('/', a + 1);
    t.form = w.substr(0, a);
    t.upos = w.substr(a + 1, b - a - 1);
    t.xpos = w.substr(b + 1);
    tokens.push_back(t);
  }
  return tokens;
}

TEST(CompoundModifiers, AHyphenatedParticipleBeforeANounIsAnAdjective) {
  auto tokens = Tagged({"met/VERB/VBD", "high-ranking/VERB/VBG", "members/NOUN/NNS", "of/ADP/IN",
                        "state-owned/VERB/VBN", "Banca/PROPN/NNP"});
  RetagCompoundModifiers(tokens);
  EXPECT_EQ(tokens[1].xpos, "JJ");
  EXPECT_EQ(tokens[1].upos, "ADJ");
  EXPECT_EQ(tokens[4].xpos, "JJ");
  EXPECT_EQ(tokens[0].xpos, "VBD");
}

TEST(CompoundModifiers, PrefixedVerbsAndVerbsBeforeADeterminerStayVerbs) {
  auto tokens = Tagged({"Bank/PROPN/NNP", "co-owned/VERB/VBD", "nuclear/ADJ/JJ", "plants/NOUN/NNS",
                        "and/CCONJ/CC", "lead-managed/VERB/VBD", "issues/NOUN/NNS", "then/ADV/RB",
                        "hand-picked/VERB/VBD", "the/DET/DT", "team/NOUN/NN"});
  RetagCompoundModifiers(tokens);
  EXPECT_EQ(tokens[1].xpos, "VBD");
  EXPECT_EQ(tokens[5].xpos, "VBD");
  EXPECT_EQ(tokens[8].xpos, "VBD");
}

TEST(CompoundModifiers, AParticipleBeforeANounOfOfficeBeginsATitle) {
  // "GEM managing director Pieter van der Vorm said", "IMF Managing Director Michel Camdessus"
  // with "managing" a verb had given "GEM -managing-> director Pieter van der" and "IMF
  // -Managing-> Michel Camdessus".
  auto tokens = Tagged({"Vega/PROPN/NNP", "managing/VERB/VBG", "director/NOUN/NN", "Ana/PROPN/NNP",
                        "Ruiz/PROPN/NNP", "met/VERB/VBD", "the/DET/DT", "Acting/VERB/VBG",
                        "Chairmen/NOUN/NNS", "while/SCONJ/IN", "managing/VERB/VBG", "the/DET/DT",
                        "board/NOUN/NN"});
  RetagTitleParticiples(tokens);
  EXPECT_EQ(tokens[1].upos, "ADJ");
  EXPECT_EQ(tokens[1].xpos, "JJ");
  EXPECT_EQ(tokens[7].upos, "ADJ");
  // "managing the board": a verb with its object.
  EXPECT_EQ(tokens[10].upos, "VERB");
}

TEST(CompoundModifiers, AnIssuesManagingUnderwriterIsATitle) {
  // "will be the offering's managing underwriter" had given "offering -managing-> underwriter";
  // "managing general partner" has "general" between.
  auto tokens =
      Tagged({"the/DET/DT", "offering/NOUN/NN", "'s/PART/POS", "managing/VERB/VBG",
              "underwriter/NOUN/NN", "and/CCONJ/CC", "managing/VERB/VBG", "general/ADJ/JJ",
              "partner/NOUN/NN", "managing/VERB/VBG", "general/ADJ/JJ", "funds/NOUN/NNS"});
  RetagTitleParticiples(tokens);
  EXPECT_EQ(tokens[3].upos, "ADJ");
  EXPECT_EQ(tokens[6].upos, "ADJ");
  // "managing general funds": no office.
  EXPECT_EQ(tokens[9].upos, "VERB");
}

TEST(CompoundModifiers, AnExecutiveHeadingNothingIsTheTitlesNoun) {
  // "its chief executive said" and "the former Wall Street executive and Treasury secretary" had
  // "executive" an adjective of nothing: the speaker's node was "chief".
  auto tokens = Tagged({"its/PRON/PRP$", "chief/NOUN/NN", "executive/ADJ/JJ", "said/VERB/VBD",
                        "the/DET/DT", "executive/ADJ/JJ", "and/CCONJ/CC", "the/DET/DT",
                        "executive/ADJ/JJ", "committee/NOUN/NN"});
  RetagTitleRanks(tokens);
  EXPECT_EQ(tokens[2].upos, "NOUN");
  EXPECT_EQ(tokens[2].xpos, "NN");
  EXPECT_EQ(tokens[1].upos, "ADJ");
  EXPECT_EQ(tokens[5].upos, "NOUN");
  // "the executive committee": an adjective of the committee.
  EXPECT_EQ(tokens[8].upos, "ADJ");
}

TEST(CompoundModifiers, ARankBeforeARankIsAnAdjective) {
  // "deputy chief economist Warren Jestin" had "deputy" a node of its own; "deputy manager" and
  // "Deputy" in a name's capitals keep the tagger's reading.
  auto tokens = Tagged({"deputy/NOUN/NN", "chief/ADJ/JJ", "economist/NOUN/NN", "and/CCONJ/CC",
                        "deputy/NOUN/NN", "manager/NOUN/NN", "and/CCONJ/CC", "Deputy/PROPN/NNP",
                        "Chief/PROPN/NNP", "Smith/PROPN/NNP"});
  RetagTitleRanks(tokens);
  EXPECT_EQ(tokens[0].upos, "ADJ");
  EXPECT_EQ(tokens[0].xpos, "JJ");
  EXPECT_EQ(tokens[4].upos, "NOUN");
  EXPECT_EQ(tokens[7].upos, "PROPN");
  // "Texaco Canada chief executive Peter Bijur": a title before a name keeps its tags.
  auto named = Tagged({"Texaco/PROPN/NNP", "chief/NOUN/NN", "executive/ADJ/JJ", "Peter/PROPN/NNP",
                       "Bijur/PROPN/NNP"});
  RetagTitleRanks(named);
  EXPECT_EQ(named[1].upos, "NOUN");
  EXPECT_EQ(named[2].upos, "ADJ");
}

}  // namespace
}  // namespace kg::nlp
