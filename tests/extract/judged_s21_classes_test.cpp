// Kinds of wrong or cut triples and nodes from the judging sheets (session 21): each tree is a
// hand-written analysis of a sentence written for this test, attached as the parser attached
// such sentences, run through the repair the kind needs (or none, for a clause rule).
#include <gtest/gtest.h>

#include "extract/clauses/appositions.h"
#include "extract/clauses/note_labels.h"
#include "extract/clauses/time_objects.h"
#include "extract/clauses/titled_name_heads.h"
#include "extract/clauses/trailing_speakers.h"
#include "nlp/lexicon.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

void RepairAppositionsWithLexicon(std::vector<nlp::AnalyzedSentence>& sentences) {
  RepairAppositions(sentences, *nlp::Lexicon::Open());
}

TEST(JudgedS21Classes, ADateAfterAnObjectShowsTheObject) {
  // "Norvik completed the purchase on March 3." had read "Norvik -completed on-> March 3", as
  // if Norvik itself had been completed.
  const auto triples = Extract(R"(Norvik Norvik PROPN NNP 2 nsubj B-ORGANIZATION
completed complete VERB VBD 0 root
the the DET DT 4 det
purchase purchase NOUN NN 2 obj
on on ADP IN 7 case
March March PROPN NNP 7 compound B-DATE
3 3 NUM CD 2 obl I-DATE
. . PUNCT . 2 punct)");
  const auto dated = Matching(triples, "Norvik", "complete on", "March 3");
  ASSERT_EQ(dated.size(), 1U) << Listing(triples);
  EXPECT_EQ(dated[0].relation, "completed purchase on");
  // An amount shows whole: "might lend 300 mln dlrs in 1987".
  const auto lend = Extract(R"(Banka Banka PROPN NNP 3 nsubj B-ORGANIZATION
might might AUX MD 3 aux
lend lend VERB VB 0 root
300 300 NUM CD 5 nummod B-MONEY
mln mln NUM CD 6 nummod I-MONEY
dlrs dlr NOUN NNS 3 obj I-MONEY
in in ADP IN 8 case
1987 1987 NUM CD 3 obl B-DATE
. . PUNCT . 3 punct)");
  const auto year = Matching(lend, "Banka", "lend in", "1987");
  ASSERT_EQ(year.size(), 1U) << Listing(lend);
  EXPECT_EQ(year[0].relation, "might lend 300 mln dlrs in");
  EXPECT_EQ(Matching(lend, "Banka", "lend", "300 mln dlrs").size(), 1U) << Listing(lend);
}

TEST(JudgedS21Classes, WhatIsOnlyEnabledIsNoFactAboutTheObject) {
  // "The sales will allow Orvik to reduce its debt." had given "sales -allow-> Orvik".
  const auto triples = Extract(R"(The the DET DT 2 det
sales sale NOUN NNS 4 nsubj
will will AUX MD 4 aux
allow allow VERB VB 0 root
Orvik Orvik PROPN NNP 4 iobj B-ORGANIZATION
to to PART TO 7 mark
reduce reduce VERB VB 4 xcomp
its its PRON PRP$ 9 nmod:poss
debt debt NOUN NN 7 obj
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(triples, "sales", "allow", "Orvik").empty()) << Listing(triples);
  const auto reduce = Matching(triples, "Orvik", "reduce", "debt");
  ASSERT_EQ(reduce.size(), 1U) << Listing(triples);
  EXPECT_EQ(reduce[0].relation, "will be allowed to reduce");
  // "requires funding to finance it": a thing required is the object all the same.
  const auto funding = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
requires require VERB VBZ 0 root
funding funding NOUN NN 2 obj
to to PART TO 5 mark
finance finance VERB VB 2 xcomp
the the DET DT 7 det
purchase purchase NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(funding, "Orvik", "require", "funding").size(), 1U) << Listing(funding);
}

TEST(JudgedS21Classes, WhatSomeoneExpectsAnotherToDoIsTheirExpectation) {
  // "Hale expects Orvik to report a loss." had read "Orvik -expects to report-> loss".
  const auto triples = Extract(R"(Hale Hale PROPN NNP 2 nsubj B-PERSON
expects expect VERB VBZ 0 root
Orvik Orvik PROPN NNP 2 obj B-ORGANIZATION
to to PART TO 5 mark
report report VERB VB 2 xcomp
a a DET DT 7 det
loss loss NOUN NN 5 obj
. . PUNCT . 2 punct)");
  const auto report = Matching(triples, "Orvik", "report", "loss");
  ASSERT_EQ(report.size(), 1U) << Listing(triples);
  EXPECT_EQ(report[0].relation, "is expected to report");
  EXPECT_EQ(report[0].attributed_to, "Hale");
  EXPECT_FALSE(report[0].asserted);
}

TEST(JudgedS21Classes, AFinalSpeakerHungOnANounStillSaysTheSentence) {
  // "Runs were 12 mln bpd, up 2 pct from a year earlier, Velora said." with "said" a relative
  // clause of "earlier": the figures had lost their source.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(Runs run NOUN NNS 4 nsubj
were be AUX VBD 4 cop
12 12 NUM CD 4 nummod B-QUANTITY
mln mln NUM CD 0 root I-QUANTITY
bpd bpd NOUN NNS 4 nmod:unmarked I-QUANTITY
, , PUNCT , 7 punct
up up ADV RB 4 advmod
2 2 NUM CD 9 nummod B-PERCENT
pct pct NOUN NN 7 obl:npmod I-PERCENT
from from ADP IN 13 case
a a DET DT 12 det
year year NOUN NN 13 obl:npmod
earlier earlier ADV RBR 7 obl
, , PUNCT , 16 punct
Velora Velora PROPN NNP 16 nsubj B-ORGANIZATION
said say VERB VBD 13 acl:relcl
. . PUNCT . 4 punct)");
  const auto said = Matching(triples, "Velora", "say", "Runs");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  // "..., foreign exchange dealers said." with "dealers" a parataxis and "said" its acl.
  const auto dealers = ExtractAfter(RepairTrailingSpeakers, R"(The the DET DT 3 det
central central ADJ JJ 3 amod
bank bank NOUN NN 4 nsubj
bought buy VERB VBD 0 root
dollars dollar NOUN NNS 4 obj
, , PUNCT , 9 punct
foreign foreign ADJ JJ 9 amod
exchange exchange NOUN NN 9 compound
dealers dealer NOUN NNS 4 parataxis
said say VERB VBD 9 acl
. . PUNCT . 4 punct)");
  const auto bought = Matching(dealers, "bank", "buy", "dollars");
  ASSERT_EQ(bought.size(), 1U) << Listing(dealers);
  EXPECT_EQ(bought[0].attributed_to, "foreign exchange dealers");
}

TEST(JudgedS21Classes, AnAmountNeverSpeaks) {
  // A list of amounts by country before "the OECD said", as the parser read such a sentence
  // (this tree is its output): the unit of one amount is the subject of "said", and the facts
  // had been "according to pct 0.8 pct".
  const auto triples = Extract(R"(Unadjusted Unadjusted ADJ JJ 3 amod
annual annual ADJ JJ 3 amod
inflation inflation NOUN NN 13 nsubj
for for ADP IN 9 case
the the DET DT 9 det
seven seven NUM CD 9 nummod
leading lead VERB VBG 9 amod
industrialised industrialise VERB VBN 9 amod
nations nations NOUN NNS 3 nmod
in in ADP IN 11 case
January January PROPN NNP 9 nmod B-DATE
was be AUX VBD 13 aux
running run VERB VBG 53 ccomp
at at ADP IN 16 case
4.4 4.4 NUM CD 16 nummod B-PERCENT
pct pct NOUN NN 13 obl I-PERCENT
in in ADP IN 18 case
Italy Italy PROPN NNP 13 obl B-COUNTRY
, , PUNCT , 20 punct
3.9 3.9 NUM CD 18 appos B-PERCENT
pct pct NOUN NN 40 compound I-PERCENT
in in ADP IN 23 case
Britain Britain PROPN NNP 21 nmod B-COUNTRY
and and CCONJ CC 25 cc
Canada Canada PROPN NNP 23 conj B-COUNTRY
, , PUNCT , 28 punct
three three NUM CD 28 nummod
pct pct NOUN NN 21 appos
in in ADP IN 30 case
France France PROPN NNP 28 nmod B-COUNTRY
, , PUNCT , 33 punct
1.4 1.4 NUM CD 33 nummod B-PERCENT
pct pct NOUN NN 28 appos I-PERCENT
in in ADP IN 36 case
the the DET DT 36 det
U.S. U.S. PROPN NNP 33 nmod B-COUNTRY
, , PUNCT , 39 punct
Minus Minus PROPN NNP 39 nmod:unmarked B-LOCATION
0.8 0.8 NUM CD 21 appos B-PERCENT
pct pct NOUN NN 53 nsubj I-PERCENT
in in ADP IN 43 case
West West PROPN NNP 43 compound B-COUNTRY
Germany Germany PROPN NNP 40 nmod I-COUNTRY
and and CCONJ CC 47 cc
minus minus ADP IN 46 advmod
1.5 1.5 NUM CD 47 nummod B-PERCENT
pct pct NOUN NN 40 conj I-PERCENT
in in ADP IN 49 case
Japan Japan PROPN NNP 47 nmod B-COUNTRY
, , PUNCT , 52 punct
the the DET DT 52 det
OECD OECD PROPN NNP 47 appos B-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 53 punct)");
  ASSERT_FALSE(Matching(triples, "inflation", "", "Italy").empty()) << Listing(triples);
  for (const auto& t : triples)
    EXPECT_EQ(t.attributed_to.find("pct"), std::string::npos) << Listing(triples);
}

TEST(JudgedS21Classes, ATitleAfterANameAndACommaIsItsRoleNotASecondPerson) {
  // "The talks will be chaired by Tom Ruiz, President of Orvik Ltd." with "President" a
  // conjunct of "Ruiz": the title had chaired the talks too.
  const auto triples = ExtractAfter(RepairAppositionsWithLexicon, R"(The the DET DT 2 det
talks talk NOUN NNS 5 nsubj:pass
will will AUX MD 5 aux
be be AUX VB 5 aux:pass
chaired chair VERB VBN 0 root
by by ADP IN 7 case
Tom Tom PROPN NNP 5 obl:agent B-PERSON
Ruiz Ruiz PROPN NNP 7 flat I-PERSON
, , PUNCT , 10 punct
President president PROPN NNP 7 conj
of of ADP IN 13 case
Orvik Orvik PROPN NNP 13 compound B-ORGANIZATION
Ltd Ltd PROPN NNP 10 nmod I-ORGANIZATION
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(triples, "President", "chair", "talks").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Tom Ruiz", "chair", "talks").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Tom Ruiz", "president of", "Orvik").size(), 1U) << Listing(triples);
}

TEST(JudgedS21Classes, APlaceHoldsNoOfficeAndOnePersonIsNoPlural) {
  // "... at a meeting in Oslo, Danish minister Lars Holm told reporters." with the title an
  // apposition of Oslo.
  const auto oslo = Extract(R"(They they PRON PRP 2 nsubj
met meet VERB VBD 0 root
in in ADP IN 4 case
Oslo Oslo PROPN NNP 2 obl B-CITY
, , PUNCT , 7 punct
Danish Danish ADJ JJ 7 amod
minister minister NOUN NN 4 appos
Lars Lars PROPN NNP 7 flat B-PERSON
Holm Holm PROPN NNP 8 flat I-PERSON
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(oslo, "Oslo", "be", "minister").empty()) << Listing(oslo);
  // "Lars Holm, briefing reporters, said ..." with "briefing" a compound of "reporters".
  const auto holm = Extract(R"(Lars Lars PROPN NNP 6 nsubj B-PERSON
Holm Holm PROPN NNP 1 flat I-PERSON
, , PUNCT , 5 punct
briefing briefing NOUN NN 5 compound
reporters reporter NOUN NNS 1 appos
said say VERB VBD 0 root
. . PUNCT . 6 punct)");
  EXPECT_TRUE(Matching(holm, "Holm", "be", "reporters").empty()) << Listing(holm);
}

TEST(JudgedS21Classes, AnInfinitiveHungAsAConjunctBorrowsNoDoer) {
  // "Sources said the bank was in the market, but to counter pressures." with "counter" a
  // conjunct of "said": the sources had countered the pressures.
  const auto triples = Extract(R"(Sources source NOUN NNS 2 nsubj
said say VERB VBD 0 root
the the DET DT 4 det
bank bank NOUN NN 8 nsubj
was be AUX VBD 8 cop
in in ADP IN 8 case
the the DET DT 8 det
market market NOUN NN 2 ccomp
, , PUNCT , 12 punct
but but CCONJ CC 12 cc
to to PART TO 12 mark
counter counter VERB VB 2 conj
pressures pressure NOUN NNS 12 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Sources", "counter", "pressures").empty()) << Listing(triples);
}

TEST(JudgedS21Classes, TheEndOfAPeriodIsThePeriodsNotTheSubjects) {
  // "Farm workers who worked during the year ending May 1, 1986 may apply." with "ending" an
  // adverbial of "worked": the workers had "ended" the date.
  const auto triples = ExtractAfter(RepairTimeObjects, R"(Farm farm NOUN NN 2 compound
workers worker NOUN NNS 13 nsubj
who who PRON WP 4 nsubj
worked work VERB VBD 2 acl:relcl
during during ADP IN 7 case
the the DET DT 7 det
year year NOUN NN 4 obl
ending end VERB VBG 4 advcl
May May PROPN NNP 8 obj B-DATE
1 1 NUM CD 9 nummod I-DATE
, , PUNCT , 12 punct
1986 1986 NUM CD 9 nmod:unmarked I-DATE
may may AUX MD 14 aux
apply apply VERB VB 0 root
. . PUNCT . 14 punct)");
  EXPECT_TRUE(Matching(triples, "workers", "", "May 1").empty()) << Listing(triples);
}

TEST(JudgedS21Classes, AnObliqueAfterACountOfPeopleShowsThePeople) {
  // "The union represents about 2,300 workers on the Great Lakes.": the workers are on the
  // lakes; "represents on" had read as the union's own place.
  const auto triples = Extract(R"(The the DET DT 2 det
union union NOUN NN 3 nsubj
represents represent VERB VBZ 0 root
about about ADV RB 5 advmod
2,300 2,300 NUM CD 6 nummod
workers worker NOUN NNS 3 obj
on on ADP IN 10 case
the the DET DT 10 det
Great Great PROPN NNP 10 compound B-LOCATION
Lakes Lakes PROPN NNPS 3 obl I-LOCATION
. . PUNCT . 3 punct)");
  const auto lakes = Matching(triples, "union", "represent on", "Great Lakes");
  ASSERT_EQ(lakes.size(), 1U) << Listing(triples);
  EXPECT_EQ(lakes[0].relation, "represents workers on");
}

TEST(JudgedS21Classes, ARoleForOrAtANamedFirmIsTheFirmsRole) {
  // "Ola Berg, an analyst at Torvik Securities, said ...": the role had lost its firm.
  const auto triples = Extract(R"(Ola Ola PROPN NNP 9 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
, , PUNCT , 5 punct
an a DET DT 5 det
analyst analyst NOUN NN 1 appos
at at ADP IN 8 case
Torvik Torvik PROPN NNP 8 compound B-ORGANIZATION
Securities Securities PROPN NNPS 5 nmod I-ORGANIZATION
said say VERB VBD 0 root
it it PRON PRP 11 nsubj
rose rise VERB VBD 9 ccomp
. . PUNCT . 9 punct)");
  EXPECT_EQ(Matching(triples, "Ola Berg", "analyst at", "Torvik Securities").size(), 1U)
      << Listing(triples);
  // A portfolio is no owner: "Lars Holm, minister for foreign trade, ...".
  const auto minister = Extract(R"(Lars Lars PROPN NNP 8 nsubj B-PERSON
Holm Holm PROPN NNP 1 flat I-PERSON
, , PUNCT , 4 punct
minister minister NOUN NN 1 appos
for for ADP IN 7 case
foreign foreign ADJ JJ 7 amod
trade trade NOUN NN 4 nmod
left leave VERB VBD 0 root
. . PUNCT . 8 punct)");
  EXPECT_TRUE(Matching(minister, "Lars Holm", "minister for", "").empty()) << Listing(minister);
}

TEST(JudgedS21Classes, ASpeakerWithABracketedAcronymSaysTheSentence) {
  // "Demand fell 2.6 pct, the Energy Data Agency (EDA) said." with the agency an apposition of
  // the amount and "said" without a subject.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(Demand demand NOUN NN 2 nsubj
fell fall VERB VBD 13 ccomp
2.6 2.6 NUM CD 4 nummod B-PERCENT
pct pct NOUN NN 2 obj I-PERCENT
, , PUNCT , 9 punct
the the DET DT 9 det
Energy Energy PROPN NNP 9 compound B-ORGANIZATION
Data Data PROPN NNP 9 compound I-ORGANIZATION
Agency Agency PROPN NNP 4 appos I-ORGANIZATION
( ( PUNCT -LRB- 11 punct
EDA EDA PROPN NNP 9 appos B-ORGANIZATION
) ) PUNCT -RRB- 11 punct
said say VERB VBD 0 root
. . PUNCT . 13 punct)");
  const auto fell = Matching(triples, "Demand", "fall", "2.6 pct");
  ASSERT_EQ(fell.size(), 1U) << Listing(triples);
  EXPECT_EQ(fell[0].attributed_to, "Energy Data Agency");
}

TEST(JudgedS21Classes, AFinalTellerHungOnTheClauseSaysIt) {
  // "The fall will not affect the situation, minister Ruiz told Reuters." with "told" an xcomp of
  // "affect" and the minister an apposition of "situation": the minister had "not affected told"
  // Reuters.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(The the DET DT 2 det
fall fall NOUN NN 5 nsubj
will will AUX MD 5 aux
not not PART RB 5 advmod
affect affect VERB VB 0 root
the the DET DT 7 det
situation situation NOUN NN 5 obj
, , PUNCT , 10 punct
minister minister NOUN NN 10 compound
Ruiz Ruiz PROPN NNP 7 appos B-PERSON
told tell VERB VBD 5 xcomp
Reuters Reuters PROPN NNP 11 obj B-ORGANIZATION
. . PUNCT . 5 punct)");
  const auto affect = Matching(triples, "fall", "affect", "situation");
  ASSERT_EQ(affect.size(), 1U) << Listing(triples);
  EXPECT_NE(affect[0].attributed_to.find("Ruiz"), std::string::npos) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Ruiz", "affect", "").empty()) << Listing(triples);
}

TEST(JudgedS21Classes, AnUnlessClauseHungOnTheSpeechVerbIsTheReports) {
  // "\"None will return, unless pay improves,\" Ruiz told Reuters." with the "unless" clause a
  // ccomp of "told": it had been a second statement, and the first cut before it.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(" " PUNCT `` 4 punct
None none PRON NN 4 nsubj
will will AUX MD 4 aux
return return VERB VB 0 root
, , PUNCT , 8 punct
unless unless SCONJ IN 8 mark
pay pay NOUN NN 8 nsubj
improves improve VERB VBZ 12 ccomp
, , PUNCT , 8 punct
" " PUNCT '' 8 punct
Ruiz Ruiz PROPN NNP 12 nsubj B-PERSON
told tell VERB VBD 4 parataxis
Reuters Reuters PROPN NNP 12 obj B-ORGANIZATION
. . PUNCT . 4 punct)");
  // One report, whole.
  const auto said = Matching(triples, "Ruiz", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "None will return, unless pay improves") << Listing(triples);
}

TEST(JudgedS21Classes, APlaceAndACallingBeforeAPersonAreHisRole) {
  // "Chicago physician Ola Berg said he met shareholders." with the run hung on "Chicago" and
  // "Berg" left out of the person: Chicago had said it.
  const auto triples =
      ExtractAfter(RepairTitledNameHeads, R"(Chicago Chicago PROPN NNP 5 nsubj B-CITY
physician physician NOUN NN 1 flat
Ola Ola PROPN NNP 1 flat B-PERSON
Berg Berg PROPN NNP 1 flat
said say VERB VBD 0 root
he he PRON PRP 7 nsubj
met meet VERB VBD 5 ccomp
shareholders shareholder NOUN NNS 7 obj
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(triples, "Chicago", "say", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Ola Berg", "say", "met shareholders").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS21Classes, ANoteLabelIsNoSubject) {
  // "NOTE: Current year qtr excludes a loss of 10,767 dlrs." with "NOTE" the subject and the
  // real subject its apposition: a note had excluded the loss.
  const auto triples = ExtractAfter(RepairNoteLabels, R"(NOTE note NOUN NN 6 nsubj
: : PUNCT : 5 punct
Current current ADJ JJ 4 amod
year year NOUN NN 5 compound
qtr qtr NOUN NN 1 appos
excludes exclude VERB VBZ 0 root
a a DET DT 8 det
loss loss NOUN NN 6 obj
. . PUNCT . 6 punct)");
  EXPECT_TRUE(Matching(triples, "NOTE", "", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "qtr", "exclude", "loss").size(), 1U) << Listing(triples);
}

TEST(JudgedS21Classes, TheLevelAChangeStartedFromIsNoPartOfTheAmount) {
  // "Exports plunged to 265 mln crowns from the year-ago figure.": the node had been the whole
  // phrase; "28,000 employees from 110 companies" keeps its companies (a count of people).
  const auto triples = Extract(R"(Exports export NOUN NNS 2 nsubj
plunged plunge VERB VBD 0 root
to to ADP IN 6 case
265 265 NUM CD 5 compound
mln mln NUM CD 6 nummod
crowns crown NOUN NNS 2 obl
from from ADP IN 10 case
the the DET DT 10 det
year-ago year-ago ADJ JJ 10 amod
figure figure NOUN NN 6 nmod
. . PUNCT . 2 punct)");
  const auto level = Matching(triples, "Exports", "plunge to", "crowns");
  ASSERT_EQ(level.size(), 1U) << Listing(triples);
  EXPECT_EQ(level[0].object.name, "265 mln crowns");
  const auto staff = Extract(R"(Some some DET DT 3 det
28,000 28,000 NUM CD 3 nummod
employees employee NOUN NNS 7 nsubj
from from ADP IN 6 case
110 110 NUM CD 6 nummod
companies company NOUN NNS 3 nmod
joined join VERB VBD 0 root
the the DET DT 9 det
strike strike NOUN NN 7 obj
. . PUNCT . 7 punct)");
  const auto joined = Matching(staff, "employees", "join", "strike");
  ASSERT_EQ(joined.size(), 1U) << Listing(staff);
  EXPECT_NE(joined[0].subject.name.find("from 110 companies"), std::string::npos) << Listing(staff);
}

TEST(JudgedS21Classes, APortfolioBeforeTheEmployerIsPartOfTheRole) {
  // "Ola Berg, vice president of economic analysis at the Halden Gas Association, said ...": the
  // edge had gone to "economic analysis", and the association was lost.
  const auto triples = Extract(R"(Ola Ola PROPN NNP 15 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
, , PUNCT , 5 punct
vice vice NOUN NN 5 compound
president president NOUN NN 1 appos
of of ADP IN 8 case
economic economic ADJ JJ 8 amod
analysis analysis NOUN NN 5 nmod
at at ADP IN 13 case
the the DET DT 13 det
Halden Halden PROPN NNP 13 compound B-ORGANIZATION
Gas Gas PROPN NNP 13 compound I-ORGANIZATION
Association Association PROPN NNP 5 nmod I-ORGANIZATION
, , PUNCT , 1 punct
said say VERB VBD 0 root
demand demand NOUN NN 17 nsubj
rose rise VERB VBD 15 ccomp
. . PUNCT . 15 punct)");
  const auto role = Matching(triples, "Ola Berg", "", "Halden Gas Association");
  ASSERT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_EQ(role[0].relation, "vice president of economic analysis at");
  EXPECT_TRUE(Matching(triples, "Ola Berg", "", "economic analysis").empty()) << Listing(triples);
}

TEST(JudgedS21Classes, WhatTheQuotedSaidIsTheQuotersReport) {
  // "Maki quoted Lyng as telling Kato that imports would help." had Lyng's words uncredited.
  const auto triples = Extract(R"(Maki Maki PROPN NNP 2 nsubj B-PERSON
quoted quote VERB VBD 0 root
Lyng Lyng PROPN NNP 2 obj B-PERSON
as as SCONJ IN 5 mark
telling tell VERB VBG 2 advcl
Kato Kato PROPN NNP 5 obj B-PERSON
that that SCONJ IN 10 mark
imports import NOUN NNS 10 nsubj
would would AUX MD 10 aux
help help VERB VB 5 ccomp
. . PUNCT . 2 punct)");
  const auto told = Matching(triples, "Lyng", "say", "imports would help");
  ASSERT_EQ(told.size(), 1U) << Listing(triples);
  EXPECT_EQ(told[0].attributed_to, "Maki");
}

TEST(JudgedS21Classes, AFinalSpeakerUnderALaterClauseSaysTheWholeSentence) {
  // "Exports rose 20 pct, while imports soared 25 pct, Statistics Halden said." with "said" a
  // ccomp of "soared" and "Statistics" a conjunct of "pct": the exports had no source.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(Exports export NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
20 20 NUM CD 4 nummod B-PERCENT
pct pct NOUN NN 2 obj I-PERCENT
, , PUNCT , 8 punct
while while SCONJ IN 8 mark
imports import NOUN NNS 8 nsubj
soared soar VERB VBD 2 advcl
25 25 NUM CD 10 nummod B-PERCENT
pct pct NOUN NN 8 obj I-PERCENT
, , PUNCT , 12 punct
Statistics statistics NOUN NNS 10 conj B-ORGANIZATION
Halden Halden PROPN NNP 14 nsubj I-ORGANIZATION
said say VERB VBD 8 ccomp
. . PUNCT . 2 punct)");
  const auto rose = Matching(triples, "Exports", "rise", "20 pct");
  ASSERT_EQ(rose.size(), 1U) << Listing(triples);
  EXPECT_EQ(rose[0].attributed_to, "Statistics Halden");
}

TEST(JudgedS21Classes, WhatAThingExcludesIsPartOfIt) {
  // "Consumer prices excluding food and energy rose 0.3 pct.": the node had been "Consumer
  // prices", another index.
  const auto triples = Extract(R"(Consumer consumer NOUN NN 2 compound
prices price NOUN NNS 7 nsubj
excluding exclude VERB VBG 2 acl
food food NOUN NN 3 obj
and and CCONJ CC 6 cc
energy energy NOUN NN 4 conj
rose rise VERB VBD 0 root
0.3 0.3 NUM CD 9 nummod B-PERCENT
pct pct NOUN NN 7 obj I-PERCENT
. . PUNCT . 7 punct)");
  const auto rose = Matching(triples, "prices", "rise", "0.3 pct");
  ASSERT_EQ(rose.size(), 1U) << Listing(triples);
  EXPECT_EQ(rose[0].subject.name, "Consumer prices excluding food and energy");
}

TEST(JudgedS21Classes, AReportsNounIsNoSpeakerBeforeANamedOne) {
  // "The government has given support to the plan, Treasurer Ola Berg said." with "support" the
  // subject of "said" and the treasurer an apposition of "plan": the support had said it.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(The the DET DT 2 det
government government NOUN NN 4 nsubj
has have AUX VBZ 4 aux
given give VERB VBN 13 ccomp
support support NOUN NN 13 nsubj
to to ADP IN 8 case
the the DET DT 8 det
plan plan NOUN NN 5 nmod
, , PUNCT , 11 punct
Treasurer treasurer PROPN NNP 11 compound
Ola Ola PROPN NNP 8 appos B-PERSON
Berg Berg PROPN NNP 11 flat I-PERSON
said say VERB VBD 0 root
. . PUNCT . 13 punct)");
  EXPECT_TRUE(Matching(triples, "support", "say", "").empty()) << Listing(triples);
  const auto said = Matching(triples, "Ola Berg", "say", "government has given support");
  EXPECT_EQ(said.size(), 1U) << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
