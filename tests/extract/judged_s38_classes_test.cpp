// Kinds of wrong and partly right triples and junk nodes found in session 38 (session 37's ten
// judging sheets and the 1,000 stories' parses of the same shapes): each tree is a hand-written
// analysis of a sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/amount_changes.h"
#include "extract/clauses/argument.h"
#include "extract/clauses/raised_objects.h"
#include "extract/clauses/trailing_reports.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RepairParticiples;

// Whether the phrase headed by `head` is a node the graph drops (Argument::vague).
bool IsVagueNode(const nlp::DepTree& tree, int head) {
  const auto argument = MakeArgument(tree, head, ArgumentContext{});
  return argument.has_value() && argument->vague;
}

TEST(JudgedS38Classes, ARangeBetweenTwoAmountsWithTheirOwnUnitsIsWhole) {
  // "ranged between 15 pct and 17.5 pct" with each end its own noun: the node was "15 pct".
  const auto triples = Extract(R"(Mortgage mortgage NOUN NN 2 compound
rates rate NOUN NNS 4 nsubj
have have AUX VBP 4 aux
ranged range VERB VBN 0 root
between between ADP IN 7 case
nine nine NUM CD 7 nummod
pct pct NOUN NN 4 obl
and and CCONJ CC 10 cc
11.5 11.5 NUM CD 10 nummod
pct pct NOUN NN 7 conj
. . PUNCT . 4 punct)");
  const auto ranged = Matching(triples, "rates", "range between", "");
  ASSERT_EQ(ranged.size(), 1U) << Listing(triples);
  EXPECT_EQ(ranged[0].object.name, "nine pct and 11.5 pct");
}

TEST(JudgedS38Classes, ADateAfterAnEarlierEventIsThatEventsNotTheClauses) {
  // "rose ... in March after a 0.3 pct fall in February 1986" with "in February 1986" hung on the
  // verb: the rise was dated February, and "rose in -> February 1986" was an edge.
  const auto triples = Extract(R"(Steel steel NOUN NN 2 compound
output output NOUN NN 3 nsubj
rose rise VERB VBD 0 root
a a DET DT 7 det
provisional provisional ADJ JJ 7 amod
0.5 0.5 NUM CD 7 compound
pct pct NOUN NN 3 obj
after after ADP IN 12 case
a a DET DT 12 det
0.3 0.3 NUM CD 11 nummod
pct pct NOUN NN 12 compound
fall fall NOUN NN 3 obl
in in ADP IN 14 case
February February PROPN NNP 3 obl B-DATE
1986 1986 NUM CD 14 nmod:unmarked I-DATE
. . PUNCT . 3 punct)");
  ASSERT_FALSE(triples.empty());
  for (const auto& t : triples) {
    EXPECT_EQ(t.object.name.find("February"), std::string::npos) << Listing(triples);
    EXPECT_NE(t.time, "1986-02") << Listing(triples);
  }
}

TEST(JudgedS38Classes, APartOfAYearOrDayIsNoWordOfANode) {
  // "closed nine unprofitable stores in the first quarter", "go on strike this spring": the
  // nodes were padded with when.
  const auto stores = Extract(R"(The the DET DT 2 det
chain chain NOUN NN 3 nsubj
closed close VERB VBD 0 root
six six NUM CD 6 nummod
unprofitable unprofitable ADJ JJ 6 amod
outlets outlet NOUN NNS 3 obj
in in ADP IN 10 case
the the DET DT 10 det
second second ADJ JJ 10 amod
quarter quarter NOUN NN 6 nmod
. . PUNCT . 3 punct)");
  const auto closed = Matching(stores, "chain", "close", "outlets");
  ASSERT_EQ(closed.size(), 1U) << Listing(stores);
  EXPECT_EQ(closed[0].object.name, "six unprofitable outlets");
  const auto strike = Extract(R"(The the DET DT 2 det
dockers docker NOUN NNS 4 nsubj
will will AUX MD 4 aux
go go VERB VB 0 root
on on ADP IN 6 case
strike strike NOUN NN 4 obl
this this DET DT 8 det
summer summer NOUN NN 6 nmod:unmarked
. . PUNCT . 4 punct)");
  const auto go = Matching(strike, "dockers", "go on", "strike");
  ASSERT_EQ(go.size(), 1U) << Listing(strike);
  EXPECT_EQ(go[0].object.name, "strike");
}

TEST(JudgedS38Classes, ABarePartOfADayIsNoThing) {
  // "Delegates this morning accepted the outlines" parsed with "morning" the subject, "the
  // market took the afternoon", "will trade in the afternoon": the nodes "morning" and
  // "afternoon" were judged junk.
  const nlp::AnalyzedSentence sentence = testing::Sentence(R"(Late late ADJ JJ 2 amod
morning morning NOUN NN 3 nsubj
brought bring VERB VBD 0 root
the the DET DT 5 det
losses loss NOUN NNS 3 obj
in in ADP IN 8 case
the the DET DT 8 det
afternoon afternoon NOUN NN 3 obl
. . PUNCT . 3 punct)");
  const nlp::DepTree tree(sentence);
  EXPECT_TRUE(IsVagueNode(tree, 1));
  EXPECT_TRUE(IsVagueNode(tree, 7));
  ASSERT_TRUE(MakeArgument(tree, 4, ArgumentContext{}).has_value());
  EXPECT_FALSE(IsVagueNode(tree, 4));  // the losses
  // A part of a year with words of its own is a thing ("a mild winter in the north"), and a town
  // is no time ("Silver Spring").
  const nlp::AnalyzedSentence mild = testing::Sentence(R"(A a DET DT 3 det
mild mild ADJ JJ 3 amod
winter winter NOUN NN 4 nsubj
cut cut VERB VBD 0 root
demand demand NOUN NN 4 obj
in in ADP IN 8 case
Silver Silver PROPN NNP 8 compound
Spring Spring PROPN NNP 4 obl
. . PUNCT . 4 punct)");
  const nlp::DepTree winter(mild);
  ASSERT_TRUE(MakeArgument(winter, 2, ArgumentContext{}).has_value());
  ASSERT_TRUE(MakeArgument(winter, 7, ArgumentContext{}).has_value());
  EXPECT_FALSE(IsVagueNode(winter, 2));
  EXPECT_FALSE(IsVagueNode(winter, 7));
}

TEST(JudgedS38Classes, ANameHungOnTheOfPhraseOfAnOfficeIsTheOfficeHolder) {
  // "The head of the Bureau's consumer price index unit, Hugo Johannesson, told Reuters" with the
  // name hung on "unit": the name was typed a firm, "-consumer price index unit of-> Bureau", and
  // the teller was "head of the Bureau's ... unit".
  const auto triples = Extract(R"(The the DET DT 2 det
head head NOUN NN 12 nsubj
of of ADP IN 8 case
the the DET DT 5 det
Agency Agency PROPN NNP 8 nmod:poss B-ORGANIZATION
's 's PART POS 5 case
statistics statistics NOUN NNS 8 compound
unit unit NOUN NN 2 nmod
, , PUNCT , 10 punct
Ana Ana PROPN NNP 8 appos B-PERSON
Tor Tor PROPN NNP 10 flat I-PERSON
told tell VERB VBD 0 root
reporters reporter NOUN NNS 12 obj
. . PUNCT . 12 punct)");
  EXPECT_EQ(Matching(triples, "Ana Tor", "tell", "reporters").size(), 1U) << Listing(triples);
  const auto head = Matching(triples, "Ana Tor", "head of", "");
  ASSERT_EQ(head.size(), 1U) << Listing(triples);
  EXPECT_EQ(head[0].object.name, "Agency's statistics unit");
}

TEST(JudgedS38Classes, APersonAfterAnOfficeOfANamedBodyHoldsTheOffice) {
  // "the newly elected chairman of the IG Metall union, Franz Steinkuehler," with the name hung
  // on "chairman": "Franz Steinkuehler -be-> IG Metall union" had been stored.
  const auto triples = Extract(R"(The the DET DT 2 det
chairman chairman NOUN NN 11 nsubj
of of ADP IN 6 case
the the DET DT 6 det
Ostra Ostra PROPN NNP 6 compound
union union NOUN NN 2 nmod
, , PUNCT , 8 punct
Karl Karl PROPN NNP 2 appos B-PERSON
Brenner Brenner PROPN NNP 8 flat I-PERSON
, , PUNCT , 2 punct
resigned resign VERB VBD 0 root
. . PUNCT . 11 punct)");
  const auto chairman = Matching(triples, "Karl Brenner", "chairman of", "");
  ASSERT_EQ(chairman.size(), 1U) << Listing(triples);
  EXPECT_EQ(chairman[0].object.name, "Ostra union");
  EXPECT_TRUE(Matching(triples, "Karl Brenner", "be", "union").empty()) << Listing(triples);
}

TEST(JudgedS38Classes, AnOfficeWithItsOfPhraseRightBeforeANameIsOneTitle) {
  // "chief of staff Howard Baker", "director of public credit Mauricio Cabrera said" with the
  // name hung on the office's noun: "Howard Baker -be-> staff" had been stored.
  const auto triples = Extract(R"(Reagan Reagan PROPN NNP 2 nsubj B-PERSON
met meet VERB VBD 0 root
chief chief NOUN NN 2 obj
of of ADP IN 5 case
staff staff NOUN NN 3 nmod
Lena Lena PROPN NNP 5 appos B-PERSON
Ortiz Ortiz PROPN NNP 6 flat I-PERSON
. . PUNCT . 2 punct)");
  const auto chief = Matching(triples, "Lena Ortiz", "be", "");
  ASSERT_EQ(chief.size(), 1U) << Listing(triples);
  EXPECT_EQ(chief[0].object.name, "chief of staff");
  EXPECT_EQ(Matching(triples, "Reagan", "meet", "Lena Ortiz").size(), 1U) << Listing(triples);
}

TEST(JudgedS38Classes, AParticipleBetweenTwoThingsIsAWordOfOnePhrase) {
  // "the sale of its solids processing equipment business", "debt rescheduling talks" with the
  // participle an acl of the first noun: "solids -processing-> equipment business" and "debt
  // -rescheduling-> talks" were relations, "solids" and "debt" their subjects.
  const auto plant = ExtractAfter(RepairParticiples, R"(Talvo Talvo PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
metals metal NOUN NNS 2 obj
refining refine VERB VBG 4 acl
equipment equipment NOUN NN 7 compound
business business NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(plant, "metals", "refine", "").empty()) << Listing(plant);
  const auto sold = Matching(plant, "Talvo", "sell", "");
  ASSERT_EQ(sold.size(), 1U) << Listing(plant);
  EXPECT_EQ(sold[0].object.name, "metals refining equipment business");
  const auto talks = ExtractAfter(RepairParticiples, R"(Tariff tariff NOUN NN 4 nsubj
cutting cut VERB VBG 1 acl
talks talk NOUN NNS 2 obj
resume resume VERB VBP 0 root
in in ADP IN 6 case
Geneva Geneva PROPN NNP 4 obl B-CITY
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(talks, "Tariff", "cut", "").empty()) << Listing(talks);
  EXPECT_EQ(Matching(talks, "Tariff cutting talks", "resume in", "Geneva").size(), 1U)
      << Listing(talks);
  // A person acted on is a relative's ("concessions covering workers"), and so is a single bare
  // noun after a plural one ("debentures bearing interest").
  const auto workers = ExtractAfter(RepairParticiples, R"(Unions union NOUN NNS 2 nsubj
rejected reject VERB VBD 0 root
concessions concession NOUN NNS 2 obj
covering cover VERB VBG 3 acl
workers worker NOUN NNS 4 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(workers, "concessions", "cover", "workers").size(), 1U) << Listing(workers);
  const auto interest =
      ExtractAfter(RepairParticiples, R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
issued issue VERB VBD 0 root
debentures debenture NOUN NNS 2 obj
bearing bear VERB VBG 3 acl
interest interest NOUN NN 4 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(interest, "debentures", "bear", "interest").size(), 1U) << Listing(interest);
}

TEST(JudgedS38Classes, FiguresThatShowAFactAreItsSource) {
  // "Exports rose five pct in March, official figures show.": the figures are the source, as a
  // speaker is ("according to"), and the rise is reported, not stated by the writer.
  const auto triples = Extract(R"(Imports import NOUN NNS 2 nsubj
fell fall VERB VBD 0 root
three three NUM CD 4 nummod B-PERCENT
pct pct NOUN NN 2 obj I-PERCENT
, , PUNCT , 8 punct
official official ADJ JJ 7 amod
statistics statistic NOUN NNS 8 nsubj
show show VERB VBP 2 parataxis
. . PUNCT . 2 punct)");
  const auto shown = Matching(triples, "official statistics", "say", "");
  ASSERT_EQ(shown.size(), 1U) << Listing(triples);
  EXPECT_EQ(shown[0].relation, "show");
  EXPECT_EQ(shown[0].object.name, "Imports fell three pct");
  const auto fell = Matching(triples, "Imports", "fall", "three pct");
  ASSERT_EQ(fell.size(), 1U) << Listing(triples);
  EXPECT_EQ(fell[0].attributed_to, "official statistics");
  EXPECT_FALSE(fell[0].asserted);
}

TEST(JudgedS38Classes, AReportBeforeACommaAndItsSpeakerIsTheSpeakers) {
  // "Employees of Morton Thiokol Inc have gone to the FBI ..., ABC News reported." with "gone" a
  // clause of "News": no credit at all.
  const auto hung = ExtractAfter(RepairTrailingReports, R"(Workers worker NOUN NNS 3 nsubj
have have AUX VBP 3 aux
gone go VERB VBN 10 acl
to to ADP IN 6 case
the the DET DT 6 det
police police NOUN NN 3 obl
, , PUNCT , 3 punct
Radio Radio PROPN NNP 10 compound B-ORGANIZATION
Orsa Orsa PROPN NNP 10 compound I-ORGANIZATION
News News PROPN NNP 11 nsubj I-ORGANIZATION
reported report VERB VBD 0 root
. . PUNCT . 11 punct)");
  const auto gone = Matching(hung, "Workers", "go to", "police");
  ASSERT_EQ(gone.size(), 1U) << Listing(hung);
  EXPECT_EQ(gone[0].attributed_to, "Radio Orsa News");
  EXPECT_FALSE(gone[0].asserted);
  // "Texaco Inc made a filing ... to enjoin the enforcement of the judgement, an attorney for
  // Pennzoil Co said." with "said" a complement of "enjoin" and "enforcement" its subject.
  const auto taken =
      ExtractAfter(RepairTrailingReports, R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
filed file VERB VBD 0 root
a a DET DT 4 det
motion motion NOUN NN 2 obj
to to PART TO 6 mark
block block VERB VB 2 xcomp
the the DET DT 8 det
ruling ruling NOUN NN 14 nsubj
, , PUNCT , 11 punct
a a DET DT 11 det
lawyer lawyer NOUN NN 8 appos
for for ADP IN 13 case
Orvik Orvik PROPN NNP 11 nmod B-ORGANIZATION
said say VERB VBD 6 ccomp
. . PUNCT . 2 punct)");
  const auto filed = Matching(taken, "Velora", "file", "motion");
  ASSERT_EQ(filed.size(), 1U) << Listing(taken);
  EXPECT_EQ(filed[0].attributed_to, "lawyer for Orvik");
  EXPECT_EQ(Matching(taken, "Velora", "block", "ruling").size(), 1U) << Listing(taken);
  // A name before the comma with its description after it is the speaker ("George Hoffman,
  // director of commodity analysis for Pillsbury said"), not the description.
  const auto named = ExtractAfter(RepairTrailingReports, R"(Stocks stock NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
, , PUNCT , 4 punct
Ana Ana PROPN NNP 10 nsubj B-PERSON
Tor Tor PROPN NNP 4 flat I-PERSON
, , PUNCT , 7 punct
head head NOUN NN 4 appos
of of ADP IN 9 case
research research NOUN NN 7 nmod
said say VERB VBD 2 conj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(named, "head of research", "say", "").empty()) << Listing(named);
}

TEST(JudgedS38Classes, ASpeakerPhraseTheParseBrokeIsOneSpeaker) {
  // "Some 150 employees work at the plant, a spokesman for the Michigan attorney general said."
  // with "spokesman" an apposition of "plant", "general" the subject of "said" and "for" its
  // marker: no statement at all.
  const auto broken = ExtractAfter(RepairTrailingReports, R"(Some some DET DT 3 det
90 90 NUM CD 3 nummod
workers worker NOUN NNS 4 nsubj
work work VERB VBP 0 root
at at ADP IN 7 case
the the DET DT 7 det
mill mill NOUN NN 4 obl
, , PUNCT , 10 punct
a a DET DT 10 det
spokesman spokesman NOUN NN 7 appos
for for ADP IN 15 mark
the the DET DT 14 det
Ohio Ohio PROPN NNP 14 compound B-LOCATION
governor governor NOUN NN 15 nsubj
said say VERB VBD 10 advcl
. . PUNCT . 4 punct)");
  const auto said = Matching(broken, "spokesman", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(broken);
  EXPECT_NE(said[0].subject.name.find("Ohio governor"), std::string::npos);
  const auto work = Matching(broken, "workers", "work at", "mill");
  ASSERT_EQ(work.size(), 1U) << Listing(broken);
  EXPECT_EQ(work[0].attributed_to, said[0].subject.name);
}

TEST(JudgedS38Classes, TheExtentOfAChangeIsTheVerbsNotTheThings) {
  // "may boost its offer by several dlrs", "increased lending by 42.1 pct" with the extent hung
  // on the object: the nodes "offer by several dlrs" and "lending by 42.1 pct" were judged padded.
  const auto raised =
      ExtractAfter(RepairAmountChanges, R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
raised raise VERB VBD 0 root
lending lending NOUN NN 2 obj
by by ADP IN 6 case
12 12 NUM CD 6 nummod B-PERCENT
pct pct NOUN NN 3 nmod I-PERCENT
. . PUNCT . 2 punct)");
  const auto lending = Matching(raised, "Velora", "raise", "");
  ASSERT_EQ(lending.size(), 1U) << Listing(raised);
  EXPECT_EQ(lending[0].object.name, "lending");
  EXPECT_EQ(Matching(raised, "Velora", "raise by", "12 pct").size(), 1U) << Listing(raised);
  // After a verb of moving, an oblique's "by" amount is the move's ("depreciated against the
  // dollar by 62 pct").
  const auto fell = ExtractAfter(RepairAmountChanges, R"(The the DET DT 2 det
peso peso NOUN NN 3 nsubj
fell fall VERB VBD 0 root
against against ADP IN 6 case
the the DET DT 6 det
dollar dollar NOUN NN 3 obl
by by ADP IN 9 case
nine nine NUM CD 9 nummod B-PERCENT
pct pct NOUN NN 6 nmod I-PERCENT
. . PUNCT . 3 punct)");
  const auto against = Matching(fell, "peso", "fall against", "");
  ASSERT_EQ(against.size(), 1U) << Listing(fell);
  EXPECT_EQ(against[0].object.name, "dollar");
}

TEST(JudgedS38Classes, AnIdiomsNounWithAPronounOwnerIsNoThing) {
  // "might find their way onto the market", "made a difference": the nodes "way" and
  // "difference" were judged junk; "could narrow their differences" names them.
  const nlp::AnalyzedSentence sentence = testing::Sentence(R"(Shares share NOUN NNS 2 nsubj
found find VERB VBD 0 root
their their PRON PRP$ 4 nmod:poss
way way NOUN NN 2 obj
and and CCONJ CC 6 cc
made make VERB VBD 2 conj
a a DET DT 8 det
difference difference NOUN NN 6 obj
and and CCONJ CC 10 cc
narrowed narrow VERB VBD 2 conj
differences difference NOUN NNS 10 obj
. . PUNCT . 2 punct)");
  const nlp::DepTree tree(sentence);
  EXPECT_TRUE(IsVagueNode(tree, 3));
  EXPECT_TRUE(IsVagueNode(tree, 7));
  ASSERT_TRUE(MakeArgument(tree, 10, ArgumentContext{}).has_value());
  EXPECT_FALSE(IsVagueNode(tree, 10));
}

TEST(JudgedS38Classes, AWordOfANameTheTaggerReadAsAVerbIsNoRelation) {
  // "Lyng told the National Grain and Feed Association convention" with "Feed" a verb: "Lyng
  // -Feed-> Association convention" had been stored; "Holiday Corp said" gave "-Holiday said->".
  const auto fed = Extract(R"(Lyng Lyng PROPN NNP 2 nsubj B-PERSON
told tell VERB VBD 0 root
the the DET DT 4 det
Grain Grain PROPN NNP 2 obj B-ORGANIZATION
and and CCONJ CC 6 cc I-ORGANIZATION
Feed feed VERB VB 2 conj I-ORGANIZATION
Association Association PROPN NNP 8 compound I-ORGANIZATION
convention convention NOUN NN 6 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(fed, "", "feed", "").empty()) << Listing(fed);
  const auto said = Extract(R"(Holiday holiday VERB VB 3 aux B-ORGANIZATION
Corp Corp PROPN NNP 3 nsubj I-ORGANIZATION
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
grew grow VERB VBD 3 ccomp
. . PUNCT . 3 punct)");
  for (const auto& t : said)
    EXPECT_EQ(t.relation.find("Holiday"), std::string::npos) << Listing(said);
}

TEST(JudgedS38Classes, AnInfinitiveOfANounThatTakesOneIsTheNounsAfterWant) {
  // "The Commission wants powers to cut guaranteed prices" with "cut" an xcomp of "wants": the
  // powers were to cut the prices ("powers -should cut-> guaranteed prices" judged wrong).
  const auto powers = ExtractAfter(RepairRaisedObjects, R"(The the DET DT 2 det
Council Council PROPN NNP 3 nsubj B-ORGANIZATION
wants want VERB VBZ 0 root
powers power NOUN NNS 3 obj
to to PART TO 6 mark
raise raise VERB VB 3 xcomp
levies levy NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(powers, "powers", "", "").empty()) << Listing(powers);
  const auto wants = Matching(powers, "Council", "want", "");
  ASSERT_EQ(wants.size(), 1U) << Listing(powers);
  EXPECT_EQ(wants[0].object.name, "powers to raise levies");
}

TEST(JudgedS38Classes, CoordinatedRolesShareTheLastOnesOwner) {
  // "A. William Reynolds, chairman and chief executive officer of GenCorp Inc," with the owner
  // hung on the second role: "be chairman" had lost the firm.
  const auto triples = Extract(R"(Mary Mary PROPN NNP 10 nsubj B-PERSON
Jones Jones PROPN NNP 1 flat I-PERSON
, , PUNCT , 4 punct
president president NOUN NN 1 appos
and and CCONJ CC 7 cc
chief chief ADJ JJ 7 amod
officer officer NOUN NN 4 conj
of of ADP IN 9 case
Velora Velora PROPN NNP 7 nmod B-ORGANIZATION
resigned resign VERB VBD 0 root
. . PUNCT . 10 punct)");
  const auto role = Matching(triples, "Mary Jones", "president and chief officer of", "Velora");
  EXPECT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Mary Jones", "be", "president").empty()) << Listing(triples);
}

TEST(JudgedS38Classes, ARangeSplitBetweenTheVerbAndItsObjectIsTheObjects) {
  // "expected to total between 10 and 10.2 mln tonnes" with "10" an oblique of the verb: the
  // node was "mln tonnes", judged junk.
  const auto triples = ExtractAfter(RepairAmountChanges, R"(Output output NOUN NN 2 nsubj
reached reach VERB VBD 0 root
between between ADP IN 4 case
six six NUM CD 2 obl
and and CCONJ CC 6 cc
6.5 6.5 NUM CD 4 conj B-QUANTITY
mln mln NUM CD 8 compound I-QUANTITY
tonnes tonne NOUN NNS 2 obj I-QUANTITY
. . PUNCT . 2 punct)");
  const auto reached = Matching(triples, "Output", "reach", "");
  ASSERT_EQ(reached.size(), 1U) << Listing(triples);
  EXPECT_EQ(reached[0].object.name, "between six and 6.5 mln tonnes");
}

TEST(JudgedS38Classes, NamesFewerThanTheNounCountsAreTheListsNextMembers) {
  // "owed by the four Atlantic provinces, Quebec and Saskatchewan" with "Quebec" an apposition of
  // "provinces": "Quebec -be-> Atlantic provinces" was judged wrong.
  const auto triples = Extract(R"(Ottawa Ottawa PROPN NNP 2 nsubj B-CITY
forgave forgive VERB VBD 0 root
debts debt NOUN NNS 2 obj
of of ADP IN 8 case
the the DET DT 8 det
three three NUM CD 8 nummod
Atlantic Atlantic ADJ JJ 8 amod
provinces province NOUN NNS 3 nmod
, , PUNCT , 10 punct
Quebec Quebec PROPN NNP 8 appos B-LOCATION
and and CCONJ CC 12 cc
Manitoba Manitoba PROPN NNP 10 conj B-LOCATION
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Quebec", "be", "provinces").empty()) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Manitoba", "be", "provinces").empty()) << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
