// Kinds of wrong or cut triples found in session 52 (three held-out sheets of the code session 51
// left, and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis
// of a sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/misread_plural_nouns.h"
#include "extract/clauses/name_relatives.h"
#include "extract/clauses/named_trailing_speakers.h"
#include "extract/clauses/trailing_reports.h"
#include "extract/clauses/value_phrases.h"
#include "nlp/lexicon.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS52Classes, AnUntaggedFirmNameKeepsItsDeeperCapitalisedWords) {
  // "The Broken Hill Pty Co Ltd said" had been "Hill Pty Co Ltd" ("Broken" an adjective on
  // "Hill", which hangs on "Pty"), and "The De La Rue Co. Plc" had been "De Rue Co. Plc" ("La"
  // flat after "De").
  const auto deep = Extract(R"(The the DET DT 6 det
Cracked cracked ADJ NNP 3 amod
Ridge Ridge PROPN NNP 4 compound
Pty Pty PROPN NNP 6 compound
Co Co PROPN NNP 6 compound
Ltd Ltd PROPN NNP 7 nsubj
sold sell VERB VBD 0 root
the the DET DT 9 det
mine mine NOUN NN 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(deep, "Cracked Ridge Pty Co Ltd", "sell", "mine").size(), 1U) << Listing(deep);
  const auto flat = Extract(R"(The the DET DT 6 det
Da Da PROPN NNP 4 compound
La La PROPN NNP 2 flat
Vega Vega PROPN NNP 6 compound
Co. Co. PROPN NNP 6 compound
Plc Plc PROPN NNP 7 nsubj
sold sell VERB VBD 0 root
the the DET DT 9 det
mine mine NOUN NN 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(flat, "Da La Vega Co. Plc", "sell", "mine").size(), 1U) << Listing(flat);
}

TEST(JudgedS52Classes, AnAmountWithItsScaleReadAsACoordinatorIsOneValue) {
  // "Encor earlier reported a 1986 net loss of 406.6 mln dlrs" parsed with "mln" (tagged X) the
  // cc of "dlrs" and "dlrs" a conjunct of "loss" had given "loss of 406.6" and "406.6 dlrs"
  // (both judged junk).
  const auto triples = ExtractAfter(RepairValuePhrases, R"(Tarvo Tarvo PROPN NNP 2 nsubj B-ORG
reported report VERB VBD 0 root
a a DET DT 5 det
net net NOUN NN 5 compound
loss loss NOUN NN 2 obj
of of ADP IN 7 case
81.5 81.5 NUM CD 5 nmod B-MONEY
mln mln X FW 9 cc I-MONEY
dlrs dlr NOUN NNS 5 conj I-MONEY
. . PUNCT . 2 punct)");
  const auto loss = Matching(triples, "Tarvo", "", "81.5 mln dlrs");
  ASSERT_EQ(loss.size(), 1U) << Listing(triples);
  EXPECT_EQ(loss[0].value, "81500000 USD");
  EXPECT_TRUE(Matching(triples, "", "", "81.5 dlrs").empty()) << Listing(triples);
}

TEST(JudgedS52Classes, ANameBeforeItsTitleAndTheVerbOfSayingIsTheSpeaker) {
  // "\"We have the capacity,\" Rastam Hadi, Petronas's Vice-President for Upstream Sector said."
  // had the node "Vice-President" speak (judged junk): the name hung on the quotation's verb, the
  // title the subject of "said".
  const auto titled = ExtractAfter(RepairNamedTrailingSpeakers, R"(" " PUNCT `` 3 punct
Output output NOUN NN 3 nsubj
rose rise VERB VBD 14 ccomp
, , PUNCT , 3 punct
" " PUNCT '' 7 punct
Dara Dara PROPN NNP 7 compound B-PERSON
Vell Vell PROPN NNP 3 dep I-PERSON
, , PUNCT , 11 punct
Korvan Korvan PROPN NNP 11 nmod:poss B-ORGANIZATION
's 's PART POS 9 case
Vice-President Vice-President PROPN NNP 14 nsubj
for for ADP IN 13 case
Exploration Exploration PROPN NNP 11 nmod
said say VERB VBD 0 root
. . PUNCT . 14 punct)");
  const auto said = Matching(titled, "", "say", "Output rose");
  ASSERT_EQ(said.size(), 1U) << Listing(titled);
  EXPECT_EQ(said[0].subject.name, "Dara Vell");
  // "Exports will rise, Gilberto Arango, president of the exporters' association said." with
  // the name a parataxis of "rise" and "said" without a subject: no statement had been made.
  const auto bare = ExtractAfter(RepairNamedTrailingSpeakers, R"(Exports export NOUN NNS 3 nsubj
will will AUX MD 3 aux
rise rise VERB VB 12 ccomp
, , PUNCT , 5 punct
Dara Dara PROPN NNP 3 parataxis B-PERSON
Vell Vell PROPN NNP 5 flat I-PERSON
, , PUNCT , 8 punct
president president NOUN NN 5 appos
of of ADP IN 11 case
the the DET DT 11 det
association association NOUN NN 8 nmod
said say VERB VBD 0 root
. . PUNCT . 12 punct)");
  const auto stated = Matching(bare, "Dara Vell", "say", "Exports will rise");
  EXPECT_EQ(stated.size(), 1U) << Listing(bare);
}

TEST(JudgedS52Classes, ATitleAfterTheSpeakersNameStaysItsApposition) {
  // "\"...,\" Red Cavaney, American Paper Institute president said." was parsed right, the name
  // (tagged a people) the subject and the title its apposition, and the repair of trailing
  // reports made the title the speaker.
  const auto triples = ExtractAfter(RepairTrailingReports, R"(" " PUNCT `` 3 punct
Demand demand NOUN NN 3 nsubj
grew grow VERB VBD 13 ccomp
, , PUNCT , 3 punct
" " PUNCT '' 7 punct
Red Red ADJ NNP 7 amod B-NORP
Tolvan Tolvan PROPN NNP 13 nsubj I-NORP
, , PUNCT , 12 punct
American American ADJ JJ 11 amod B-ORGANIZATION
Paper Paper PROPN NNP 11 compound I-ORGANIZATION
Institute Institute PROPN NNP 12 compound I-ORGANIZATION
president president NOUN NN 7 appos
said say VERB VBD 0 root
. . PUNCT . 13 punct)");
  const auto said = Matching(triples, "", "say", "Demand grew");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Red Tolvan");
}

TEST(JudgedS52Classes, APluralOrModifiedNounIsNoIdiomOfItsVerb) {
  // "The company also took extraordinary charges of 230.4 mln dlrs" read as the idiom "take
  // charge of": the relation had been "took extraordinary charges of charges of" (judged partly
  // twice, sheet 1333).
  const auto charges = Extract(R"(Tarvo Tarvo PROPN NNP 2 nsubj B-ORG
took take VERB VBD 0 root
extraordinary extraordinary ADJ JJ 4 amod
charges charge NOUN NNS 2 obj
of of ADP IN 8 case
30 30 NUM CD 8 nummod
mln mln NUM CD 8 compound
dlrs dlr NOUN NNS 4 nmod B-MONEY
. . PUNCT . 2 punct)");
  const auto took = Matching(charges, "Tarvo", "", "30 mln dlrs");
  ASSERT_EQ(took.size(), 1U) << Listing(charges);
  EXPECT_EQ(took[0].relation, "took extraordinary charges of");
  // The bare idiom stays one: "took charge of the mill".
  const auto idiom = Extract(R"(Tarvo Tarvo PROPN NNP 2 nsubj B-ORG
took take VERB VBD 0 root
charge charge NOUN NN 2 obj
of of ADP IN 6 case
the the DET DT 6 det
mill mill NOUN NN 3 nmod
. . PUNCT . 2 punct)");
  const auto control = Matching(idiom, "Tarvo", "", "mill");
  ASSERT_EQ(control.size(), 1U) << Listing(idiom);
  EXPECT_EQ(control[0].relation, "took charge of");
}

TEST(JudgedS52Classes, WhichStandsForNoPersonAndWhoForNoFirm) {
  // "the four-day visit of West German President Richard Von Weizsaecker, which starts on
  // Friday" had the president start on Friday (judged wrong, sheet 1329).
  const auto visit = ExtractAfter(RepairNameRelatives, R"(Talks talk NOUN NNS 2 nsubj
ended end VERB VBD 0 root
before before ADP IN 5 case
the the DET DT 5 det
visit visit NOUN NN 2 obl
of of ADP IN 8 case
Dara Dara PROPN NNP 8 compound B-PERSON
Vell Vell PROPN NNP 5 nmod I-PERSON
, , PUNCT , 11 punct
which which PRON WDT 11 nsubj
starts start VERB VBZ 8 acl:relcl
on on ADP IN 13 case
Friday Friday PROPN NNP 11 obl B-DATE
. . PUNCT . 2 punct)");
  const auto starts = Matching(visit, "", "start on", "Friday");
  ASSERT_EQ(starts.size(), 1U) << Listing(visit);
  EXPECT_EQ(starts[0].subject.name, "visit of Dara Vell");
  // "said Ward McCarthy of Merrill Lynch and Co Inc, who expects a bill purchase" had the firm
  // expect the purchase (judged wrong, sheet 1321).
  const auto firm = ExtractAfter(RepairNameRelatives, R"(Dara Dara PROPN NNP 2 compound B-PERSON
Vell Vell PROPN NNP 10 nsubj I-PERSON
of of ADP IN 4 case
Korvan Korvan PROPN NNP 2 nmod B-ORGANIZATION
Inc Inc PROPN NNP 4 flat I-ORGANIZATION
, , PUNCT , 8 punct
who who PRON WP 8 nsubj
expects expect VERB VBZ 4 acl:relcl
cuts cut NOUN NNS 8 obj
spoke speak VERB VBD 0 root
. . PUNCT . 10 punct)");
  EXPECT_EQ(Matching(firm, "Dara Vell", "expect", "cuts").size(), 1U) << Listing(firm);
  EXPECT_TRUE(Matching(firm, "Korvan Inc", "expect", "").empty()) << Listing(firm);
}

TEST(JudgedS52Classes, APersonsNameEndsAtAComma) {
  // "Kenneth May, President of Holly Farms Poultry Industries ..., told a House Agriculture
  // subcommittee" tagged one person up to "Farms": the node had been "Kenneth May, President"
  // (judged junk, sheet 1337).
  const auto told = ExtractAfter(testing::RepairSpans, R"(Dara Dara PROPN NNP 8 nsubj B-PERSON
Vell Vell PROPN NNP 1 flat I-PERSON
, , PUNCT , 4 punct I-PERSON
President President PROPN NNP 1 appos I-PERSON
of of ADP IN 6 case
Korvan Korvan PROPN NNP 4 nmod B-ORGANIZATION
, , PUNCT , 1 punct
told tell VERB VBD 0 root
reporters reporter NOUN NNS 8 obj
. . PUNCT . 8 punct)");
  const auto reporters = Matching(told, "", "tell", "reporters");
  ASSERT_EQ(reporters.size(), 1U) << Listing(told);
  EXPECT_EQ(reporters[0].subject.name, "Dara Vell");
}

TEST(JudgedS52Classes, WhatFiguresShowInsideAReportIsTheReportersReading) {
  // "He said today's late recovery from afternoon lows showed that investors were hunting
  // bargains" credited the bargain hunting to "today's late recovery" (judged partly, sheet
  // 1339).
  const auto shown = Extract(R"(Tarvo Tarvo PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
the the DET DT 4 det
figures figure NOUN NNS 5 nsubj
showed show VERB VBD 2 ccomp
that that SCONJ IN 8 mark
firms firm NOUN NNS 8 nsubj
cut cut VERB VBD 5 ccomp
jobs job NOUN NNS 8 obj
. . PUNCT . 2 punct)");
  const auto cut = Matching(shown, "firms", "cut", "jobs");
  ASSERT_EQ(cut.size(), 1U) << Listing(shown);
  EXPECT_EQ(cut[0].attributed_to, "Tarvo");
  EXPECT_FALSE(cut[0].asserted);
}

TEST(JudgedS52Classes, TwoDaysOfOneMonthAreOneDate) {
  // "EC foreign ministers will meet on May 25 and 26" had the meeting on May 25 (judged cut,
  // sheet 1333).
  const auto meet = ExtractAfter(testing::RepairSpans, R"(Ministers minister NOUN NNS 3 nsubj
will will AUX MD 3 aux
meet meet VERB VB 0 root
on on ADP IN 6 case
May May PROPN NNP 6 nmod:unmarked B-DATE
25 25 NUM CD 3 obl I-DATE
and and CCONJ CC 8 cc
26 26 NUM CD 6 conj
. . PUNCT . 3 punct)");
  const auto on = Matching(meet, "Ministers", "meet on", "");
  ASSERT_EQ(on.size(), 1U) << Listing(meet);
  EXPECT_EQ(on[0].object.name, "May 25 and 26");
}

void RepairPluralNouns(std::vector<nlp::AnalyzedSentence>& sentences) {
  RepairMisreadPluralNouns(sentences, *nlp::Lexicon::Open());
}

TEST(JudgedS52Classes, APluralNounTaggedAVerbWithoutASubjectIsTheNoun) {
  // "called on U.S. stock exchanges to beef up their supervision" tagged with "exchanges" a verb
  // hung on "called": the object was "U.S. stock" (judged cut; the node judged junk, sheet 1339).
  const auto called = ExtractAfter(RepairPluralNouns, R"(Talvik Talvik PROPN NNP 2 nsubj B-ORG
called call VERB VBD 0 root
on on ADP IN 5 case
steel steel NOUN NN 5 compound
mill mill NOUN NN 2 obl
exchanges exchange VERB VBZ 2 advcl
to to PART TO 8 mark
cut cut VERB VB 6 xcomp
prices price NOUN NNS 8 obj
. . PUNCT . 2 punct)");
  const auto on = Matching(called, "Talvik", "call on", "");
  ASSERT_EQ(on.size(), 1U) << Listing(called);
  EXPECT_EQ(on[0].object.name, "steel mill exchanges");
  // A verb with an object of its own stays a verb ("lending rates to 10 pct signals the Bank").
  const auto signals = ExtractAfter(RepairPluralNouns, R"(Talvik Talvik PROPN NNP 2 nsubj B-ORG
raised raise VERB VBD 0 root
rates rate NOUN NNS 2 obj
, , PUNCT , 6 punct
trade trade NOUN NN 2 obj
signals signal VERB VBZ 2 parataxis
change change NOUN NN 6 obj
. . PUNCT . 2 punct)");
  for (const auto& t : signals) EXPECT_EQ(t.object.name.find("signals"), std::string::npos);
  // An auxiliary tagged a main verb stays one ("the banking law has limited lending" had made
  // the node "banking law has": WordNet knows "has" as the plural of "ha").
  const auto has = ExtractAfter(RepairPluralNouns, R"(The the DET DT 3 det
banking banking NOUN NN 3 compound
law law NOUN NN 5 nsubj
has have VERB VBZ 5 dep
limited limit VERB VBN 0 root
lending lending NOUN NN 5 obj
. . PUNCT . 5 punct)");
  const auto limited = Matching(has, "", "limit", "lending");
  ASSERT_EQ(limited.size(), 1U) << Listing(has);
  EXPECT_EQ(limited[0].subject.name, "banking law");
}

TEST(JudgedS52Classes, AClauseSetAsideByInsteadOfOrRatherThanDoesNotHappen) {
  // "... can be in mixed currencies, instead of having to borrow and lend in the same currency"
  // gave "operations -lend in-> same currency" as a fact (judged wrong, sheet 1337).
  const auto instead = Extract(R"(Instead instead ADV RB 3 mark
of of ADP IN 1 fixed
selling sell VERB VBG 8 advcl
shares share NOUN NNS 3 obj
, , PUNCT , 3 punct
the the DET DT 7 det
firm firm NOUN NN 8 nsubj
borrowed borrow VERB VBD 0 root
cash cash NOUN NN 8 obj
. . PUNCT . 8 punct)");
  const auto sold = Matching(instead, "firm", "sell", "shares");
  ASSERT_EQ(sold.size(), 1U) << Listing(instead);
  EXPECT_TRUE(sold[0].negated);
  const auto borrowed = Matching(instead, "firm", "borrow", "cash");
  ASSERT_EQ(borrowed.size(), 1U) << Listing(instead);
  EXPECT_FALSE(borrowed[0].negated);
  const auto rather = Extract(R"(Banks bank NOUN NNS 3 nsubj
will will AUX MD 3 aux
cut cut VERB VB 0 root
rates rate NOUN NNS 3 obj
rather rather ADV RB 7 cc
than than ADP IN 5 fixed
raise raise VERB VB 3 conj
fees fee NOUN NNS 7 obj
. . PUNCT . 3 punct)");
  const auto raised = Matching(rather, "Banks", "raise", "fees");
  ASSERT_EQ(raised.size(), 1U) << Listing(rather);
  EXPECT_TRUE(raised[0].negated);
}

TEST(JudgedS52Classes, AMeansGerundReadsInTheBaseFormAndAPassivesMeansIsNotItsSubjects) {
  // "Cereals farmers would have to achieve their output cuts by reducing acreage" read "would
  // reducing" (28 such relations in the 1,000 stories).
  const auto farmers = Extract(R"(Farmers farmer NOUN NNS 3 nsubj
would would AUX MD 3 aux
cut cut VERB VB 0 root
output output NOUN NN 3 obj
by by SCONJ IN 6 mark
reducing reduce VERB VBG 3 advcl
acreage acreage NOUN NN 6 obj
. . PUNCT . 3 punct)");
  const auto reduced = Matching(farmers, "Farmers", "reduce", "acreage");
  ASSERT_EQ(reduced.size(), 1U) << Listing(farmers);
  EXPECT_EQ(reduced[0].relation, "reduce");
  EXPECT_EQ(reduced[0].modality, "would");
  // "spending could be cut by avoiding decisions" had the spending avoid them (judged wrong).
  const auto spending = Extract(R"(Spending spending NOUN NN 4 nsubj:pass
could could AUX MD 4 aux
be be AUX VB 4 aux:pass
cut cut VERB VBN 0 root
by by SCONJ IN 6 mark
avoiding avoid VERB VBG 4 advcl
waste waste NOUN NN 6 obj
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(spending, "", "avoid", "waste").empty()) << Listing(spending);
}

TEST(JudgedS52Classes, AGerundOpeningTheClosingSpeakersPhraseIsTheirModifier) {
  // "..., banking economists and money market dealers said." with "banking" tagged a verb and
  // "economists" its object had no speaker but a clause, "Bundesbank's central bank council
  // meets for its last session" (judged wrong, sheet 1343).
  const auto rows = ExtractAfter(RepairTrailingReports, R"(Rates rate NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
, , PUNCT , 4 punct
banking bank VERB VBG 2 advcl
economists economist NOUN NNS 4 obj
and and CCONJ CC 8 cc
market market NOUN NN 8 compound
dealers dealer NOUN NNS 5 conj
said say VERB VBD 2 xcomp
. . PUNCT . 2 punct)");
  const auto said = Matching(rows, "", "say", "Rates rose");
  ASSERT_FALSE(said.empty()) << Listing(rows);
  EXPECT_EQ(said[0].subject.name, "banking economists");
}

TEST(JudgedS52Classes, AFirmsWordsBeforeATitleInAPersonsSpanAreTheFirm) {
  // "American Soybean Association President Dave Haggard said" with "Association President Dave
  // Haggard" tagged one person: the node "Association President" had been judged junk (sheet
  // 1347).
  const auto said = ExtractAfter(testing::RepairSpans, R"(Talvik Talvik PROPN NNP 3 compound
Growers Growers PROPN NNP 3 compound
Association Association PROPN NNP 4 compound B-PERSON
President President PROPN NNP 6 compound I-PERSON
Dara Dara PROPN NNP 6 compound I-PERSON
Vell Vell PROPN NNP 7 nsubj I-PERSON
sold sell VERB VBD 0 root
shares share NOUN NNS 7 obj
. . PUNCT . 7 punct)");
  const auto sold = Matching(said, "", "sell", "shares");
  ASSERT_EQ(sold.size(), 1U) << Listing(said);
  EXPECT_EQ(sold[0].subject.name.find("Association"), std::string::npos) << Listing(said);
  EXPECT_NE(sold[0].subject.name.find("Dara Vell"), std::string::npos) << Listing(said);
  EXPECT_EQ(Matching(said, "Dara Vell", "", "Talvik Growers Association").size(), 1U)
      << Listing(said);
  // A people's adjective opening the sentence is the firm's ("European Community Commission
  // President Jacques Delors" had become "European President of Community Commission").
  const auto european = ExtractAfter(testing::RepairSpans, R"(European European ADJ JJ 2 amod
Growers Growers PROPN NNP 3 compound
Association Association PROPN NNP 4 compound B-PERSON
President President PROPN NNP 6 compound I-PERSON
Dara Dara PROPN NNP 6 compound I-PERSON
Vell Vell PROPN NNP 7 nsubj I-PERSON
sold sell VERB VBD 0 root
shares share NOUN NNS 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(european, "Dara Vell", "", "European Growers Association").size(), 1U)
      << Listing(european);
}

}  // namespace
}  // namespace kg::extract
