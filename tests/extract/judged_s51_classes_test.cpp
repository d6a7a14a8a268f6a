// Kinds of wrong or cut triples found in session 51 (three held-out sheets of the code session 50
// left, and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis
// of a sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/addressed_reports.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(JudgedS51Classes, ACausativeVerbsObjectIsWhoDoesTheInfinitive) {
  // "changing market conditions had led Intel to reassess its marketing policy" had been "-led->
  // Intel" (judged cut, sheet 1309); "will not let Japan dominate the market" had made the
  // United States the one to dominate.
  const auto led = Extract(R"(Falling falling VERB VBG 2 amod
prices price NOUN NNS 4 nsubj
had have AUX VBD 4 aux
led lead VERB VBN 0 root
Halden Halden PROPN NNP 4 obj B-ORG
to to PART TO 7 mark
close close VERB VB 4 xcomp
its its PRON PRP$ 9 nmod:poss
mill mill NOUN NN 7 obj
. . PUNCT . 4 punct)");
  const auto closed = Matching(led, "Halden", "close", "mill");
  ASSERT_EQ(closed.size(), 1U) << Listing(led);
  EXPECT_EQ(closed[0].relation, "had been led to close");
  EXPECT_TRUE(Matching(led, "prices", "", "").empty()) << Listing(led);
  const auto let = Extract(R"(Oslo Oslo PROPN NNP 4 nsubj B-CITY
will will AUX MD 4 aux
not not PART RB 4 advmod
let let VERB VB 0 root
Torvik Torvik PROPN NNP 4 obj B-ORG
run run VERB VB 4 xcomp
the the DET DT 8 det
port port NOUN NN 6 obj
. . PUNCT . 4 punct)");
  const auto run = Matching(let, "", "run", "port");
  ASSERT_EQ(run.size(), 1U) << Listing(let);
  EXPECT_EQ(run[0].subject.name, "Torvik");
  EXPECT_EQ(run[0].relation, "will not be allowed to run");
  EXPECT_TRUE(run[0].negated);
  // "would cause inflation and lead to trade friction" parsed with "lead" a noun and "trade" the
  // xcomp: a causative's coordinated object is no doer (the re-run of the judged triples lost
  // "rise -would cause-> inflation" to "inflation -would be caused to trade-> friction").
  const auto caused = Extract(R"(Rates rate NOUN NNS 3 nsubj
would would AUX MD 3 aux
cause cause VERB VB 0 root
inflation inflation NOUN NN 3 obj
and and CCONJ CC 6 cc
lead lead NOUN NN 4 conj
to to PART TO 8 mark
trade trade VERB VB 3 xcomp
friction friction NOUN NN 8 obj
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(caused, "Rates", "cause", "inflation").size(), 1U) << Listing(caused);
  EXPECT_TRUE(Matching(caused, "inflation", "", "").empty()) << Listing(caused);
  // "let X go" is the idiom of dismissing X: done to X.
  const auto go = Extract(R"(Torvik Torvik PROPN NNP 2 nsubj B-ORG
let let VERB VBD 0 root
200 200 NUM CD 4 nummod
workers worker NOUN NNS 2 obj
go go VERB VB 2 xcomp
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(go, "Torvik", "let", "workers").size(), 1U) << Listing(go);
}

TEST(JudgedS51Classes, WhoAPassiveVerbOfBeliefNamesIsTheSpeaker) {
  // "Trump is believed by market sources to have a sizeable position in UAL" had been "market
  // sources -believe-> Trump" (judged wrong, sheet 1303) and the position uncredited.
  const auto triples = Extract(R"(Halden Halden PROPN NNP 3 nsubj:pass B-ORG
is be AUX VBZ 3 aux:pass
believed believe VERB VBN 0 root
by by ADP IN 6 case
port port NOUN NN 6 compound
officials official NOUN NNS 3 obl:agent
to to PART TO 8 mark
hold hold VERB VB 3 xcomp
a a DET DT 10 det
stake stake NOUN NN 8 obj
in in ADP IN 12 case
Torvik Torvik PROPN NNP 10 nmod B-ORG
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "officials", "", "Halden").empty()) << Listing(triples);
  const auto held = Matching(triples, "Halden", "", "Torvik");
  ASSERT_FALSE(held.empty()) << Listing(triples);
  for (const auto& t : held) {
    EXPECT_EQ(t.attributed_to, "port officials");
    EXPECT_FALSE(t.asserted);
  }
}

TEST(JudgedS51Classes, NoChangeComparedAgainstIsAThingCompared) {
  // "These figures compared with a January decline ... and no change in nondurables orders" had
  // been "figures -NOT compared with-> change" (judged wrong, sheet 1309).
  const auto triples = Extract(R"(Exports export NOUN NNS 2 nsubj
compared compare VERB VBD 0 root
with with ADP IN 5 case
a a DET DT 5 det
rise rise NOUN NN 2 obl
in in ADP IN 7 case
March March PROPN NNP 5 nmod
and and CCONJ CC 10 cc
no no DET DT 10 det
change change NOUN NN 5 conj
in in ADP IN 12 case
imports import NOUN NNS 10 nmod
. . PUNCT . 2 punct)");
  const auto compared = Matching(triples, "Exports", "", "change");
  ASSERT_EQ(compared.size(), 1U) << Listing(triples);
  EXPECT_FALSE(compared[0].negated) << Listing(triples);
  EXPECT_EQ(compared[0].object.name, "no change in imports");
  // A plain object keeps its negation: "reported no change" is no report of a change.
  const auto reported = Extract(R"(Halden Halden PROPN NNP 2 nsubj B-ORG
reported report VERB VBD 0 root
no no DET DT 4 det
change change NOUN NN 2 obj
. . PUNCT . 2 punct)");
  const auto none = Matching(reported, "Halden", "", "change");
  ASSERT_EQ(none.size(), 1U) << Listing(reported);
  EXPECT_TRUE(none[0].negated);
}

TEST(JudgedS51Classes, ADescriptionAfterALaterNameIsThatNamesOwn) {
  // "Golden Nugget Inc, or Tracinda Corp, a company controlled by investor Kirk Kerkorian" and
  // "VBI Corp, ..., and Erik Martin Vik, a Norwegian investor" with the description hung on the
  // list's first name had "Golden Nugget Inc -be-> company" (judged wrong, sheets 1213, 889).
  const auto triples = Extract(R"(The the DET DT 2 det
buyers buyer NOUN NNS 5 nsubj
are be AUX VBP 5 cop
Halden Halden PROPN NNP 5 compound B-ORG
Corp Corp PROPN NNP 0 root I-ORG
, , PUNCT , 9 punct
a a DET DT 9 det
shipping shipping NOUN NN 9 compound
firm firm NOUN NN 5 appos
, , PUNCT , 13 punct
and and CCONJ CC 13 cc
Torvik Torvik PROPN NNP 13 compound B-ORG
Ltd Ltd PROPN NNP 5 conj I-ORG
, , PUNCT , 17 punct
a a DET DT 17 det
Norwegian Norwegian ADJ JJ 17 amod
bank bank NOUN NN 5 appos
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(triples, "Halden", "be", "bank").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Torvik", "be", "bank").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Halden", "be", "shipping firm").size(), 1U) << Listing(triples);
}

TEST(JudgedS51Classes, AComplexPrepositionWithTheNamesNothing) {
  // "especially in light of the timetable" and "in case of the acquisition of CPC's European
  // business" were nodes "light of the timetable", "case of the acquisition ..." (judged junk,
  // sheets 1297, 1299): "in the wake of", "in the light of" are prepositions, their noun no thing.
  const auto triples = Extract(R"(Halden Halden PROPN NNP 2 nsubj B-ORG
shed shed VERB VBD 0 root
6p 6p NUM CD 2 obj
in in ADP IN 6 case
the the DET DT 6 det
wake wake NOUN NN 2 obl
of of ADP IN 8 case
news news NOUN NN 6 nmod
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Halden", "", "news").size(), 1U) << Listing(triples);
  for (const auto& t : triples) EXPECT_EQ(t.object.name.find("wake"), std::string::npos);
  const auto adjective = Extract(R"(The the DET DT 2 det
ruling ruling NOUN NN 4 nsubj
was be AUX VBD 4 cop
unexpected unexpected ADJ JJ 0 root
in in ADP IN 6 case
light light NOUN NN 4 obl
of of ADP IN 9 case
the the DET DT 9 det
timetable timetable NOUN NN 6 nmod
. . PUNCT . 4 punct)");
  const auto light = Matching(adjective, "ruling", "", "timetable");
  ASSERT_EQ(light.size(), 1U) << Listing(adjective);
  EXPECT_EQ(light[0].object.name, "timetable");
}

TEST(JudgedS51Classes, AnAnnouncementsContentIsItsAuthors) {
  // "Moody's action followed the announcement by National City Corp that it would add a special
  // provision" had credited nobody and, in the graph, given "it" to Moody's (judged wrong, sheet
  // 1307).
  const auto triples = Extract(R"(The the DET DT 2 det
move move NOUN NN 3 nsubj
followed follow VERB VBD 0 root
the the DET DT 5 det
announcement announcement NOUN NN 3 obj
by by ADP IN 8 case
Halden Halden PROPN NNP 8 compound B-ORG
Corp Corp PROPN NNP 5 nmod I-ORG
that that SCONJ IN 12 mark
Torvik Torvik PROPN NNP 12 nsubj B-ORG
would would AUX MD 12 aux
sell sell VERB VB 5 acl
its its PRON PRP$ 14 nmod:poss
port port NOUN NN 12 obj
. . PUNCT . 3 punct)");
  const auto sold = Matching(triples, "Torvik", "sell", "port");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].attributed_to, "Halden Corp");
  EXPECT_FALSE(sold[0].asserted);
}

TEST(JudgedS51Classes, HowMuchOfSomethingIsAQuestionNoThing) {
  // "He didn't say how much stock he had" and "declined comment on how much money was involved"
  // made the nodes "how much stock", "how much money" (judged junk, sheets 1303, 1087). A vague
  // argument stays in the Open IE listing; the news graph keeps no edge to it.
  const auto triples =
      ExtractClauseTriples(testing::Sentence(R"(Halden Halden PROPN NNP 2 nsubj B-ORG
declined decline VERB VBD 0 root
comment comment NOUN NN 2 obj
on on ADP IN 7 case
how how ADV WRB 6 advmod
much much ADJ JJ 7 amod
money money NOUN NN 2 obl
was be AUX VBD 9 cop
involved involved ADJ JJ 7 acl
. . PUNCT . 2 punct)"),
                           ArgumentContext{});
  ASSERT_FALSE(triples.empty());
  for (const ClauseTriple& t : triples) {
    if (t.object.name.find("money") != std::string::npos) {
      EXPECT_TRUE(t.object.vague);
    }
  }
}

TEST(JudgedS51Classes, ANounsToGerundAndAPotentialsInfinitiveArePartOfIt) {
  // "the efforts were a prelude to lifting all curbs" and "has the potential to take a leadership
  // role" had the objects "prelude" and "potential" (judged cut, sheets 1303, 659).
  const auto prelude = Extract(R"(The the DET DT 2 det
talks talk NOUN NNS 5 nsubj
were be AUX VBD 5 cop
a a DET DT 5 det
prelude prelude NOUN NN 0 root
to to SCONJ IN 7 mark
lifting lift VERB VBG 5 acl
curbs curb NOUN NNS 7 obj
. . PUNCT . 5 punct)");
  EXPECT_EQ(Matching(prelude, "talks", "", "prelude to lifting curbs").size(), 1U)
      << Listing(prelude);
  const auto potential = Extract(R"(Halden Halden PROPN NNP 2 nsubj B-ORG
has have VERB VBZ 0 root
the the DET DT 4 det
potential potential NOUN NN 2 obj
to to PART TO 6 mark
double double VERB VB 4 acl
sales sale NOUN NNS 6 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(potential, "Halden", "", "potential to double sales").size(), 1U)
      << Listing(potential);
}

TEST(JudgedS51Classes, WhoHasProblemsDoingSomethingIsWhoTries) {
  // "Finance minister Gerhard Stoltenberg has problems finding cash" had been "problems -finding->
  // cash" (judged wrong, sheet 1311): the one who has the problems tries, without a fact.
  const auto triples = Extract(R"(Halden Halden PROPN NNP 2 nsubj B-ORG
has have VERB VBZ 0 root
problems problem NOUN NNS 2 obj
finding find VERB VBG 3 acl
cash cash NOUN NN 4 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "problems", "", "").empty()) << Listing(triples);
  const auto finding = Matching(triples, "Halden", "find", "cash");
  ASSERT_EQ(finding.size(), 1U) << Listing(triples);
  EXPECT_EQ(finding[0].relation, "has problems finding");
  EXPECT_FALSE(finding[0].modality.empty());
}

TEST(JudgedS51Classes, WhatAPlanCallsForSomeoneToDoIsTheirsToDo) {
  // "the policy plan which calls for the ministry to boost its income" had been "plan -calls for->
  // Dutch Finance Ministry" (judged wrong, sheet 1317).
  const auto triples = Extract(R"(The the DET DT 2 det
plan plan NOUN NN 3 nsubj
calls call VERB VBZ 0 root
for for ADP IN 6 case
the the DET DT 6 det
ministry ministry NOUN NN 3 obl
to to PART TO 8 mark
boost boost VERB VB 3 advcl
its its PRON PRP$ 10 nmod:poss
income income NOUN NN 8 obj
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "plan", "", "ministry").empty()) << Listing(triples);
  const auto boost = Matching(triples, "ministry", "boost", "income");
  ASSERT_EQ(boost.size(), 1U) << Listing(triples);
  EXPECT_EQ(boost[0].relation, "should boost");
  EXPECT_EQ(boost[0].attributed_to, "plan");
  // What a thing comes from is nobody's deed of the thing's: "The gain comes from keeping a lid on
  // costs" (sheet 1313 judged "improvement -keeping-> lid" wrong).
  const auto lid = Extract(R"(The the DET DT 2 det
gain gain NOUN NN 3 nsubj
comes come VERB VBZ 0 root
from from SCONJ IN 5 mark
keeping keep VERB VBG 3 advcl
a a DET DT 7 det
lid lid NOUN NN 5 obj
on on ADP IN 9 case
costs cost NOUN NNS 5 obl
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(lid, "gain", "keep", "").empty()) << Listing(lid);
}

TEST(JudgedS51Classes, WhatSomeoneWasToldIsTheReport) {
  // "Lupberger told the analysts that the company's primary objective is ..." parsed with the
  // report a clause of "analysts" had the statement "the analysts that the company's ..." (judged
  // padded, sheet 1313).
  const auto triples = ExtractAfter(RepairAddressedReports, R"(Vik Vik PROPN NNP 2 nsubj B-PER
told tell VERB VBD 0 root
the the DET DT 4 det
analysts analyst NOUN NNS 2 obj
that that PRON WDT 8 mark
Halden Halden PROPN NNP 8 nsubj B-ORG
would would AUX MD 8 aux
sell sell VERB VB 4 acl:relcl
its its PRON PRP$ 10 nmod:poss
port port NOUN NN 8 obj
. . PUNCT . 2 punct)");
  const auto told = Matching(triples, "Vik", "", "Halden would sell");
  ASSERT_EQ(told.size(), 1U) << Listing(triples);
  EXPECT_EQ(told[0].object.name.find("analysts"), std::string::npos);
  const auto sold = Matching(triples, "Halden", "sell", "port");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].attributed_to, "Vik");
  // A relative "that" with no subject of its own stays the noun's: "told the analysts that
  // attended the meeting".
  const auto relative = ExtractAfter(RepairAddressedReports, R"(Vik Vik PROPN NNP 2 nsubj B-PER
told tell VERB VBD 0 root
the the DET DT 4 det
analysts analyst NOUN NNS 2 obj
that that PRON WDT 6 nsubj
attended attend VERB VBD 4 acl:relcl
the the DET DT 8 det
meeting meeting NOUN NN 6 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(relative, "Vik", "", "analysts").size(), 1U) << Listing(relative);
}

}  // namespace
}  // namespace kg::extract
