// Long forms an article defines with a bracketed acronym, on invented sentences.
#include "nlp/acronyms.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/spaced_words.h"

namespace kg::nlp {
namespace {

using testing::Words;

TEST(AcronymLongForms, ALongFormBeforeItsBracketedAcronymIsOneNameWhereverTheArticleSaysIt) {
  // "the General Agreement on Tariffs and Trade (GATT)" had been found as nothing and
  // "Tariffs and Trade" as a name: the node "Tariffs" took in every "tariffs" of the corpus.
  const std::vector<std::vector<std::string>> sentences{
      Words("Norway complained to the Council on Fisheries and Trade ( CFT ) on Monday ."),
      Words("The Council on Fisheries and Trade will meet in May ."), Words("CFT MEETS IN MAY")};
  std::vector<std::vector<EntityMention>> mentions{
      {{0, 1, "COUNTRY"}, {6, 9, "OTHER"}, {10, 11, "ORGANIZATION"}},
      {{1, 2, "ORGANIZATION"}},
      {{0, 1, "LOCATION"}}};
  AcronymLongForms(sentences, mentions);
  ASSERT_EQ(mentions[0].size(), 3U);
  EXPECT_EQ(mentions[0][1].begin, 4U);
  EXPECT_EQ(mentions[0][1].end, 9U);
  EXPECT_EQ(mentions[0][1].type, "ORGANIZATION");  // "Council" is an organisation's word
  ASSERT_EQ(mentions[1].size(), 1U);
  EXPECT_EQ(mentions[1][0].begin, 1U);
  EXPECT_EQ(mentions[1][0].end, 6U);
  ASSERT_EQ(mentions[2].size(), 1U);
  EXPECT_EQ(mentions[2][0].type, "ORGANIZATION");  // the acronym is the long form's kind
}

TEST(AcronymLongForms, WordsWhoseInitialsDoNotSpellTheAcronymStayAsTheyWere) {
  const std::vector<std::vector<std::string>> sentences{
      Words("Orvik Fisheries and Trade ( OTX ) said on Monday it sold the unit ."),
      Words("The Value Added Tax ( VAT ) rose to 15 pct .")};
  std::vector<std::vector<EntityMention>> mentions{{{0, 1, "PERSON"}, {2, 4, "OTHER"}}, {}};
  AcronymLongForms(sentences, mentions);
  ASSERT_EQ(mentions[0].size(), 2U);
  EXPECT_EQ(mentions[0][0].end, 1U);
  // A thing no word of which names a body is no organisation.
  ASSERT_EQ(mentions[1].size(), 2U);
  EXPECT_EQ(mentions[1][0].begin, 1U);
  EXPECT_EQ(mentions[1][0].end, 4U);
  EXPECT_EQ(mentions[1][0].type, "OTHER");
}

TEST(AcronymLetters, SpellsNamesWithConnectorsAndHyphenatedWords) {
  EXPECT_EQ(AcronymLetters("E.U."), "eu");
  EXPECT_EQ(AcronymLetters("Opec"), "opec");
  EXPECT_EQ(AcronymLetters("Eu"), "");
  EXPECT_TRUE(
      SpelledByInitials("oecd", Words("Organisation for Economic Co-operation and Development")));
  EXPECT_TRUE(SpelledByInitials("gatt", Words("General Agreement on Tariffs and Trade")));
  EXPECT_FALSE(SpelledByInitials("gat", Words("General Agreement on Tariffs and Trade")));
}

}  // namespace
}  // namespace kg::nlp
