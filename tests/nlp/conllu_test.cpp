#include "nlp/conllu.h"

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/error.h"

namespace kg::nlp {
namespace {

using testing::HasSubstr;

constexpr const char* kSample =
    "# sent_id = s1\n"
    "# text = I can't go.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t3\tnsubj\t_\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(Conllu, ReadsWordsAndSkipsMultiwordAndEmptyNodes) {
  std::istringstream in(kSample);
  ConlluStats stats;
  const auto sentences = ReadConllu(in, "sample.conllu", &stats);
  ASSERT_EQ(sentences.size(), 1U);
  const auto& tokens = sentences[0].sentence.tokens;
  ASSERT_EQ(tokens.size(), 5U);
  EXPECT_EQ(tokens[1].form, "ca");
  EXPECT_EQ(tokens[1].head, 4);
  EXPECT_EQ(tokens[3].deprel, "root");
  EXPECT_EQ(tokens[3].head, 0);
  EXPECT_EQ(tokens[2].start, 5U);  // "I ca n't": code points
  EXPECT_EQ(tokens[2].end, 8U);
  EXPECT_EQ(stats.multiword_tokens, 1U);
  EXPECT_EQ(stats.empty_nodes, 1U);
  EXPECT_EQ(stats.words, 5U);
}

TEST(Conllu, WritesBackTheSameLines) {
  std::istringstream in(kSample);
  const auto sentences = ReadConllu(in, "sample.conllu");
  std::ostringstream out;
  WriteConllu(out, sentences[0]);
  // DEPS is not kept (the basic tree only); everything else is.
  EXPECT_EQ(out.str(), kSample);
}

TEST(Conllu, AddsTheEntityTagToMisc) {
  AnalyzedSentence s;
  Token t;
  t.form = "Apple";
  t.upos = "PROPN";
  t.deprel = "root";
  t.entity = "B-ORGANIZATION";
  s.tokens.push_back(t);
  std::ostringstream out;
  WriteConllu(out, ToConllu(s));
  EXPECT_EQ(out.str(), "1\tApple\t_\tPROPN\t_\t_\t0\troot\t_\tNE=B-ORGANIZATION\n\n");
}

TEST(Conllu, MalformedLineNamesFileAndLine) {
  std::istringstream in("# c\n1\tI\tI\tPRON\n");
  EXPECT_THAT([&] { (void)ReadConllu(in, "bad.conllu"); },
              testing::ThrowsMessage<Error>(HasSubstr("bad.conllu:2: expected 10")));
  std::istringstream order("1\ta\t_\tX\t_\t_\t0\troot\t_\t_\n3\tb\t_\tX\t_\t_\t1\tdep\t_\t_\n");
  EXPECT_THAT([&] { (void)ReadConllu(order, "o.conllu"); },
              testing::ThrowsMessage<Error>(HasSubstr("o.conllu:2: word id '3' out of order")));
  std::istringstream head("1\ta\t_\tX\t_\t_\tx\troot\t_\t_\n");
  EXPECT_THAT([&] { (void)ReadConllu(head, "h.conllu"); },
              testing::ThrowsMessage<Error>(HasSubstr("h.conllu:1: bad head 'x'")));
}

TEST(Conllu, MissingFileIsAnError) {
  EXPECT_THAT([] { (void)ReadConlluFile("/nonexistent/x.conllu"); },
              testing::ThrowsMessage<Error>(HasSubstr("/nonexistent/x.conllu: cannot open")));
}

}  // namespace
}  // namespace kg::nlp
