// The "emit triples" stage: an article's analysed sentences to triples with evidence.

#include "extract/emit_triples.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/clauses/lemmas.h"
#include "model/error.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

// Shifts a sentence read from CoNLL-U (offsets from 0) to start at code point `start`.
nlp::AnalyzedSentence At(nlp::AnalyzedSentence s, std::size_t start) {
  s.start += start;
  s.end += start;
  for (nlp::Token& t : s.tokens) {
    t.start += start;
    t.end += start;
  }
  return s;
}

class EmitTriplesTest : public ::testing::Test {
 protected:
  // "Ålesund Bank sued Kelso ." then "Kelso paid Oxfam on Monday ." (tokens spaced as CoNLL-U
  // text is); the Å is two bytes, so byte and code-point offsets differ after it.
  EmitTriplesTest() {
    article_.source = "wire/kelso.txt";
    article_.date = "2024-03-06";
    article_.text = "\u00c5lesund Bank sued Kelso . Kelso paid Oxfam on Monday .";
    sentences_.push_back(testing::Sentence(R"(Ålesund Ålesund PROPN NNP 2 compound B-ORGANIZATION
Bank Bank PROPN NNP 3 nsubj I-ORGANIZATION
sued sue VERB VBD 0 root
Kelso Kelso PROPN NNP 3 obj B-ORGANIZATION
. . PUNCT . 3 punct)"));
    sentences_.push_back(At(testing::Sentence(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
paid pay VERB VBD 0 root
Oxfam Oxfam PROPN NNP 2 obj B-ORGANIZATION
on on ADP IN 5 case
Monday Monday PROPN NNP 2 obl B-DATE
. . PUNCT . 2 punct)"),
                            26));
  }

  model::Article article_;
  std::vector<nlp::AnalyzedSentence> sentences_;
};

TEST_F(EmitTriplesTest, EvidenceIsTheSentenceInArticleBytes) {
  const auto triples = EmitTriples(article_, sentences_);
  const auto pay = testing::Matching(triples, "Kelso", "pay", "Oxfam");
  ASSERT_EQ(pay.size(), 1U) << testing::Listing(triples);
  EXPECT_EQ(pay[0].evidence.article, "wire/kelso.txt");
  EXPECT_EQ(pay[0].evidence.sentence_index, 1U);
  EXPECT_EQ(pay[0].evidence.sentence, "Kelso paid Oxfam on Monday .");
  EXPECT_EQ(pay[0].evidence.start, 27U);  // 26 code points, one of them two bytes
  EXPECT_EQ(pay[0].subject_start, 26U);
  EXPECT_EQ(pay[0].extractor, "ud");
  EXPECT_EQ(pay[0].rule, "nsubj-obj");
  const auto sued = testing::Matching(triples, "lesund Bank", "sue", "Kelso");
  ASSERT_EQ(sued.size(), 1U) << testing::Listing(triples);
  EXPECT_EQ(sued[0].evidence.sentence, "\u00c5lesund Bank sued Kelso .");
}

TEST_F(EmitTriplesTest, RelativeDatesResolveAgainstTheArticleDate) {
  const auto triples = EmitTriples(article_, sentences_);
  const auto pay = testing::Matching(triples, "Kelso", "pay", "Oxfam");
  ASSERT_EQ(pay.size(), 1U) << testing::Listing(triples);
  EXPECT_EQ(pay[0].time, "2024-03-04");
  article_.date.clear();
  const auto undated =
      testing::Matching(EmitTriples(article_, sentences_), "Kelso", "pay", "Oxfam");
  ASSERT_EQ(undated.size(), 1U);
  EXPECT_EQ(undated[0].time, "");
}

TEST_F(EmitTriplesTest, OffsetsBeyondTheTextAreAnError) {
  sentences_.push_back(At(sentences_[1], 40));
  EXPECT_THAT([&] { (void)EmitTriples(article_, sentences_); },
              ::testing::ThrowsMessage<Error>(
                  ::testing::HasSubstr("wire/kelso.txt: sentence 2: offsets beyond the text")));
}

TEST(FillMissingLemmas, VerbClassesWorkOnTreesWithoutLemmas) {
  // "Poland refused to supply the tanks." as an analyser that gives no lemmas would leave it.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Poland _ PROPN NNP 2 nsubj
refused _ VERB VBD 0 root
to _ PART TO 4 mark
supply _ VERB VB 2 xcomp
the _ DET DT 6 det
tanks _ NOUN NNS 4 obj
. _ PUNCT . 2 punct)")};
  FillMissingLemmas(sentences, *nlp::Lexicon::Open());
  EXPECT_EQ(sentences[0].tokens[1].lemma, "refuse");
  EXPECT_EQ(sentences[0].tokens[5].lemma, "tank");
  EXPECT_EQ(sentences[0].tokens[0].lemma, "Poland");
  const auto triples = ExtractClauseTriples(sentences[0], {});
  ASSERT_EQ(triples.size(), 1U);
  EXPECT_EQ(triples[0].predicate, "supply");
  EXPECT_TRUE(triples[0].negated);
}

}  // namespace
}  // namespace kg::extract

namespace kg::extract {
namespace {

TEST(EmitTriplesLocalDollar, ABareDollarInAStoryFiledFromTorontoIsCanadian) {
  // "TORONTO, March 4 - Vantora raised 40 mln dlrs ." (the dateline is not parsed).
  model::Article article;
  article.source = "wire/vantora.txt";
  article.text = "VANTORA FINANCING\n\nTORONTO, March 4 - Vantora raised 40 mln dlrs .";
  nlp::AnalyzedSentence raised =
      testing::Sentence(R"(Vantora Vantora PROPN NNP 2 nsubj B-ORGANIZATION
raised raise VERB VBD 0 root
40 40 NUM CD 5 nummod B-MONEY
mln mln X FW 5 compound I-MONEY
dlrs dlrs NOUN NNS 2 obj I-MONEY
. . PUNCT . 2 punct)");
  const std::size_t start = article.text.find("Vantora raised");
  raised.start += start;
  raised.end += start;
  for (nlp::Token& t : raised.tokens) {
    t.start += start;
    t.end += start;
  }
  const auto triples = EmitTriples(article, {raised});
  const auto money = testing::Matching(triples, "Vantora", "raise", "40 mln dlrs");
  ASSERT_EQ(money.size(), 1U) << testing::Listing(triples);
  EXPECT_EQ(money[0].value, "40000000 CAD");
}

}  // namespace
}  // namespace kg::extract
