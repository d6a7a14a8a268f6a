// What the news graph keeps of the UD extractor's triples, and how sure it is of them: invented
// wire sentences, hand-parsed as the shipped parser parses such sentences.
#include "extract/graph_edges.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/graph_confidence.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Listing;
using testing::Sentence;

// The article of one sentence (its forms joined by spaces, as Sentence's offsets count them).
std::vector<EmittedTriple> Emit(const std::string& rows) {
  nlp::AnalyzedSentence s = Sentence(rows);
  model::Article article;
  article.source = "test";
  for (const nlp::Token& t : s.tokens) article.text += (article.text.empty() ? "" : " ") + t.form;
  article.text += "\n";
  s.start = 0;
  s.end = s.tokens.back().end;
  return EmitClauseTriples(article, {s});
}

// The kept triples' "subject -predicate-> object" lines.
std::vector<std::string> Kept(const std::vector<EmittedTriple>& emitted) {
  const std::vector<bool> keep = GraphEdges(emitted);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < emitted.size(); ++i)
    if (keep[i]) {
      const model::Triple& t = emitted[i].triple;
      out.push_back(t.subject.name + " -" + t.predicate + "-> " + t.object.name);
    }
  return out;
}

bool Has(const std::vector<std::string>& kept, const std::string& line) {
  return std::find(kept.begin(), kept.end(), line) != kept.end();
}

std::vector<model::Triple> Triples(const std::vector<EmittedTriple>& emitted) {
  std::vector<model::Triple> out;
  for (const EmittedTriple& e : emitted) out.push_back(e.triple);
  return out;
}

TEST(GraphEdges, TheVenueOfSpeechGoesAndTheClauseKeepsItsCore) {
  // "Halden Brewing said in a statement Torvik Malt bought the mill."
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
in in ADP IN 6 case
a a DET DT 6 det
statement statement NOUN NN 3 obl
Torvik Torvik PROPN NNP 9 nsubj B-ORGANIZATION
Malt Malt PROPN NNP 7 flat I-ORGANIZATION
bought buy VERB VBD 3 ccomp
the the DET DT 11 det
mill mill NOUN NN 9 obj
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  EXPECT_TRUE(Has(kept, "Torvik Malt -buy-> mill")) << Listing(Triples(emitted)) << all;
  // The fact carries its speaker; the speech edge names the clause by its core.
  for (const EmittedTriple& e : emitted) {
    if (e.triple.predicate == "buy") {
      EXPECT_EQ(e.triple.attributed_to, "Halden Brewing");
    }
  }
  EXPECT_TRUE(Has(kept, "Halden Brewing -say-> Torvik Malt bought the mill")) << all;
  EXPECT_FALSE(Has(kept, "Halden Brewing -say in-> statement")) << all;
}

TEST(GraphEdges, AClauseWithoutAFactKeepsItsSpeechEdge) {
  // "Halden Brewing said prices rose." ("rose" has no object: no fact of its own)
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
prices price NOUN NNS 5 nsubj
rose rise VERB VBD 3 ccomp
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "Halden Brewing -say-> prices rose")) << Listing(Triples(emitted));
}

TEST(GraphEdges, AClauseFragmentWithoutSubjectIsNoNode) {
  // "Halden Brewing said is possible." as a broken parse leaves it: no subject under "said".
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
is be AUX VBZ 5 cop
possible possible ADJ JJ 3 ccomp
. . PUNCT . 3 punct)");
  for (const std::string& line : Kept(emitted))
    EXPECT_EQ(line.find("-say->"), std::string::npos) << line;
}

TEST(GraphEdges, WhatSpeechIsAboutStays) {
  // "Oskar Lind warned of a strike."
  const auto emitted = Emit(R"(Oskar Oskar PROPN NNP 3 nsubj B-PERSON
Lind Lind PROPN NNP 1 flat I-PERSON
warned warn VERB VBD 0 root
of of ADP IN 6 case
a a DET DT 6 det
strike strike NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Has(Kept(emitted), "Oskar Lind -warn of-> strike")) << Listing(Triples(emitted));
}

TEST(GraphEdges, AClauseNodeIsItsCoreWhileOpenIeQuotesItWhole) {
  // "Halden Brewing said Torvik Malt must notify regulators of all licence conditions."
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
Torvik Torvik PROPN NNP 7 nsubj B-ORGANIZATION
Malt Malt PROPN NNP 4 flat I-ORGANIZATION
must must AUX MD 7 aux
notify notify VERB VB 3 ccomp
regulators regulator NOUN NNS 7 obj
of of ADP IN 12 case
all all DET DT 12 det
licence licence NOUN NN 12 compound
conditions condition NOUN NNS 8 nmod
. . PUNCT . 3 punct)");
  bool found = false;
  for (const EmittedTriple& e : emitted) {
    if (e.triple.predicate != "say") continue;
    found = true;
    EXPECT_EQ(e.triple.object.name, "Torvik Malt must notify regulators");
    EXPECT_EQ(e.clause.object.text, "Torvik Malt must notify regulators of all licence conditions");
  }
  EXPECT_TRUE(found) << Listing(Triples(emitted));
}

TEST(GraphConfidence, PronounsAndLongSentencesRankLower) {
  const auto named = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
bought buy VERB VBD 0 root
Torvik Torvik PROPN NNP 3 obj B-ORGANIZATION
. . PUNCT . 3 punct)");
  const auto pronoun = Emit(R"(It it PRON PRP 2 nsubj
bought buy VERB VBD 0 root
Torvik Torvik PROPN NNP 2 obj B-ORGANIZATION
. . PUNCT . 2 punct)");
  ASSERT_EQ(named.size(), 1U);
  ASSERT_EQ(pronoun.size(), 1U);
  EXPECT_GT(GraphConfidence(named[0], 5), GraphConfidence(pronoun[0], 4));
  EXPECT_GT(GraphConfidence(named[0], 5), GraphConfidence(named[0], 45));
  EXPECT_LE(GraphConfidence(named[0], 5), 0.99);
}

}  // namespace
}  // namespace kg::extract
