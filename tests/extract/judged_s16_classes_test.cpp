// Classes found by blind judging of news triples in session 16 (bench/judged/2026-12-02-s16-*)
// and by reading the triples of stories no sheet samples: each tree is a hand-written analysis of
// a sentence written for this test, attached as the shipped parser attaches such sentences, and
// run through the one repair the class needs.
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/coordinated_noun_modifiers.h"
#include "extract/clauses/gerund_subjects.h"
#include "extract/clauses/nominal_gerunds.h"
#include "extract/clauses/possessive_names.h"
#include "extract/clauses/trailing_speakers.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS16Classes, AnIngWordWithADeterminerIsANoun) {
  // "The Velora board has a scheduled meeting this afternoon." with "meeting" tagged a verb and
  // "this afternoon" its object had made "board -meet-> scheduled meeting this afternoon".
  const std::string rows = R"(The the DET DT 3 det
Velora Velora PROPN NNP 3 compound B-ORGANIZATION
board board NOUN NN 4 nsubj
has have VERB VBZ 0 root
a a DET DT 7 det
scheduled schedule VERB VBN 7 amod
meeting meet VERB VBG 4 obj
this this DET DT 9 det
afternoon afternoon NOUN NN 7 obj
. . PUNCT . 4 punct)";
  const auto triples = ExtractAfter(RepairNominalGerunds, rows);
  EXPECT_TRUE(Matching(triples, "board", "meet", "").empty()) << Listing(triples);
  // A gerund with an object and no determiner stays a verb: "Velora began cutting costs."
  const auto cutting =
      ExtractAfter(RepairNominalGerunds, R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
began begin VERB VBD 0 root
cutting cut VERB VBG 2 xcomp
costs cost NOUN NNS 3 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(cutting, "Velora", "cut", "costs").size(), 1U) << Listing(cutting);
}

TEST(JudgedS16Classes, ASpeakerAfterAQuotationHungInsideItStillSpeaks) {
  // "\"Velora will cut jobs,\" the spokesman said, adding that talks would follow." with "said"
  // a relative clause of "jobs": the quotation had no speaker.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(" " PUNCT `` 4 punct
Velora Velora PROPN NNP 4 nsubj B-ORGANIZATION
will will AUX MD 4 aux
cut cut VERB VB 0 root
jobs job NOUN NNS 4 obj
, , PUNCT , 10 punct
" " PUNCT '' 10 punct
the the DET DT 9 det
spokesman spokesman NOUN NN 10 nsubj
said say VERB VBD 5 acl:relcl
, , PUNCT , 12 punct
adding add VERB VBG 10 advcl
that that SCONJ IN 16 mark
talks talk NOUN NNS 16 nsubj
would would AUX MD 16 aux
follow follow VERB VB 12 ccomp
. . PUNCT . 4 punct)");
  const auto said = Matching(triples, "spokesman", "say", "Velora will cut jobs");
  EXPECT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Velora", "cut", "jobs").size(), 1U) << Listing(triples);
}

TEST(JudgedS16Classes, AnAdverbCloseToSomethingTakesItsComplement) {
  // "The source close to the delegation said talks ended." with "close" tagged an adverb: the
  // speaker had read "source close".
  const auto triples = testing::Extract(R"(The the DET DT 2 det
source source NOUN NN 7 nsubj
close close ADV RB 2 amod
to to ADP IN 6 case
the the DET DT 6 det
delegation delegation NOUN NN 3 obl
said say VERB VBD 0 root
talks talk NOUN NNS 9 nsubj
ended end VERB VBD 7 ccomp
. . PUNCT . 7 punct)");
  const auto said = Matching(triples, "source", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "source close to the delegation");
}

TEST(JudgedS16Classes, TwoAlikeNounsCoordinatedBeforeANounModifyIt) {
  // "GM will close its truck and bus plants." with "truck" the object and "bus plants" its
  // conjunct had made the nodes "truck" and "bus plants".
  const auto repair = [](std::vector<nlp::AnalyzedSentence>& s) {
    RepairCoordinatedNounModifiers(s, *nlp::Lexicon::Open());
  };
  const auto plants = ExtractAfter(repair, R"(GM GM PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
close close VERB VB 0 root
its its PRON PRP$ 5 nmod:poss
truck truck NOUN NN 3 obj
and and CCONJ CC 8 cc
bus bus NOUN NN 8 compound
plants plant NOUN NNS 5 conj
. . PUNCT . 3 punct)");
  const auto closed = Matching(plants, "GM", "close", "");
  ASSERT_EQ(closed.size(), 1U) << Listing(plants);
  EXPECT_EQ(closed[0].object.name, "truck and bus plants");
  // Unlike nouns are two things: "GM sold its stake and bus plants."
  const auto stake = ExtractAfter(repair, R"(GM GM PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
stake stake NOUN NN 2 obj
and and CCONJ CC 7 cc
bus bus NOUN NN 7 compound
plants plant NOUN NNS 4 conj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(stake, "GM", "sell", "stake").size(), 1U) << Listing(stake);
  EXPECT_EQ(Matching(stake, "GM", "sell", "bus plants").size(), 1U) << Listing(stake);
}

TEST(JudgedS16Classes, CoordinatedModifiersInsideAPhraseStayInIt) {
  // "Velora raised output of edible and inedible oils." had read "output of edible oils".
  const auto triples = testing::Extract(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
raised raise VERB VBD 0 root
output output NOUN NN 2 obj
of of ADP IN 8 case
edible edible ADJ JJ 8 amod
and and CCONJ CC 7 cc
inedible inedible ADJ JJ 5 conj
oils oil NOUN NNS 3 nmod
. . PUNCT . 2 punct)");
  const auto raised = Matching(triples, "Velora", "raise", "");
  ASSERT_EQ(raised.size(), 1U) << Listing(triples);
  EXPECT_EQ(raised[0].object.name, "output of edible and inedible oils");
}

TEST(JudgedS16Classes, NounsCoordinatedWithAnAmountAreMeasuredTogether) {
  // "Sales and revenues totaled 776 mln dlrs." had given each the whole sum.
  const auto total = testing::Extract(R"(Sales sale NOUN NNS 4 nsubj
and and CCONJ CC 3 cc
revenues revenue NOUN NNS 1 conj
totaled total VERB VBD 0 root
776 776 NUM CD 6 nummod B-MONEY
mln mln NUM CD 7 nummod I-MONEY
dlrs dlr NOUN NNS 4 obj I-MONEY
. . PUNCT . 4 punct)");
  const auto totaled = Matching(total, "", "total", "776 mln dlrs");
  ASSERT_EQ(totaled.size(), 1U) << Listing(total);
  EXPECT_EQ(totaled[0].subject.name, "Sales and revenues");
  // Names stay apart, and so does what each did: "Orlan and Velora each paid 5 mln dlrs."
  const auto each = testing::Extract(R"(Orlan Orlan PROPN NNP 5 nsubj B-ORGANIZATION
and and CCONJ CC 3 cc
Velora Velora PROPN NNP 1 conj B-ORGANIZATION
each each DET DT 5 advmod
paid pay VERB VBD 0 root
5 5 NUM CD 7 nummod B-MONEY
mln mln NUM CD 8 nummod I-MONEY
dlrs dlr NOUN NNS 5 obj I-MONEY
. . PUNCT . 5 punct)");
  EXPECT_EQ(Matching(each, "Orlan", "pay", "5 mln dlrs").size(), 1U) << Listing(each);
  EXPECT_EQ(Matching(each, "Velora", "pay", "5 mln dlrs").size(), 1U) << Listing(each);
}

TEST(JudgedS16Classes, HowOftenSomethingHappenedIsNoPartOfTheThing) {
  // "Velora balanced the budget for the first time." had made the node "budget for the first
  // time"; "a loss for the first quarter" keeps its period.
  const auto first = testing::Extract(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
balanced balance VERB VBD 0 root
the the DET DT 4 det
budget budget NOUN NN 2 obj
for for ADP IN 8 case
the the DET DT 8 det
first first ADJ JJ 8 amod
time time NOUN NN 4 nmod
. . PUNCT . 2 punct)");
  const auto balanced = Matching(first, "Velora", "balance", "");
  ASSERT_EQ(balanced.size(), 1U) << Listing(first);
  EXPECT_EQ(balanced[0].object.name, "budget");
  const auto quarter = testing::Extract(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
reported report VERB VBD 0 root
a a DET DT 4 det
loss loss NOUN NN 2 obj
for for ADP IN 8 case
the the DET DT 8 det
first first ADJ JJ 8 amod
quarter quarter NOUN NN 4 nmod
. . PUNCT . 2 punct)");
  const auto reported = Matching(quarter, "Velora", "report", "");
  ASSERT_EQ(reported.size(), 1U) << Listing(quarter);
  EXPECT_EQ(reported[0].object.name, "loss for the first quarter");
}

TEST(JudgedS16Classes, ThePrepositionOfAnAmountReadAsAnObjectIsTheRelations) {
  // "Imports rose to 2.30 billion rand." with "to" hung on the number and "rand" the object had
  // read "imports -rise-> to 2.30 billion rand": a change where the text gives a level.
  const auto triples = testing::Extract(R"(Imports import NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 4 case
2.30 2.30 NUM CD 5 compound B-MONEY
billion billion NUM CD 6 nummod I-MONEY
rand rand NOUN NN 2 obj I-MONEY
. . PUNCT . 2 punct)");
  const auto rose = Matching(triples, "Imports", "rise to", "");
  ASSERT_EQ(rose.size(), 1U) << Listing(triples);
  EXPECT_EQ(rose[0].object.name, "2.30 billion rand");
  EXPECT_EQ(rose[0].value, "2300000000 ZAR");
}

TEST(JudgedS16Classes, WhatWasNotDoneWasNotDoneOnAnythingAndNotKnowingIfIsAQuestion) {
  // "Velora had issued no statement on the issue." had stored "Velora -issue on-> issue" as a fact.
  const auto issued = testing::Extract(R"(Velora Velora PROPN NNP 3 nsubj B-ORGANIZATION
had have AUX VBD 3 aux
issued issue VERB VBN 0 root
no no DET DT 5 det
statement statement NOUN NN 3 obj
on on ADP IN 8 case
the the DET DT 8 det
issue issue NOUN NN 3 obl
. . PUNCT . 3 punct)");
  // Nor "NOT issue on", as if nothing had been issued on the issue because no statement was
  // (the oblique of "voted no change at today's meeting" is where a vote was held): the
  // relation writes the denial.
  EXPECT_TRUE(Matching(issued, "Velora", "issue on", "issue").empty()) << Listing(issued);
  const auto on = Matching(issued, "Velora", "issue no statement on", "issue");
  ASSERT_EQ(on.size(), 1U) << Listing(issued);
  EXPECT_FALSE(on[0].negated);
  EXPECT_EQ(on[0].relation, "had issued no statement on");
  // "He was unaware if the talks produced an accord.": a question, no condition.
  const auto unaware = testing::Extract(R"(He he PRON PRP 3 nsubj
was be AUX VBD 3 cop
unaware unaware ADJ JJ 0 root
if if SCONJ IN 7 mark
the the DET DT 6 det
talks talk NOUN NNS 7 nsubj
produced produce VERB VBD 3 advcl
an a DET DT 9 det
accord accord NOUN NN 7 obj
. . PUNCT . 3 punct)");
  const auto produced = Matching(unaware, "talks", "produce", "accord");
  ASSERT_EQ(produced.size(), 1U) << Listing(unaware);
  EXPECT_EQ(produced[0].modality, "whether");
}

TEST(JudgedS16Classes, AnApostropheSBeforeATensedVerbEndsTheName) {
  // "Moody's expects higher ratings." with "'s" read as "is" had made the node "Moody".
  const auto triples =
      ExtractAfter(RepairPossessiveNames, R"(Moody Moody PROPN NNP 3 nsubj B-ORGANIZATION
's be AUX VBZ 3 aux
expects expect VERB VBZ 0 root
higher high ADJ JJR 5 amod
ratings rating NOUN NNS 3 obj
. . PUNCT . 3 punct)");
  const auto expects = Matching(triples, "", "expect", "higher ratings");
  ASSERT_EQ(expects.size(), 1U) << Listing(triples);
  EXPECT_EQ(expects[0].subject.name, "Moody's");
  // "Moody's cut the rating." with "'s" the possessive of the subject, which owns nothing.
  const auto cut =
      ExtractAfter(RepairPossessiveNames, R"(Moody Moody PROPN NNP 3 nsubj B-ORGANIZATION
's 's PART POS 1 case
cut cut VERB VBD 0 root
the the DET DT 5 det
rating rating NOUN NN 3 obj
. . PUNCT . 3 punct)");
  const auto rated = Matching(cut, "", "cut", "rating");
  ASSERT_EQ(rated.size(), 1U) << Listing(cut);
  EXPECT_EQ(rated[0].subject.name, "Moody's");
}

TEST(JudgedS16Classes, AGerundOpeningTheSentenceIsItsSubjectNotItsObjects) {
  // "Reducing the firm's debt will be needed to keep its rating." with "Reducing" an adverbial
  // and "debt" the subject had made "firm's debt -keep-> rating", the opposite of what was said.
  const auto repair = [](std::vector<nlp::AnalyzedSentence>& s) {
    RepairGerundSubjects(s, *nlp::Lexicon::Open());
  };
  const auto triples = ExtractAfter(repair, R"(Reducing reduce VERB VBG 7 advcl
the the DET DT 3 det
firm firm NOUN NN 4 nmod:poss
debt debt NOUN NN 7 nsubj:pass
will will AUX MD 7 aux
be be AUX VB 7 aux:pass
needed need VERB VBN 0 root
to to PART TO 9 mark
keep keep VERB VB 7 xcomp
its its PRON PRP$ 11 nmod:poss
rating rating NOUN NN 9 obj
. . PUNCT . 7 punct)");
  EXPECT_TRUE(Matching(triples, "debt", "keep", "").empty()) << Listing(triples);
}

TEST(JudgedS16Classes, TheObjectOfExpectToIsTheOneWhoIsToAct) {
  // "Velora expects the agency to sue the company." had made "Velora -expect-> agency".
  const auto sue = testing::Extract(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
expects expect VERB VBZ 0 root
the the DET DT 4 det
agency agency NOUN NN 2 obj
to to PART TO 6 mark
sue sue VERB VB 2 xcomp
the the DET DT 8 det
company company NOUN NN 6 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(sue, "Velora", "expect", "").empty()) << Listing(sue);
  const auto sues = Matching(sue, "agency", "sue", "company");
  ASSERT_EQ(sues.size(), 1U) << Listing(sue);
  EXPECT_EQ(sues[0].modality, "expect");
  // "Velora wants Orlan to sell the unit." with "sell" an adverbial: Orlan is to sell it.
  const auto sell = testing::Extract(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
wants want VERB VBZ 0 root
Orlan Orlan PROPN NNP 2 obj B-ORGANIZATION
to to PART TO 5 mark
sell sell VERB VB 2 advcl
the the DET DT 7 det
unit unit NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(sell, "Velora", "want", "").empty()) << Listing(sell);
  EXPECT_EQ(Matching(sell, "Orlan", "sell", "unit").size(), 1U) << Listing(sell);
}

TEST(JudgedS16Classes, ASupportVerbsDateIsItsObjects) {
  // "Reagan took office in 1981." had read "Reagan -take in-> 1981".
  const auto triples = testing::Extract(R"(Reagan Reagan PROPN NNP 2 nsubj B-PERSON
took take VERB VBD 0 root
office office NOUN NN 2 obj
in in ADP IN 5 case
1981 1981 NUM CD 2 obl B-DATE
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Reagan", "take office in", "1981").size(), 1U) << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
