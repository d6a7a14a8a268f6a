#include "extract/dateline.h"

#include <gtest/gtest.h>

#include "extract/extract.h"

namespace kg::extract {
namespace {

TEST(Dateline, WireDatelinesAreFound) {
  const std::string s = "WASHINGTON, Feb 26 - The bank raised its rates.";
  EXPECT_EQ(s.substr(DatelineLength(s)), "The bank raised its rates.");
  const std::string t = "NEW YORK, March 3 -- Shares rose.";
  EXPECT_EQ(t.substr(DatelineLength(t)), "Shares rose.");
  const std::string u = "PARIS (Reuters) - Macron spoke.";
  EXPECT_EQ(u.substr(DatelineLength(u)), "Macron spoke.");
}

TEST(Dateline, SentencesThatOnlyLookLikeOneKeepTheirWords) {
  EXPECT_EQ(DatelineLength("NATO - the alliance - met in Brussels."), 0U);  // no comma: a subject
  EXPECT_EQ(DatelineLength("Paris, the capital - and more."), 0U);          // not in capitals
  EXPECT_EQ(DatelineLength("WASHINGTON, officials said - quietly - no."), 0U);  // lower case
  EXPECT_EQ(DatelineLength("The U.S. economy grew."), 0U);
  EXPECT_EQ(DatelineLength("LONDON, March 3 - "), 0U);  // nothing after it
}

TEST(Dateline, TriplesAfterADatelineKeepTheirEvidence) {
  Pipeline pipeline;
  model::Article a;
  a.source = "wire.txt";
  a.text = "OSLO, March 3 - Norway funded the missiles.\n";
  const auto g = pipeline.ExtractArticle(a);
  ASSERT_FALSE(g.triples.empty());
  const auto& t = g.triples.front();
  EXPECT_EQ(t.subject.name, "Norway");
  EXPECT_EQ(t.predicate, "fund");
  EXPECT_EQ(t.relation, "funded");  // rendered from spans counted after the dateline
  EXPECT_EQ(t.evidence.sentence, "OSLO, March 3 - Norway funded the missiles.");
}

}  // namespace
}  // namespace kg::extract
