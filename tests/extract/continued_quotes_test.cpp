#include "extract/continued_quotes.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

model::Triple At(std::size_t sentence, const std::string& subject, const std::string& rule,
                 const std::string& object) {
  model::Triple t;
  t.subject.name = subject;
  t.object.name = object;
  t.predicate = rule == "speech" ? "say" : "lend to";
  t.rule = rule;
  t.evidence.sentence_index = sentence;
  return t;
}

std::vector<model::SentenceSpan> Sentences(const std::vector<std::string>& texts) {
  std::vector<model::SentenceSpan> out;
  for (const std::string& t : texts) out.push_back({0, t.size(), t});
  return out;
}

TEST(ContinuedQuotes, AQuoteParagraphAfterAnAttributedQuoteIsTheSameSpeakers) {
  const auto sentences =
      Sentences({"\"We need more funds,\" Ilse Varga said.",
                 "\"The bank should lend more to Peru.\"", "\"And to Chile, in time.\""});
  std::vector<model::Triple> triples{At(0, "Ilse Varga", "speech", "We need more funds"),
                                     At(1, "bank", "nsubj-obl", "Peru"),
                                     At(2, "bank", "nsubj-obl", "Chile")};
  AttributeContinuedQuotes(sentences, triples);
  EXPECT_EQ(triples[1].attributed_to, "Ilse Varga");
  EXPECT_FALSE(triples[1].asserted);
  EXPECT_EQ(triples[2].attributed_to, "Ilse Varga");
  EXPECT_TRUE(triples[0].asserted);  // the speech edge is the writer's own report
}

TEST(ContinuedQuotes, OnlyAQuoteRightAfterAQuotedSpeechContinuesIt) {
  // No quotation in the speech sentence; a plain sentence between; a quote with its own speaker.
  const auto sentences = Sentences(
      {"Ilse Varga said funds were short.", "\"The bank should lend more to Peru.\"",
       "\"We need more funds,\" Ilse Varga said.", "The bank lends to Chile.",
       "\"The bank should lend more to Peru.\"", "\"It lends to Chile,\" Tomas Berg said."});
  std::vector<model::Triple> triples{At(0, "Ilse Varga", "speech", "funds were short"),
                                     At(1, "bank", "nsubj-obl", "Peru"),
                                     At(2, "Ilse Varga", "speech", "We need more funds"),
                                     At(3, "bank", "nsubj-obl", "Chile"),
                                     At(4, "bank", "nsubj-obl", "Peru"),
                                     At(5, "Tomas Berg", "speech", "It lends")};
  triples.push_back(At(5, "bank", "nsubj-obl", "Chile"));
  triples.back().attributed_to = "Tomas Berg";
  AttributeContinuedQuotes(sentences, triples);
  EXPECT_TRUE(triples[1].attributed_to.empty());
  EXPECT_TRUE(triples[1].asserted);
  EXPECT_TRUE(triples[3].attributed_to.empty());
  EXPECT_TRUE(triples[4].attributed_to.empty());
  EXPECT_EQ(triples[6].attributed_to, "Tomas Berg");
}

TEST(ContinuedQuotes, AQuoteThatOpensBeforeItsAttributionIsTheClosingSpeakers) {
  // "\"Revenue has been hurt by lower prices. We expect a better year,\" the chairman said." split
  // in two had left the first sentence's facts the writer's.
  const auto sentences =
      Sentences({"\"Peru is short of funds.", "The bank lends to Chile.",
                 "\"The bank should lend more to Peru.", "It has lent too little to Chile.",
                 "We need more funds,\" Ilse Varga said."});
  std::vector<model::Triple> triples{
      At(0, "Peru", "nsubj-obl", "funds"), At(1, "bank", "nsubj-obl", "Chile"),
      At(2, "bank", "nsubj-obl", "Peru"), At(3, "bank", "nsubj-obl", "Chile"),
      At(4, "Ilse Varga", "speech", "We need more funds")};
  AttributeContinuedQuotes(sentences, triples);
  EXPECT_EQ(triples[2].attributed_to, "Ilse Varga");
  EXPECT_FALSE(triples[2].asserted);
  EXPECT_EQ(triples[3].attributed_to, "Ilse Varga");
  // A quote left open with a plain sentence and no attribution after it stays the writer's.
  EXPECT_TRUE(triples[0].attributed_to.empty());
  EXPECT_TRUE(triples[1].attributed_to.empty());
}

}  // namespace
}  // namespace kg::extract
