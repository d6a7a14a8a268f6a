// Failure classes found by blind judging of news triples (bench/judged/2026-12-01-s6-final): each
// tree is a hand-written analysis of a sentence written for this test, attached as the shipped
// parser attaches such sentences, and run through the repairs the pipeline runs.
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/adjacent_subjects.h"
#include "extract/clauses/appositions.h"
#include "extract/clauses/argument.h"
#include "extract/clauses/attributive_participles.h"
#include "extract/clauses/clause_adverbials.h"
#include "extract/clauses/coordinated_verbs.h"
#include "extract/clauses/event_time_attachments.h"
#include "extract/clauses/misread_complements.h"
#include "extract/clauses/name_relatives.h"
#include "extract/clauses/possessive_names.h"
#include "extract/clauses/reporting_participles.h"
#include "extract/clauses/separation_obliques.h"
#include "extract/clauses/titled_name_heads.h"
#include "extract/clauses/trailing_speakers.h"
#include "extract/clauses/unit_price_modifiers.h"
#include "extract/clauses/whose_relatives.h"
#include "nlp/dep_tree.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Listing;
using testing::Matching;

// The triples of a tree after the two repairs these classes need.
std::vector<model::Triple> ExtractRepaired(const std::string& rows) {
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(rows)};
  RepairConjoinedClauseSubjects(sentences);
  RepairAdjacentSubjects(sentences);
  RepairAttributiveParticiples(sentences, *nlp::Lexicon::Open());
  RepairClauseAdverbials(sentences);
  RepairOfComplements(sentences);
  RepairEventTimeAttachments(sentences);
  RepairWhoseRelatives(sentences);
  RepairNameRelatives(sentences);
  RepairUnitPriceModifiers(sentences);
  RepairSeparationObliques(sentences);
  RepairMisreadComplements(sentences);
  RepairAppositions(sentences, *nlp::Lexicon::Open());
  RepairTrailingSpeakers(sentences);
  RepairReportingParticiples(sentences);
  RepairPossessiveNames(sentences);
  std::vector<model::Triple> out;
  for (const ClauseTriple& t : ExtractClauseTriples(sentences[0], ArgumentContext{}))
    out.push_back(ToModelTriple(t, model::Evidence{}));
  return out;
}

TEST(JudgedClasses, AParticipleBetweenTwoBareNounsIsPartOfOnePhrase) {
  // "Tin closing stocks fell 500 tonnes." with "closing" an acl of "Tin" and "stocks" its object
  // had made "Tin -close-> stocks".
  const auto stocks = ExtractRepaired(R"(Tin tin NOUN NN 4 nsubj
closing close VERB VBG 1 acl
stocks stock NOUN NNS 2 obj
fell fall VERB VBD 0 root
500 500 NUM CD 6 nummod B-QUANTITY
tonnes tonne NOUN NNS 4 obj I-QUANTITY
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(stocks, "Tin", "close", "").empty()) << Listing(stocks);
  const auto fell = Matching(stocks, "stocks", "fall", "500 tonnes");
  ASSERT_EQ(fell.size(), 1U) << Listing(stocks);
  EXPECT_EQ(fell[0].subject.name, "Tin closing stocks");
  // "Velora expanded its cost cutting efforts." with "cutting" an advcl of "expanded".
  const auto efforts = ExtractRepaired(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
expanded expand VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
cost cost NOUN NN 2 obj
cutting cut VERB VBG 2 advcl
efforts effort NOUN NNS 5 obj
. . PUNCT . 2 punct)");
  const auto expanded = Matching(efforts, "Velora", "expand", "");
  ASSERT_EQ(expanded.size(), 1U) << Listing(efforts);
  EXPECT_EQ(expanded[0].object.name, "cost cutting efforts");
  // A participle that is no noun heads a reduced relative: "Aid involving grain reached Chad."
  const auto aid = ExtractRepaired(R"(Aid aid NOUN NN 4 nsubj
involving involve VERB VBG 1 acl
grain grain NOUN NN 2 obj
reached reach VERB VBD 0 root
Chad Chad PROPN NNP 4 obj B-COUNTRY
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(aid, "Aid", "involve", "grain").size(), 1U) << Listing(aid);
}

TEST(JudgedClasses, AnAdjectiveAfterATwoWordPrepositionIsNoVerbAndACauseIsNoPartOfAThing) {
  // "The bank reported higher profits due to lower costs." with "lower" a verb under "due to"
  // had made "bank -lower-> costs".
  const auto due = ExtractRepaired(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
reported report VERB VBD 0 root
higher high ADJ JJR 5 amod
profits profit NOUN NNS 3 obj
due due ADJ JJ 8 case
to to ADP IN 6 fixed
lower lower VERB VB 3 advcl
costs cost NOUN NNS 8 obj
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(due, "bank", "lower", "").empty()) << Listing(due);
  // "Velora sees a brighter outlook because of price rises.": why is no part of what.
  const auto because = ExtractRepaired(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
sees see VERB VBZ 0 root
a a DET DT 5 det
brighter bright ADJ JJR 5 amod
outlook outlook NOUN NN 2 obj
because because ADP IN 9 case
of of ADP IN 6 fixed
price price NOUN NN 9 compound
rises rise NOUN NNS 5 nmod
. . PUNCT . 2 punct)");
  const auto sees = Matching(because, "Velora", "see", "outlook");
  ASSERT_EQ(sees.size(), 1U) << Listing(because);
  EXPECT_EQ(sees[0].object.name, "brighter outlook");
}

TEST(JudgedClasses, AFinalSpeakerHungOnTheRootOrSplittingTheReportStillSaidIt) {
  // "The grade was less affected because buyers saw a benefit, the traders added." with "added"
  // a ccomp of "affected" and the "because" clause on it: the buyers' seeing was reported.
  const auto added = ExtractRepaired(R"(The the DET DT 2 det
grade grade NOUN NN 5 nsubj
was be AUX VBD 5 cop
less less ADV RBR 5 advmod
affected affected ADJ JJ 0 root
because because SCONJ IN 8 mark
buyers buyer NOUN NNS 8 nsubj
saw see VERB VBD 14 advcl
a a DET DT 10 det
benefit benefit NOUN NN 8 obj
, , PUNCT , 8 punct
the the DET DT 13 det
traders trader NOUN NNS 14 nsubj
added add VERB VBD 5 ccomp
. . PUNCT . 5 punct)");
  const auto saw = Matching(added, "buyers", "see", "benefit");
  ASSERT_EQ(saw.size(), 1U) << Listing(added);
  EXPECT_EQ(saw[0].attributed_to, "traders");
  // "The service involves a program that relays data, the companies said." with "program" a
  // second ccomp of "said": the service's object, and the relay reported too.
  const auto said = ExtractRepaired(R"(The the DET DT 2 det
service service NOUN NN 3 nsubj
involves involve VERB VBZ 12 ccomp
a a DET DT 5 det
program program NOUN NN 12 ccomp
that that PRON WDT 7 nsubj
relays relay VERB VBZ 5 acl:relcl
data data NOUN NN 7 obj
, , PUNCT , 5 punct
the the DET DT 11 det
companies company NOUN NNS 12 nsubj
said say VERB VBD 0 root
. . PUNCT . 12 punct)");
  const auto involves = Matching(said, "service", "involve", "program");
  ASSERT_EQ(involves.size(), 1U) << Listing(said);
  EXPECT_EQ(involves[0].attributed_to, "companies");
  const auto relays = Matching(said, "program", "relay", "data");
  ASSERT_EQ(relays.size(), 1U) << Listing(said);
  EXPECT_EQ(relays[0].attributed_to, "companies");
  // "Work will start in May, with 40 wells drilled, the firm said." with "wells" a second ccomp:
  // its own "with" makes it the verb's oblique, no object (it had read "Work -start-> 40 wells").
  const auto wells = ExtractRepaired(R"(Work work NOUN NN 3 nsubj
will will AUX MD 3 aux
start start VERB VB 14 ccomp
in in ADP IN 5 case
May May PROPN NNP 3 obl B-DATE
, , PUNCT , 9 punct
with with ADP IN 9 case
40 40 NUM CD 9 nummod
wells well NOUN NNS 14 ccomp
drilled drill VERB VBN 9 acl
, , PUNCT , 14 punct
the the DET DT 13 det
firm firm NOUN NN 14 nsubj
said say VERB VBD 0 root
. . PUNCT . 14 punct)");
  EXPECT_TRUE(Matching(wells, "Work", "start", "40 wells").empty()) << Listing(wells);
}

TEST(JudgedClasses, TheOneQuotedAsSayingIsTheSpeakerAndAQuestionIsNoFact) {
  // "Lima is preparing a claim, the radio quoted Ruiz as saying." with "quoted" a parataxis of
  // "preparing": Ruiz said it, and the statement ends before the comma.
  const auto quoted = ExtractRepaired(R"(Lima Lima PROPN NNP 3 nsubj B-CITY
is be AUX VBZ 3 aux
preparing prepare VERB VBG 0 root
a a DET DT 5 det
claim claim NOUN NN 3 obj
, , PUNCT , 3 punct
the the DET DT 8 det
radio radio NOUN NN 9 nsubj
quoted quote VERB VBD 3 parataxis
Ruiz Ruiz PROPN NNP 9 obj B-PERSON
as as SCONJ IN 12 mark
saying say VERB VBG 9 advcl
. . PUNCT . 3 punct)");
  const auto claim = Matching(quoted, "Lima", "prepare", "claim");
  ASSERT_EQ(claim.size(), 1U) << Listing(quoted);
  EXPECT_EQ(claim[0].attributed_to, "Ruiz");
  const auto said = Matching(quoted, "Ruiz", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(quoted);
  EXPECT_EQ(said[0].object.name, "Lima is preparing a claim");
  // "He was asked if the strike would close the port." with the question an advcl of "asked":
  // modality "whether", whatever its modal (the graph keeps no question).
  const auto asked = ExtractRepaired(R"(He he PRON PRP 3 nsubj:pass
was be AUX VBD 3 aux:pass
asked ask VERB VBN 0 root
if if SCONJ IN 8 mark
the the DET DT 6 det
strike strike NOUN NN 8 nsubj
would would AUX MD 8 aux
close close VERB VB 3 advcl
the the DET DT 10 det
port port NOUN NN 8 obj
. . PUNCT . 3 punct)");
  const auto close = Matching(asked, "strike", "close", "port");
  ASSERT_EQ(close.size(), 1U) << Listing(asked);
  EXPECT_EQ(close[0].modality, "whether");
}

TEST(JudgedClasses, ATitledPersonAfterAFirmIsTheSpeakerAndARelativeClauseSkipsAParticiple) {
  // "\"Sales rose,\" said Wexler Group chairman Ann Lee." parsed with the firm the subject and
  // the person its apposition.
  const auto said = ExtractRepaired(R"(" " PUNCT `` 3 punct
Sales sale NOUN NNS 3 nsubj
rose rise VERB VBD 6 ccomp
, , PUNCT , 3 punct
" " PUNCT '' 3 punct
said say VERB VBD 0 root
Wexler Wexler PROPN NNP 8 compound B-ORGANIZATION
Group Group PROPN NNP 6 nsubj I-ORGANIZATION
chairman chairman NOUN NN 10 compound B-PERSON
Ann Ann PROPN NNP 8 appos I-PERSON
Lee Lee PROPN NNP 10 flat I-PERSON
. . PUNCT . 6 punct)");
  const auto speech = Matching(said, "", "say", "Sales rose");
  ASSERT_EQ(speech.size(), 1U) << Listing(said);
  // The title is left to the name-span repair the full pipeline runs ("Ann Lee").
  EXPECT_NE(speech[0].subject.name.find("Ann Lee"), std::string::npos);
  EXPECT_EQ(speech[0].subject.name.find("Wexler"), std::string::npos);
  // "It signed a protocol drafted in May, which provided for talks." with the relative clause
  // hung on "drafted": the protocol provided for them.
  const auto which = ExtractRepaired(R"(It it PRON PRP 2 nsubj
signed sign VERB VBD 0 root
a a DET DT 4 det
protocol protocol NOUN NN 2 obj
drafted draft VERB VBN 4 acl
in in ADP IN 7 case
May May PROPN NNP 5 obl B-DATE
, , PUNCT , 10 punct
which which PRON WDT 10 nsubj
provided provide VERB VBD 5 acl:relcl
for for ADP IN 12 case
talks talk NOUN NNS 10 obl
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(which, "protocol", "provide for", "talks").size(), 1U) << Listing(which);
  EXPECT_TRUE(Matching(which, "drafted", "", "").empty()) << Listing(which);
}

TEST(JudgedClasses, AnInfinitiveAfterHavesObjectIsTheObjectsAndAGerundNounIsAHead) {
  // "Velora had no plans to quit the market." with "to quit" an xcomp of "had": read as "had to
  // quit", it said Velora must quit.
  const auto plans = ExtractRepaired(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
had have VERB VBD 0 root
no no DET DT 4 det
plans plan NOUN NNS 2 obj
to to PART TO 6 mark
quit quit VERB VB 2 xcomp
the the DET DT 8 det
market market NOUN NN 6 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(plans, "Velora", "quit", "").empty()) << Listing(plans);
  const auto have = Matching(plans, "Velora", "have", "plans to quit");
  ASSERT_EQ(have.size(), 1U) << Listing(plans);
  EXPECT_TRUE(have[0].negated);
  // "Banks are stressing merchant banking." with "banking" an advcl and "merchant" the object.
  const auto banking = ExtractRepaired(R"(Banks bank NOUN NNS 3 nsubj
are be AUX VBP 3 aux
stressing stress VERB VBG 0 root
merchant merchant NOUN NN 3 obj
banking bank VERB VBG 3 advcl
. . PUNCT . 3 punct)");
  const auto stress = Matching(banking, "Banks", "stress", "");
  ASSERT_EQ(stress.size(), 1U) << Listing(banking);
  EXPECT_EQ(stress[0].object.name, "merchant banking");
}

TEST(JudgedClasses, AConjunctInATenseOfItsOwnIsNotUnderTheFirstVerbsModal) {
  // "The bank will cut rates and raised its forecast." had given "raised" the modal "will" (and
  // the relation "will raised"); "will not sign or ratify" shares both.
  const auto raised = ExtractRepaired(R"(The the DET DT 2 det
bank bank NOUN NN 4 nsubj
will will AUX MD 4 aux
cut cut VERB VB 0 root
rates rate NOUN NNS 4 obj
and and CCONJ CC 7 cc
raised raise VERB VBD 4 conj
its its PRON PRP$ 9 nmod:poss
forecast forecast NOUN NN 7 obj
. . PUNCT . 4 punct)");
  const auto raise = Matching(raised, "bank", "raise", "forecast");
  ASSERT_EQ(raise.size(), 1U) << Listing(raised);
  EXPECT_EQ(raise[0].modality, "");
  const auto cut = Matching(raised, "bank", "cut", "rates");
  ASSERT_EQ(cut.size(), 1U) << Listing(raised);
  EXPECT_EQ(cut[0].modality, "will");
  // A base form the tagger took for a past one ("could drive business offshore and hurt
  // investment" with "hurt" VBD) stays under the modal.
  const auto hurt = ExtractRepaired(R"(The the DET DT 2 det
tax tax NOUN NN 4 nsubj
could could AUX MD 4 aux
drive drive VERB VB 0 root
business business NOUN NN 4 obj
and and CCONJ CC 7 cc
hurt hurt VERB VBD 4 conj
investment investment NOUN NN 7 obj
. . PUNCT . 4 punct)");
  const auto hurts = Matching(hurt, "tax", "hurt", "investment");
  ASSERT_EQ(hurts.size(), 1U) << Listing(hurt);
  EXPECT_EQ(hurts[0].modality, "could");
}

TEST(JudgedClasses, WhatAVerbOfSeparationKeepsSomethingFromIsTheVerbs) {
  // "The rule will shield small firms from foreign competition." with the "from" phrase on
  // "firms": the node had read "small firms from foreign competition".
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
rule rule NOUN NN 4 nsubj
will will AUX MD 4 aux
shield shield VERB VB 0 root
small small ADJ JJ 6 amod
firms firm NOUN NNS 4 obj
from from ADP IN 9 case
foreign foreign ADJ JJ 9 amod
competition competition NOUN NN 6 nmod
. . PUNCT . 4 punct)");
  const auto firms = Matching(triples, "rule", "shield", "firms");
  ASSERT_EQ(firms.size(), 1U) << Listing(triples);
  EXPECT_EQ(firms[0].object.name, "small firms");
  EXPECT_EQ(Matching(triples, "rule", "shield from", "foreign competition").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, ASpeakerAtTheEndSaidEverythingBeforeItHoweverTheParseSplitIt) {
  // "The Dunmore mill was shut following a fire that hit the kiln, a company spokesman said."
  // with "shut" and "following" two clausal complements of "said".
  const auto triples = testing::Extract(R"(The the DET DT 3 det
Dunmore Dunmore PROPN NNP 3 compound B-ORGANIZATION
mill mill NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
shut shut VERB VBN 17 ccomp
following follow VERB VBG 17 ccomp
a a DET DT 8 det
fire fire NOUN NN 6 obj
that that PRON WDT 10 nsubj
hit hit VERB VBD 8 acl:relcl
the the DET DT 12 det
kiln kiln NOUN NN 10 obj
, , PUNCT , 8 punct
a a DET DT 16 det
company company NOUN NN 16 compound
spokesman spokesman NOUN NN 17 nsubj
said say VERB VBD 0 root
. . PUNCT . 17 punct)");
  const auto said = Matching(triples, "company spokesman", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "The Dunmore mill was shut following a fire that hit the kiln");
}

TEST(JudgedClasses, AFixedAdverbialIsNoArgumentNorADoer) {
  // "By contrast, the Lorn fund was run by Ilse Varga.": "by contrast" before a passive verb.
  const auto triples = testing::Extract(R"(By by ADP IN 2 case
contrast contrast NOUN NN 8 obl
, , PUNCT , 2 punct
the the DET DT 6 det
Lorn Lorn PROPN NNP 6 compound B-ORGANIZATION
fund fund NOUN NN 8 nsubj:pass
was be AUX VBD 8 aux:pass
run run VERB VBN 0 root
by by ADP IN 10 case
Ilse Ilse PROPN NNP 8 obl B-PERSON
Varga Varga PROPN NNP 10 flat I-PERSON
. . PUNCT . 8 punct)");
  EXPECT_EQ(Matching(triples, "Ilse Varga", "run", "fund").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "contrast", "", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, AnObjectParsedAsTheAppositionOfAFixedAdverbialIsTheVerbsObject) {
  // "Members approved, among other things, a cut in fees."
  const auto triples = testing::Extract(R"(Members member NOUN NNS 2 nsubj
approved approve VERB VBD 0 root
, , PUNCT , 6 punct
among among ADP IN 6 case
other other ADJ JJ 6 amod
things thing NOUN NNS 2 obl
, , PUNCT , 9 punct
a a DET DT 9 det
cut cut NOUN NN 6 appos
in in ADP IN 11 case
fees fee NOUN NNS 9 nmod
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Members", "approve", "cut in fees").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "", "", "other things").empty()) << Listing(triples);
}

TEST(JudgedClasses, SignsThatSomethingIsSoAreNotTheWritersFact) {
  // "There are signs that lenders fear the rules." with the clause on "are".
  const auto triples = testing::Extract(R"(There there PRON EX 2 expl
are be VERB VBP 0 root
signs sign NOUN NNS 2 nsubj
that that SCONJ IN 6 mark
lenders lender NOUN NNS 6 nsubj
fear fear VERB VBP 2 ccomp
the the DET DT 8 det
rules rule NOUN NNS 6 obj
. . PUNCT . 2 punct)");
  const auto fear = Matching(triples, "lenders", "fear", "rules");
  ASSERT_EQ(fear.size(), 1U) << Listing(triples);
  EXPECT_FALSE(fear[0].asserted);
}

TEST(JudgedClasses, ADescriptionBetweenCommasIsTheNamesAppositionNotASecondDoer) {
  // "Halden Brewing, the malt group, has bought the mill." with two subjects of "bought".
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 9 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
, , PUNCT , 1 punct
the the DET DT 6 det
malt malt NOUN NN 6 compound
group group NOUN NN 9 nsubj
, , PUNCT , 6 punct
has have AUX VBZ 9 aux
bought buy VERB VBN 0 root
the the DET DT 11 det
mill mill NOUN NN 9 obj
. . PUNCT . 9 punct)");
  EXPECT_EQ(Matching(triples, "Halden Brewing", "buy", "mill").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "group", "buy", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Halden Brewing", "be", "malt group").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, ATitleTakenIntoTheNameKeepsTheNounsBeforeIt) {
  // "Fund director Ilse Varga resigned." with the recogniser taking "director" into the name.
  const auto triples = testing::Extract(R"(Fund fund NOUN NN 2 compound
director director NOUN NN 3 nmod:desc B-PERSON
Ilse Ilse PROPN NNP 5 nsubj I-PERSON
Varga Varga PROPN NNP 3 flat I-PERSON
resigned resign VERB VBD 0 root
. . PUNCT . 5 punct)");
  EXPECT_EQ(Matching(triples, "Ilse Varga", "be", "Fund director").size(), 1U) << Listing(triples);
  for (const model::Triple& t : triples) EXPECT_NE(t.object.name, "director") << Listing(triples);
}

TEST(JudgedClasses, ARoleKeepsTheWholeNameThatModifiesIt) {
  // "The bid came from New York investor Ilse Varga." with "New" hung on "York", not on the
  // role noun: the role was "York investor".
  const auto triples = testing::Extract(R"(The the DET DT 2 det
bid bid NOUN NN 3 nsubj
came come VERB VBD 0 root
from from ADP IN 7 case
New New ADJ NNP 6 amod B-CITY
York York PROPN NNP 7 compound I-CITY
investor investor NOUN NN 3 obl
Ilse Ilse PROPN NNP 7 appos B-PERSON
Varga Varga PROPN NNP 8 flat I-PERSON
. . PUNCT . 3 punct)");
  const auto roles = Matching(triples, "Ilse Varga", "be", "investor");
  ASSERT_EQ(roles.size(), 1U) << Listing(triples);
  EXPECT_EQ(roles[0].object.name, "New York investor");
}

TEST(JudgedClasses, AListMemberParsedAsAnAppositionIsNoRole) {
  // "Exports went to Chile, coastal ports, Peru and inland depots."
  const auto triples = testing::Extract(R"(Exports export NOUN NNS 2 nsubj
went go VERB VBD 0 root
to to ADP IN 4 case
Chile Chile PROPN NNP 2 obl B-COUNTRY
, , PUNCT , 7 punct
coastal coastal ADJ JJ 7 amod
ports port NOUN NNS 4 conj
, , PUNCT , 9 punct
Peru Peru PROPN NNP 7 appos B-COUNTRY
and and CCONJ CC 12 cc
inland inland ADJ JJ 12 amod
depots depot NOUN NNS 9 conj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Peru", "be", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, ADateAfterANounDatesTheEventNotTheThing) {
  // "The bank's lending unit in 1986 approved two loans."
  const auto triples = testing::Extract(R"(The the DET DT 2 det
bank bank NOUN NN 5 nmod:poss
's 's PART POS 2 case
lending lending NOUN NN 5 compound
unit unit NOUN NN 8 nsubj
in in ADP IN 7 case
1986 1986 NUM CD 5 nmod B-DATE
approved approve VERB VBD 0 root
two two NUM CD 10 nummod
loans loan NOUN NNS 8 obj
. . PUNCT . 8 punct)");
  const auto approved = Matching(triples, "unit", "approve", "loans");
  ASSERT_EQ(approved.size(), 1U) << Listing(triples);
  EXPECT_EQ(approved[0].subject.name, "bank's lending unit");
  EXPECT_EQ(approved[0].time, "1986");
  // "Lund funded the dam in 2019." with the year on the object.
  const auto funded = testing::Extract(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
funded fund VERB VBD 0 root
the the DET DT 4 det
dam dam NOUN NN 2 obj
in in ADP IN 6 case
2019 2019 NUM CD 4 nmod B-DATE
. . PUNCT . 2 punct)");
  const auto dam = Matching(funded, "Lund", "fund", "dam");
  ASSERT_EQ(dam.size(), 1U) << Listing(funded);
  EXPECT_EQ(dam[0].object.name, "dam");
  EXPECT_EQ(dam[0].time, "2019");
}

TEST(JudgedClasses, ANameRightAfterARoleNounInsideAPhraseStaysInIt) {
  // "The fight against rival bidder Argyll Foods hurt Ward.": the phrase does not end on a bare
  // role.
  const auto subject = testing::Extract(R"(The the DET DT 2 det
fight fight NOUN NN 8 nsubj
against against ADP IN 5 case
rival rival NOUN NN 5 compound
bidder bidder NOUN NN 2 nmod
Argyll Argyll PROPN NNP 5 appos B-ORGANIZATION
Foods Foods PROPN NNP 6 flat I-ORGANIZATION
hurt hurt VERB VBD 0 root
Ward Ward PROPN NNP 8 obj B-PERSON
. . PUNCT . 8 punct)");
  const auto hurt = Matching(subject, "fight", "hurt", "Ward");
  ASSERT_EQ(hurt.size(), 1U) << Listing(subject);
  EXPECT_EQ(hurt[0].subject.name, "fight against rival bidder Argyll Foods");
}

TEST(JudgedClasses, AThingsPhraseKeepsOnePrepositionalModifierBesidesOf) {
  // "The union ended its strike against the port in protest at the new rules.": the protest is
  // why the union acted, hung on the port by the parse; "strike against the port" is the thing.
  const auto triples = testing::Extract(R"(The the DET DT 2 det
union union NOUN NN 3 nsubj
ended end VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
strike strike NOUN NN 3 obj
against against ADP IN 8 case
the the DET DT 8 det
port port NOUN NN 5 nmod
in in ADP IN 10 case
protest protest NOUN NN 8 nmod
at at ADP IN 14 case
the the DET DT 14 det
new new ADJ JJ 14 amod
rules rule NOUN NNS 10 nmod
. . PUNCT . 3 punct)");
  const auto ended = Matching(triples, "union", "end", "strike");
  ASSERT_EQ(ended.size(), 1U) << Listing(triples);
  EXPECT_EQ(ended[0].object.name, "strike against the port");
}

TEST(JudgedClasses, ANameAnObjectPointsToIsAnEdgeNotPartOfTheObjectsNode) {
  // "Ward led the fight against rival bidder Argyll Foods."
  const auto triples = testing::Extract(R"(Ward Ward PROPN NNP 2 nsubj B-PERSON
led lead VERB VBD 0 root
the the DET DT 4 det
fight fight NOUN NN 2 obj
against against ADP IN 7 case
rival rival NOUN NN 7 compound
bidder bidder NOUN NN 4 nmod
Argyll Argyll PROPN NNP 7 appos B-ORGANIZATION
Foods Foods PROPN NNP 8 flat I-ORGANIZATION
. . PUNCT . 2 punct)");
  // The name is the fight's opponent, an edge of its own; the fight's node does not carry it.
  EXPECT_EQ(Matching(triples, "Ward", "lead fight against", "Argyll Foods").size(), 1U)
      << Listing(triples);
  const auto fight = Matching(triples, "Ward", "lead", "fight");
  ASSERT_EQ(fight.size(), 1U) << Listing(triples);
  EXPECT_EQ(fight[0].object.name, "fight");
}

TEST(JudgedClasses, AMarkedClauseHungOnASpeechVerbsPlaceIsWhatWasSaid) {
  // "Lawyers for Ana Ruiz told a court in Douglas that Ruiz signed the deed." with the clause a
  // relative clause of "Douglas".
  const auto triples = ExtractRepaired(R"(Lawyers lawyer NOUN NNS 5 nsubj
for for ADP IN 3 case
Ana Ana PROPN NNP 1 nmod B-PERSON
Ruiz Ruiz PROPN NNP 3 flat I-PERSON
told tell VERB VBD 0 root
a a DET DT 7 det
court court NOUN NN 5 iobj
in in ADP IN 9 case
Douglas Douglas PROPN NNP 5 obl B-CITY
that that SCONJ IN 12 mark
Ruiz Ruiz PROPN NNP 12 nsubj B-PERSON
signed sign VERB VBD 9 acl:relcl
the the DET DT 14 det
deed deed NOUN NN 12 obj
. . PUNCT . 5 punct)");
  const auto signed_deed = Matching(triples, "Ruiz", "sign", "deed");
  ASSERT_EQ(signed_deed.size(), 1U) << Listing(triples);
  EXPECT_EQ(signed_deed[0].attributed_to, "Lawyers for Ana Ruiz");
  EXPECT_FALSE(signed_deed[0].asserted);
}

TEST(JudgedClasses, ACoordinationInsideAFirmsNameIsTheNames) {
  // "Ward paid Mining and Metals Consultants." with the firm untagged.
  const auto triples = testing::Extract(R"(Ward Ward PROPN NNP 2 nsubj B-PERSON
paid pay VERB VBD 0 root
Mining Mining PROPN NNP 6 compound
and and CCONJ CC 5 cc
Metals Metals PROPN NNPS 3 conj
Consultants Consultants PROPN NNPS 2 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Ward", "pay", "Mining and Metals Consultants").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, ATitleBeforeACommaIsTheNamesRoleNotItsModifier) {
  // "Kelso's chief executive, Mara Lund, quit the board." with "executive" tagged ADJ and hung on
  // "Mara".
  const auto triples = ExtractRepaired(R"(Kelso Kelso PROPN NNP 6 nmod:poss B-ORGANIZATION
's 's PART POS 1 case
chief chief ADJ JJ 6 amod
executive executive ADJ JJ 6 amod
, , PUNCT , 6 punct
Mara Mara PROPN NNP 9 nsubj B-PERSON
Lund Lund PROPN NNP 6 flat I-PERSON
, , PUNCT , 6 punct
quit quit VERB VBD 0 root
the the DET DT 11 det
board board NOUN NN 9 obj
. . PUNCT . 9 punct)");
  EXPECT_EQ(Matching(triples, "Mara Lund", "quit", "board").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Mara Lund", "chief executive of", "Kelso").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, SpeakersParsedIntoThePhraseBeforeThemAreTheSpeakers) {
  // "Prices will rise with demand for grain, traders and brokers said." with the speakers
  // conjuncts of "grain" and "said" an adverbial clause without a subject.
  const auto triples = ExtractRepaired(R"(Prices price NOUN NNS 3 nsubj
will will AUX MD 3 aux
rise rise VERB VB 0 root
with with ADP IN 5 case
demand demand NOUN NN 3 obl
for for ADP IN 7 case
grain grain NOUN NN 5 nmod
, , PUNCT , 9 punct
traders trader NOUN NNS 7 conj
and and CCONJ CC 11 cc
brokers broker NOUN NNS 7 conj
said say VERB VBD 3 advcl
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "traders", "say", "Prices will rise with demand for grain").size(),
            1U)
      << Listing(triples);
  EXPECT_EQ(Matching(triples, "brokers", "say", "Prices will rise").size(), 1U) << Listing(triples);
  const auto rise = Matching(triples, "Prices", "rise with", "demand for grain");
  ASSERT_EQ(rise.size(), 1U) << Listing(triples);
  EXPECT_FALSE(rise[0].asserted);
}

TEST(JudgedClasses, AnOccasionAfterTheObjectIsTheVerbsNotTheObjects) {
  // "The council reviewed the proposals at a closed session in the evening." with both phrases
  // hung inside the object's phrase.
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
council council NOUN NN 3 nsubj
reviewed review VERB VBD 0 root
the the DET DT 5 det
proposals proposal NOUN NNS 3 obj
at at ADP IN 9 case
a a DET DT 9 det
closed closed ADJ JJ 9 amod
session session NOUN NN 5 nmod
in in ADP IN 12 case
the the DET DT 12 det
evening evening NOUN NN 9 nmod
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "council", "review", "proposals").size(), 1U) << Listing(triples);
  for (const model::Triple& t : triples)
    EXPECT_FALSE(t.object.name.starts_with("proposals ")) << Listing(triples);
  EXPECT_EQ(Matching(triples, "council", "review at", "closed session").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, AnOccasionObjectKeepsItsOwnDate) {
  // "The board called a meeting in the morning." The meeting is the object: the phrase may be
  // the meeting's, so it stays where the parse put it.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 2 det
board board NOUN NN 3 nsubj
called call VERB VBD 0 root
a a DET DT 5 det
meeting meeting NOUN NN 3 obj
in in ADP IN 8 case
the the DET DT 8 det
morning morning NOUN NN 5 nmod
. . PUNCT . 3 punct)")};
  RepairEventTimeAttachments(sentences);
  EXPECT_EQ(sentences[0].tokens[7].head, 5);
  EXPECT_EQ(sentences[0].tokens[7].deprel, "nmod");
}

TEST(JudgedClasses, APersonNamedAfterAnOrganisationAndATitleIsTheOneWhoSpoke) {
  // "Varn Grain Board Chairman Ola Berg said prices rose." with the run hung on "Varn".
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Varn Varn PROPN NNP 8 nsubj B-ORGANIZATION
Grain Grain PROPN NNP 1 flat I-ORGANIZATION
Board Board PROPN NNP 1 flat I-ORGANIZATION
Chairman Chairman PROPN NNP 1 flat B-PERSON
Ola Ola PROPN NNP 1 flat I-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
, , PUNCT , 1 punct
said say VERB VBD 0 root
prices price NOUN NNS 10 nsubj
rose rise VERB VBD 8 ccomp
. . PUNCT . 8 punct)")};
  RepairTitledNameHeads(sentences);
  std::vector<model::Triple> triples;
  for (const ClauseTriple& t : ExtractClauseTriples(sentences[0], ArgumentContext{}))
    triples.push_back(ToModelTriple(t, model::Evidence{}));
  EXPECT_EQ(Matching(triples, "Ola Berg", "say", "prices rose").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Varn Grain Board", "say", "").empty()) << Listing(triples);
  // The board right before the title is where the title holds.
  EXPECT_EQ(Matching(triples, "Ola Berg", "chairman of", "Varn Grain Board").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, ARelativeClauseAfterANameBetweenCommasIsTheNames) {
  // "Halden holds shares of Kelso Mills, which runs two plants." with the clause on "shares".
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 2 nsubj B-ORGANIZATION
holds hold VERB VBZ 0 root
shares share NOUN NNS 2 obj
of of ADP IN 6 case
Kelso Kelso PROPN NNP 6 compound B-ORGANIZATION
Mills Mills PROPN NNP 3 nmod I-ORGANIZATION
, , PUNCT , 9 punct
which which PRON WDT 9 nsubj
runs run VERB VBZ 3 acl:relcl
two two NUM CD 11 nummod
plants plant NOUN NNS 9 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Kelso Mills", "run", "two plants").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "shares", "run", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, ACoordinationOfModifiersIsOnePhrase) {
  // "Oil and gas producers cut output." parsed as UD does: "gas" a conjunct of the compound
  // "Oil". The subject is one phrase, not "Oil producers".
  const auto triples = ExtractRepaired(R"(Oil oil NOUN NN 4 compound
and and CCONJ CC 3 cc
gas gas NOUN NN 1 conj
producers producer NOUN NNS 5 nsubj
cut cut VERB VBD 0 root
output output NOUN NN 5 obj
. . PUNCT . 5 punct)");
  const auto cut = Matching(triples, "producers", "cut", "output");
  ASSERT_EQ(cut.size(), 1U) << Listing(triples);
  EXPECT_EQ(cut[0].subject.name, "Oil and gas producers");
}

TEST(JudgedClasses, ASpeechVerbParsedAsAConjunctOfTheReportGovernsIt) {
  // "Fees will not rise in 1988, Ola Berg said." with "said" a conjunct of "rise" and "1988"
  // hung on "said".
  const auto triples = ExtractRepaired(R"(Fees fee NOUN NNS 4 nsubj
will will AUX MD 4 aux
not not PART RB 4 advmod
rise rise VERB VB 0 root
in in ADP IN 6 case
1988 1988 NUM CD 10 obl B-DATE
, , PUNCT , 6 punct
Ola Ola PROPN NNP 10 nsubj B-PERSON
Berg Berg PROPN NNP 8 flat I-PERSON
said say VERB VBD 4 conj
. . PUNCT . 10 punct)");
  EXPECT_EQ(Matching(triples, "Ola Berg", "say", "Fees will not rise in 1988").size(), 1U)
      << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Ola Berg", "say in", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, ANounThatNamesNoThingAloneIsNoNode) {
  // "Managers own the remainder at one stage." and "The notes yield 100 basis points."
  const nlp::AnalyzedSentence empty = testing::Sentence(R"(Managers manager NOUN NNS 2 nsubj
own own VERB VBP 0 root
the the DET DT 4 det
remainder remainder NOUN NN 2 obj
at at ADP IN 7 case
one one NUM CD 7 nummod
stage stage NOUN NN 2 obl
. . PUNCT . 2 punct)");
  const nlp::DepTree empty_tree(empty);
  EXPECT_TRUE(IsVaguePhrase(empty_tree, 3));  // the remainder
  EXPECT_TRUE(IsVaguePhrase(empty_tree, 6));  // at one stage
  const nlp::AnalyzedSentence points = testing::Sentence(R"(The the DET DT 2 det
notes note NOUN NNS 3 nsubj
yield yield VERB VBP 0 root
100 100 NUM CD 6 nummod
basis basis NOUN NN 6 compound
points point NOUN NNS 3 obj
. . PUNCT . 3 punct)");
  EXPECT_FALSE(IsVaguePhrase(nlp::DepTree(points), 5));
}

TEST(JudgedClasses, TheSpeakersWordsHungInsideTheReportAreNotWhatWasSaid) {
  // "Halden is issuing a bond, lead manager Kelso Bank said." with "lead manager Kelso" hung as
  // an apposition inside the report and only "Bank" the subject of "said".
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
is be AUX VBZ 3 aux
issuing issue VERB VBG 11 ccomp
a a DET DT 5 det
bond bond NOUN NN 3 obj
, , PUNCT , 8 punct
lead lead NOUN NN 8 compound
manager manager NOUN NN 5 appos
Kelso Kelso PROPN NNP 8 flat B-ORGANIZATION
Bank Bank PROPN NNP 11 nsubj I-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 11 punct)");
  const auto said = Matching(triples, "", "say", "Halden is issuing a bond");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Halden is issuing a bond");
}

TEST(JudgedClasses, AVerbTakenForASubjectIsNoThing) {
  // "The union backed a budget and called on stock exchanges to act." with "exchanges" tagged a
  // verb, the root, and "backed" its subject.
  const nlp::AnalyzedSentence broken = testing::Sentence(R"(The the DET DT 2 det
union union NOUN NN 10 nsubj
backed back VERB VBD 10 nsubj
a a DET DT 5 det
budget budget NOUN NN 3 obj
and and CCONJ CC 7 cc
called call VERB VBD 3 conj
on on ADP IN 9 case
stock stock NOUN NN 7 obl
exchanges exchange VERB VBZ 0 root
to to PART TO 12 mark
act act VERB VB 10 xcomp
. . PUNCT . 10 punct)");
  const nlp::DepTree tree(broken);
  const auto backed = MakeArgument(tree, 2, ArgumentContext{});
  ASSERT_TRUE(backed.has_value());
  EXPECT_TRUE(backed->vague);
  // "called", a lone past form (its phrase cut before "on stock"), is no argument at all.
  EXPECT_FALSE(MakeArgument(tree, 6, ArgumentContext{}).has_value());
  EXPECT_FALSE(MakeArgument(tree, 1, ArgumentContext{})->vague);  // the union
}

TEST(JudgedClasses, AParticipleOfSayingAfterTheReportIsTheSpeakers) {
  // "Halden said profits rose, adding the gain will be taxed." with "adding" the subject of
  // "taxed" and "the gain" its object.
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 2 nsubj B-ORGANIZATION
said say VERB VBD 0 root
profits profit NOUN NNS 4 nsubj
rose rise VERB VBD 2 ccomp
, , PUNCT , 6 punct
adding add VERB VBG 11 nsubj:pass
the the DET DT 8 det
gain gain NOUN NN 6 obj
will will AUX MD 11 aux
be be AUX VB 11 aux:pass
taxed tax VERB VBN 4 advcl
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Halden", "say", "profits rose").size(), 1U) << Listing(triples);
  const auto added = Matching(triples, "Halden", "say", "the gain will be taxed");
  ASSERT_EQ(added.size(), 1U) << Listing(triples);
  EXPECT_EQ(added[0].relation, "adding");
  for (const model::Triple& t : triples)
    EXPECT_EQ(t.subject.name.find("adding"), std::string::npos);
}

TEST(JudgedClasses, AnAdverbOfTheReportBeforeTheSpeakerStaysInTheReport) {
  // "Sales could reach 300 dlrs annually, Ola Berg announced." with "annually" hung on
  // "announced".
  const auto triples = ExtractRepaired(R"(Sales sale NOUN NNS 3 nsubj
could could AUX MD 3 aux
reach reach VERB VB 10 ccomp
300 300 NUM CD 5 nummod
dlrs dlr NOUN NNS 3 obj
annually annually ADV RB 10 advmod
, , PUNCT , 10 punct
Ola Ola PROPN NNP 10 nsubj B-PERSON
Berg Berg PROPN NNP 8 flat I-PERSON
announced announce VERB VBD 0 root
. . PUNCT . 10 punct)");
  const auto said = Matching(triples, "Ola Berg", "say", "Sales could reach");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Sales could reach 300 dlrs annually");
}

TEST(JudgedClasses, AQuotationEndsAtItsClosingMark) {
  // 'Berg said, "Prices will rise," when asked about reports.' with "when asked" hung on the
  // quotation's verb.
  const auto triples = ExtractRepaired(R"(Berg Berg PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
, , PUNCT , 7 punct
" " PUNCT `` 7 punct
Prices price NOUN NNS 7 nsubj
will will AUX MD 7 aux
rise rise VERB VB 2 ccomp
, , PUNCT , 7 punct
" " PUNCT '' 7 punct
when when ADV WRB 11 mark
asked ask VERB VBN 7 advcl
about about ADP IN 13 case
reports report NOUN NNS 11 obl
. . PUNCT . 2 punct)");
  const auto said = Matching(triples, "Berg", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Prices will rise");
}

TEST(JudgedClasses, ASpeechObjectRightBeforeARelativeClausesSubjectFrontsIt) {
  // "Ola Berg said the Fisheries Board estimated exports would rise." with "Fisheries" the object
  // of "said" and "Board estimated ..." its relative clause.
  const auto triples = ExtractRepaired(R"(Ola Ola PROPN NNP 3 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
the the DET DT 5 det
Fisheries fishery NOUN NNS 3 obj
Board Board PROPN NNP 7 nsubj
estimated estimate VERB VBD 5 acl:relcl
exports export NOUN NNS 10 nsubj
would would AUX MD 10 aux
rise rise VERB VB 7 ccomp
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Ola Berg", "say", "the Fisheries Board estimated exports would rise")
                .size(),
            1U)
      << Listing(triples);
}

TEST(JudgedClasses, SubjectsThatFollowOneAnotherAreOnePhrase) {
  // "Halden Corp's Kelso unit said sales rose." with "Corp", "Kelso" and "unit" three subjects.
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 2 compound B-ORGANIZATION
Corp Corp PROPN NNP 6 nsubj I-ORGANIZATION
's 's PART POS 2 case
Kelso Kelso PROPN NNP 6 nsubj B-ORGANIZATION
unit unit NOUN NN 6 nsubj
said say VERB VBD 0 root
sales sale NOUN NNS 8 nsubj
rose rise VERB VBD 6 ccomp
. . PUNCT . 6 punct)");
  const auto said = Matching(triples, "", "say", "sales rose");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Halden Corp's Kelso unit");
}

TEST(JudgedClasses, APossessiveNameOwnsTheNounAfterIt) {
  // "The Bank of Oslo's governor met Ilse Varga." with "governor" an nmod of "Bank".
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
Bank Bank PROPN NNP 7 nsubj B-ORGANIZATION
of of ADP IN 6 case I-ORGANIZATION
Oslo Oslo PROPN NNP 6 nmod:poss I-ORGANIZATION
's 's PART POS 4 case
governor governor NOUN NN 2 nmod
met meet VERB VBD 0 root
Ilse Ilse PROPN NNP 7 obj B-PERSON
Varga Varga PROPN NNP 8 flat I-PERSON
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(triples, "Bank of Oslo's governor", "meet", "Ilse Varga").size(), 1U)
      << Listing(triples);
  for (const model::Triple& t : triples)
    EXPECT_NE(t.subject.name, "Bank of Oslo") << Listing(triples);
}

TEST(JudgedClasses, NotEnoughToIsADegreeNotAPurpose) {
  // "The subsidies are not enough to save the mill."
  const auto triples = testing::Extract(R"(The the DET DT 2 det
subsidies subsidy NOUN NNS 5 nsubj
are be AUX VBP 5 cop
not not PART RB 5 advmod
enough enough ADJ JJ 0 root
to to PART TO 7 mark
save save VERB VB 5 advcl
the the DET DT 9 det
mill mill NOUN NN 7 obj
. . PUNCT . 5 punct)");
  const auto save = Matching(triples, "subsidies", "save", "mill");
  ASSERT_EQ(save.size(), 1U) << Listing(triples);
  EXPECT_TRUE(save[0].negated);
  EXPECT_NE(save[0].modality, "in order to");
  EXPECT_EQ(save[0].relation, "are not enough to save");
}

TEST(JudgedClasses, AWordOfATitleParsedAsASubjectStaysWithTheTitle) {
  // "Finance Minister Ilse Varga cut taxes." with "Finance" a second subject of "cut".
  const auto triples = testing::Extract(R"(Finance Finance PROPN NNP 5 nsubj
Minister Minister PROPN NNP 3 nmod:desc B-PERSON
Ilse Ilse PROPN NNP 5 nsubj I-PERSON
Varga Varga PROPN NNP 3 flat I-PERSON
cut cut VERB VBD 0 root
taxes tax NOUN NNS 5 obj
. . PUNCT . 5 punct)");
  EXPECT_EQ(Matching(triples, "Ilse Varga", "be", "Finance Minister").size(), 1U)
      << Listing(triples);
  // "Lund urged Trade Minister Ilse Varga to act." with the name flat under "Trade".
  const auto urged = testing::Extract(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
urged urge VERB VBD 0 root
Trade Trade PROPN NNP 2 obj
Minister Minister PROPN NNP 3 flat B-PERSON
Ilse Ilse PROPN NNP 3 flat I-PERSON
Varga Varga PROPN NNP 3 flat I-PERSON
to to PART TO 8 mark
act act VERB VB 2 xcomp
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(urged, "Ilse Varga", "be", "Trade Minister").size(), 1U) << Listing(urged);
}

TEST(JudgedClasses, AStretchOfTimeOnANounIsNoPartOfItsName) {
  // "Ministers in the coming weeks will discuss the package."
  const auto triples = testing::Extract(R"(Ministers minister NOUN NNS 7 nsubj
in in ADP IN 5 case
the the DET DT 5 det
coming come VERB VBG 5 amod
weeks week NOUN NNS 1 nmod
will will AUX MD 7 aux
discuss discuss VERB VB 0 root
the the DET DT 9 det
package package NOUN NN 7 obj
. . PUNCT . 7 punct)");
  const auto discuss = Matching(triples, "Ministers", "discuss", "package");
  ASSERT_EQ(discuss.size(), 1U) << Listing(triples);
  EXPECT_EQ(discuss[0].subject.name, "Ministers");
}

TEST(JudgedClasses, ASpeakerAfterTheClosingQuoteGovernsTheQuote) {
  // "\"Costs will rise,\" auditors Pell and Thwaite said." with "said" a ccomp of "rise".
  const auto triples = ExtractRepaired(R"(" " PUNCT `` 4 punct
Costs cost NOUN NNS 4 nsubj
will will AUX MD 4 aux
rise rise VERB VB 0 root
, , PUNCT , 4 punct
" " PUNCT '' 4 punct
auditors auditor NOUN NNS 11 nsubj
Pell Pell PROPN NNP 11 nsubj B-ORGANIZATION
and and CCONJ CC 10 cc I-ORGANIZATION
Thwaite Thwaite PROPN NNP 8 conj I-ORGANIZATION
said say VERB VBD 4 ccomp
. . PUNCT . 4 punct)");
  const auto said = Matching(triples, "Pell and Thwaite", "say", "Costs will rise");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, ARelativeClauseOnAPartOfANameIsAboutTheWholeName) {
  // "Lund succeeded Ray Golden who joined Halden Grain." with the clause on "Golden".
  const auto triples = testing::Extract(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
succeeded succeed VERB VBD 0 root
Ray Ray PROPN NNP 2 obj B-PERSON
Golden golden ADJ JJ 3 flat I-PERSON
who who PRON WP 6 nsubj
joined join VERB VBD 4 acl:relcl
Halden Halden PROPN NNP 6 obj B-ORGANIZATION
Grain Grain PROPN NNP 7 flat I-ORGANIZATION
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Ray Golden", "join", "Halden Grain").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, PiecesOfAReportedClauseHungOnTheSpeechVerbAreTheClauses) {
  // "Lund said because of floods, prices will rise in the year ended June 30." with the cause and
  // the participle hung on "said".
  const auto triples = ExtractRepaired(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
because because ADP IN 5 case
of of ADP IN 3 fixed
floods flood NOUN NNS 2 obl
, , PUNCT , 9 punct
prices price NOUN NNS 9 nsubj
will will AUX MD 9 aux
rise rise VERB VB 2 ccomp
in in ADP IN 12 case
the the DET DT 12 det
year year NOUN NN 9 obl
ended end VERB VBD 2 ccomp
June June PROPN NNP 13 obl:tmod
30 30 NUM CD 14 nummod
. . PUNCT . 2 punct)");
  const auto said = Matching(triples, "Lund", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "because of floods, prices will rise in the year ended June 30");
  // "Lund said costs will rise as prices were unstable." with "unstable" a second ccomp whose
  // "as" the tagger made a preposition.
  const auto as = ExtractRepaired(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
costs cost NOUN NNS 5 nsubj
will will AUX MD 5 aux
rise rise VERB VB 2 ccomp
as as ADP IN 7 case
prices price NOUN NNS 9 nsubj
were be AUX VBD 9 cop
unstable unstable ADJ JJ 2 ccomp
. . PUNCT . 2 punct)");
  const auto as_said = Matching(as, "Lund", "say", "");
  ASSERT_EQ(as_said.size(), 1U) << Listing(as);
  EXPECT_EQ(as_said[0].object.name, "costs will rise as prices were unstable");
}

TEST(JudgedClasses, AnAmountComparedWithIsNoArgumentNorPartOfANode) {
  // "Exports showed a 42 mln dlr surplus against a 246 mln shortfall in May."
  const auto triples = testing::Extract(R"(Exports export NOUN NNS 2 nsubj
showed show VERB VBD 0 root
a a DET DT 7 det
42 42 NUM CD 5 nummod
mln mln NOUN NN 7 compound
dlr dlr NOUN NN 7 compound
surplus surplus NOUN NN 2 obj
against against ADP IN 12 case
a a DET DT 12 det
246 246 NUM CD 11 nummod
mln mln NOUN NN 12 compound
shortfall shortfall NOUN NN 7 nmod
in in ADP IN 14 case
May May PROPN NNP 12 nmod B-DATE
. . PUNCT . 2 punct)");
  const auto showed = Matching(triples, "Exports", "show", "surplus");
  ASSERT_EQ(showed.size(), 1U) << Listing(triples);
  EXPECT_EQ(showed[0].object.name, "42 mln dlr surplus");
  EXPECT_TRUE(Matching(triples, "", "", "shortfall").empty()) << Listing(triples);
}

TEST(JudgedClasses, ASecondClausesSubjectReadAsANounConjunctIsItsSubject) {
  // "Dealers sold oats in Chicago and millers bought corn." with "millers" a conjunct of
  // "Chicago" and "bought" a conjunct of "sold" without a subject.
  const auto triples = ExtractRepaired(R"(Dealers dealer NOUN NNS 2 nsubj
sold sell VERB VBD 0 root
oats oat NOUN NNS 2 obj
in in ADP IN 5 case
Chicago Chicago PROPN NNP 2 obl B-CITY
and and CCONJ CC 7 cc
millers miller NOUN NNS 5 conj
bought buy VERB VBD 2 conj
corn corn NOUN NN 8 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "millers", "buy", "corn").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Dealers", "buy", "").empty()) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Dealers", "", "millers").empty()) << Listing(triples);
}

TEST(JudgedClasses, ASecondClausesSubjectBeforeAModalIsItsSubject) {
  // "Dealers will sell oats and the millers will buy corn." with "millers" a conjunct of "oats"
  // and "buy" an adverbial clause of "sell".
  const auto triples = ExtractRepaired(R"(Dealers dealer NOUN NNS 3 nsubj
will will AUX MD 3 aux
sell sell VERB VB 0 root
oats oat NOUN NNS 3 obj
and and CCONJ CC 7 cc
the the DET DT 7 det
millers miller NOUN NNS 4 conj
will will AUX MD 9 aux
buy buy VERB VB 3 advcl
corn corn NOUN NN 9 obj
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "millers", "buy", "corn").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Dealers", "", "millers").empty()) << Listing(triples);
}

TEST(JudgedClasses, ANounListBeforeASharedVerbKeepsItsVerb) {
  // "Dealers sold oats and bought corn.": the second verb has no subject of its own and the
  // noun before it is no conjunct, so it shares the first verb's subject.
  const auto triples = ExtractRepaired(R"(Dealers dealer NOUN NNS 2 nsubj
sold sell VERB VBD 0 root
oats oat NOUN NNS 2 obj
and and CCONJ CC 5 cc
bought buy VERB VBD 2 conj
corn corn NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Dealers", "buy", "corn").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, ADescriptionBeforeTheSpeechVerbIsTheSpeakersApposition) {
  // "Rains came late, Ann Holt, chief economist for Brill Bank said." (no comma before "said")
  // with the name, the description and the bank three subjects of "said".
  const auto triples = ExtractRepaired(R"(Rains rain NOUN NNS 2 nsubj
came come VERB VBD 13 ccomp
late late ADV RB 2 advmod
, , PUNCT , 2 punct
Ann Ann PROPN NNP 13 nsubj B-PERSON
Holt Holt PROPN NNP 5 flat I-PERSON
, , PUNCT , 9 punct
chief chief ADJ JJ 9 amod
economist economist NOUN NN 13 nsubj
for for ADP IN 13 mark
Brill Brill PROPN NNP 13 nsubj B-ORGANIZATION
Bank Bank PROPN NNP 11 flat I-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 13 punct)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Ann Holt");
  EXPECT_EQ(said[0].object.name, "Rains came late");
}

TEST(JudgedClasses, AParticipleBeforeANounIsItsModifierNotAVerb) {
  // "Members gave an award to retiring Chairman Ola Berg." with "retiring" an advcl of "gave",
  // "to" its marker and the name its object.
  const auto triples = ExtractRepaired(R"(Members member NOUN NNS 2 nsubj
gave give VERB VBD 0 root
an a DET DT 4 det
award award NOUN NN 2 obj
to to SCONJ IN 6 mark
retiring retire VERB VBG 2 advcl
Chairman chairman PROPN NNP 8 compound
Ola Ola PROPN NNP 6 obj B-PERSON
Berg Berg PROPN NNP 8 flat I-PERSON
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Members", "retire", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Members", "give to", "Ola Berg").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, AGerundOfAVerbThatTakesAnObjectStaysAVerb) {
  // "Firms cut costs by raising new capital.": "raise" takes an object, so "raising" is a verb.
  const auto triples = ExtractRepaired(R"(Firms firm NOUN NNS 2 nsubj
cut cut VERB VBD 0 root
costs cost NOUN NNS 2 obj
by by SCONJ IN 5 mark
raising raise VERB VBG 2 advcl
new new ADJ JJ 7 amod
capital capital NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Firms", "raise", "new capital").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, APersonIsNoApposedThingThatCannotDescribeAPerson) {
  // "In answer to a question, Ola Berg said prices rose." with the name an apposition of
  // "question"; and "Ola Berg, a former banker, left." keeps its role.
  const auto question = testing::Extract(R"(In in ADP IN 2 case
answer answer NOUN NN 10 obl
to to ADP IN 5 case
a a DET DT 5 det
question question NOUN NN 2 nmod
, , PUNCT , 7 punct
Ola Ola PROPN NNP 5 appos B-PERSON
Berg Berg PROPN NNP 7 flat I-PERSON
prices price NOUN NNS 11 nsubj
said say VERB VBD 0 root
rose rise VERB VBD 10 ccomp
. . PUNCT . 10 punct)");
  EXPECT_TRUE(Matching(question, "Ola Berg", "be", "").empty()) << Listing(question);
  const auto banker = testing::Extract(R"(Ola Ola PROPN NNP 7 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
, , PUNCT , 6 punct
a a DET DT 6 det
former former ADJ JJ 6 amod
banker banker NOUN NN 1 appos
left leave VERB VBD 0 root
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(banker, "Ola Berg", "be", "former banker").size(), 1U) << Listing(banker);
}

TEST(JudgedClasses, APhraseHeadedByFollowingIsNoSubject) {
  // "Rates rose following the vote, which could be used against banks." with "following" the
  // passive subject of "used".
  const auto triples = testing::Extract(R"(Rates rate NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
following follow VERB VBG 10 nsubj:pass
the the DET DT 5 det
vote vote NOUN NN 3 obj
, , PUNCT , 10 punct
which which PRON WDT 10 nsubj:pass
could could AUX MD 10 aux
be be AUX VB 10 aux:pass
used use VERB VBN 2 advcl
against against ADP IN 12 case
banks bank NOUN NNS 10 obl
. . PUNCT . 2 punct)");
  for (const model::Triple& t : triples)
    EXPECT_EQ(t.subject.name.find("following"), std::string::npos) << Listing(triples);
}

TEST(JudgedClasses, AnObjectControlledComplementReadsInThePassive) {
  // "The board did not allow the managers to sell the plant.": the managers are the ones
  // allowed, so their edge reads "were not allowed to sell", not "did not allow to sell".
  const auto triples = testing::Extract(R"(The the DET DT 2 det
board board NOUN NN 5 nsubj
did do AUX VBD 5 aux
not not PART RB 5 advmod
allow allow VERB VB 0 root
the the DET DT 7 det
managers manager NOUN NNS 5 obj
to to PART TO 9 mark
sell sell VERB VB 5 xcomp
the the DET DT 11 det
plant plant NOUN NN 9 obj
. . PUNCT . 5 punct)");
  const auto sell = Matching(triples, "managers", "sell", "plant");
  ASSERT_EQ(sell.size(), 1U) << Listing(triples);
  EXPECT_EQ(sell[0].relation, "were not allowed to sell");
  EXPECT_TRUE(sell[0].negated);
  // "Unions urged Ola Berg to quit the board." in the past, one controller.
  const auto quit = testing::Extract(R"(Unions union NOUN NNS 2 nsubj
urged urge VERB VBD 0 root
Ola Ola PROPN NNP 2 obj B-PERSON
Berg Berg PROPN NNP 3 flat I-PERSON
to to PART TO 6 mark
quit quit VERB VB 2 xcomp
the the DET DT 8 det
board board NOUN NN 6 obj
. . PUNCT . 2 punct)");
  const auto quit_edges = Matching(quit, "Ola Berg", "quit", "board");
  ASSERT_EQ(quit_edges.size(), 1U) << Listing(quit);
  EXPECT_EQ(quit_edges[0].relation, "was urged to quit");
}

TEST(JudgedClasses, AnInfinitiveAfterAgreeIsWhatWasAgreedNotAPurpose) {
  // "Both sides agreed at the talks to revive the economy." with "revive" an advcl of "agreed".
  const auto triples = testing::Extract(R"(Both both DET DT 2 det
sides side NOUN NNS 3 nsubj
agreed agree VERB VBD 0 root
at at ADP IN 6 case
the the DET DT 6 det
talks talk NOUN NNS 3 obl
to to PART TO 8 mark
revive revive VERB VB 3 advcl
the the DET DT 10 det
economy economy NOUN NN 8 obj
. . PUNCT . 3 punct)");
  const auto revive = Matching(triples, "sides", "revive", "economy");
  ASSERT_EQ(revive.size(), 1U) << Listing(triples);
  EXPECT_EQ(revive[0].modality, "agree");
  EXPECT_EQ(revive[0].relation, "agreed to revive");
}

TEST(JudgedClasses, ADespitePhraseIsTheClausesNotPartOfTheObject) {
  // "Ola Berg decided against a second term despite a crisis in the party." with the "despite"
  // phrase hung on "term".
  const auto triples = ExtractRepaired(R"(Ola Ola PROPN NNP 3 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
decided decide VERB VBD 0 root
against against ADP IN 7 case
a a DET DT 7 det
second second ADJ JJ 7 amod
term term NOUN NN 3 obl
despite despite ADP IN 10 case
a a DET DT 10 det
crisis crisis NOUN NN 7 nmod
in in ADP IN 13 case
the the DET DT 13 det
party party NOUN NN 10 nmod
. . PUNCT . 3 punct)");
  const auto term = Matching(triples, "Ola Berg", "decide against", "");
  ASSERT_EQ(term.size(), 1U) << Listing(triples);
  EXPECT_EQ(term[0].object.name, "second term");
}

TEST(JudgedClasses, AWhoseClauseIsTheNounsAndTheVerbAfterItTheMainOne) {
  // "The bank, whose loans rose, said profits fell." parsed with "rose" the root and "said" its
  // conjunct, so the loans said it.
  const auto bank = ExtractRepaired(R"(The the DET DT 2 det
bank bank NOUN NN 6 nsubj
, , PUNCT , 2 punct
whose whose PRON WP$ 5 nmod:poss
loans loan NOUN NNS 6 nsubj
rose rise VERB VBD 0 root
, , PUNCT , 6 punct
said say VERB VBD 6 conj
profits profit NOUN NNS 10 nsubj
fell fall VERB VBD 8 ccomp
. . PUNCT . 6 punct)");
  const auto said = Matching(bank, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(bank);
  EXPECT_EQ(said[0].subject.name, "bank");
  // "Varn Corp, whose board rejected the bid, said it will sell." with the name a vocative and
  // the relative clause a ccomp of "said".
  const auto varn = ExtractRepaired(R"(Varn Varn PROPN NNP 2 compound B-ORGANIZATION
Corp Corp PROPN NNP 6 vocative I-ORGANIZATION
, , PUNCT , 2 punct
whose whose PRON WP$ 5 nmod:poss
board board NOUN NN 6 nsubj
rejected reject VERB VBD 10 ccomp
the the DET DT 8 det
bid bid NOUN NN 6 obj
, , PUNCT , 6 punct
said say VERB VBD 0 root
it it PRON PRP 13 nsubj
will will AUX MD 13 aux
sell sell VERB VB 10 ccomp
. . PUNCT . 10 punct)");
  const auto varn_said = Matching(varn, "", "say", "");
  ASSERT_EQ(varn_said.size(), 1U) << Listing(varn);
  EXPECT_EQ(varn_said[0].subject.name, "Varn Corp");
  EXPECT_EQ(varn_said[0].object.name, "it will sell");
}

TEST(JudgedClasses, AQuestionIsNeitherSaidNorAsserted) {
  // "Analysts asked whether Varn sold the mill.": nobody said Varn sold it.
  const auto triples = testing::Extract(R"(Analysts analyst NOUN NNS 2 nsubj
asked ask VERB VBD 0 root
whether whether SCONJ IN 5 mark
Varn Varn PROPN NNP 5 nsubj B-ORGANIZATION
sold sell VERB VBD 2 ccomp
the the DET DT 7 det
mill mill NOUN NN 5 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Analysts", "", "").empty()) << Listing(triples);
  const auto sold = Matching(triples, "Varn", "sell", "mill");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_FALSE(sold[0].asserted);
  EXPECT_EQ(sold[0].modality, "whether");
  EXPECT_EQ(sold[0].attributed_to, "");
}

TEST(JudgedClasses, ASubjectInsideATrailingReportIsNoSpeaker) {
  // "The mill closed, but the workers stayed, the aide said." with "workers" a second subject
  // of "said".
  const auto triples = testing::Extract(R"(The the DET DT 2 det
mill mill NOUN NN 3 nsubj
closed close VERB VBD 12 ccomp
, , PUNCT , 7 punct
but but CCONJ CC 7 cc
the the DET DT 7 det
workers worker NOUN NNS 12 nsubj
stayed stay VERB VBD 12 ccomp
, , PUNCT , 12 punct
the the DET DT 11 det
aide aide NOUN NN 12 nsubj
said say VERB VBD 0 root
. . PUNCT . 12 punct)");
  EXPECT_TRUE(Matching(triples, "workers", "say", "").empty()) << Listing(triples);
  const auto said = Matching(triples, "aide", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "The mill closed, but the workers stayed");
}

TEST(JudgedClasses, ATitleHeadIsThePersonItNames) {
  // "Treasurer Ola Berg would get a bonus." with "Treasurer" the head, tagged a NORP, and the
  // name its flat parts.
  const auto triples = testing::Extract(R"(Treasurer Treasurer PROPN NNP 5 nsubj B-NORP
Ola Ola PROPN NNP 1 flat B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
would would AUX MD 5 aux
get get VERB VB 0 root
a a DET DT 7 det
bonus bonus NOUN NN 5 obj
. . PUNCT . 5 punct)");
  EXPECT_EQ(Matching(triples, "Ola Berg", "get", "bonus").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, OneTitleGivesOneRoleEdge) {
  // "Energy and Mines Minister Ola Berg spoke." with the recogniser's span starting at
  // "Minister", so the name has two heads and the title was read twice, once cut.
  const auto triples = testing::Extract(R"(Energy Energy PROPN NNP 7 nsubj
and and CCONJ CC 3 cc
Mines Mines PROPN NNP 1 conj
Minister Minister PROPN NNP 3 flat B-PERSON
Ola Ola PROPN NNP 7 nsubj I-PERSON
Berg Berg PROPN NNP 5 flat I-PERSON
spoke speak VERB VBD 0 root
. . PUNCT . 7 punct)");
  const auto roles = Matching(triples, "Ola Berg", "be", "");
  ASSERT_EQ(roles.size(), 1U) << Listing(triples);
  // The same with "Minister" a flat part of "Mines" and the name hung on the verb: the title
  // is read once, whole ("Energy and Mines Minister Minister" had been its role).
  const auto flat = testing::Extract(R"(Energy Energy PROPN NNP 7 compound
and and CCONJ CC 3 cc
Mines Mines PROPN NNPS 1 conj
Minister Minister PROPN NNP 3 flat B-PERSON
Ola Ola PROPN NNP 7 compound I-PERSON
Dag Dag PROPN NNP 5 flat I-PERSON
Berg Berg PROPN NNP 8 nsubj I-PERSON
spoke speak VERB VBD 0 root
. . PUNCT . 8 punct)");
  const auto role = Matching(flat, "Ola Dag Berg", "be", "");
  ASSERT_EQ(role.size(), 1U) << Listing(flat);
  EXPECT_EQ(role[0].object.name, "Energy and Mines Minister") << Listing(flat);
}

TEST(JudgedClasses, TheOfComplementOfDepriveIsTheVerbsNotTheObjects) {
  // "The raids deprive Iranian rulers of oil revenue." with "of oil revenue" on "rulers".
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
raids raid NOUN NNS 3 nsubj
deprive deprive VERB VBP 0 root
Iranian Iranian ADJ JJ 5 amod
rulers ruler NOUN NNS 3 obj
of of ADP IN 8 case
oil oil NOUN NN 8 compound
revenue revenue NOUN NN 5 nmod
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "raids", "deprive", "Iranian rulers").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "raids", "deprive of", "oil revenue").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, ASecondSpeechVerbHungInsideTheReportIsTheSpeakers) {
  // "Ola Berg said progress was made and added that talks would cover prices." with "added" a
  // conj of "made", so what was added was credited to progress.
  const auto triples = ExtractRepaired(R"(Ola Ola PROPN NNP 3 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
progress progress NOUN NN 6 nsubj:pass
was be AUX VBD 6 aux:pass
made make VERB VBN 3 ccomp
and and CCONJ CC 8 cc
added add VERB VBD 6 conj
that that SCONJ IN 12 mark
talks talk NOUN NNS 12 nsubj
would would AUX MD 12 aux
cover cover VERB VB 8 ccomp
prices price NOUN NNS 12 obj
. . PUNCT . 3 punct)");
  const auto cover = Matching(triples, "talks", "cover", "prices");
  ASSERT_EQ(cover.size(), 1U) << Listing(triples);
  EXPECT_EQ(cover[0].attributed_to, "Ola Berg");
  EXPECT_EQ(Matching(triples, "Ola Berg", "say", "talks would cover prices").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, APricePerShareBeforeANounIsPartOfThatNounsPhrase) {
  // "The board rejected a 28 dlr a share offer." parsed with "28 dlr" an indirect object and "a
  // share offer" the object, so the board rejected 28 dollars.
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
board board NOUN NN 3 nsubj
rejected reject VERB VBD 0 root
a a DET DT 6 det
28 28 NUM CD 6 nummod
dlr dlr NOUN NN 3 iobj
a a DET DT 9 det
share share NOUN NN 9 compound
offer offer NOUN NN 3 obj
. . PUNCT . 3 punct)");
  const auto rejected = Matching(triples, "board", "reject", "");
  ASSERT_EQ(rejected.size(), 1U) << Listing(triples);
  EXPECT_EQ(rejected[0].object.name, "28 dlr share offer");
}

TEST(JudgedClasses, TheDatesOfALevelDateItsValuesNotTheEvent) {
  // "Tarvik exports fell to 40 mln dlrs in 1986 from 55 mln dlrs in 1985.": 1985 is the date of
  // the old level; "exports fell in 1985" is not what the sentence says.
  const auto fell = testing::Extract(R"(Tarvik Tarvik PROPN NNP 2 compound B-ORGANIZATION
exports export NOUN NNS 3 nsubj
fell fall VERB VBD 0 root
to to ADP IN 7 case
40 40 NUM CD 6 compound
mln million NUM CD 7 nummod
dlrs dollar NOUN NNS 3 obl
in in ADP IN 9 case
1986 1986 NUM CD 3 obl B-DATE
from from ADP IN 13 case
55 55 NUM CD 12 compound
mln million NUM CD 13 nummod
dlrs dollar NOUN NNS 3 obl
in in ADP IN 15 case
1985 1985 NUM CD 13 nmod B-DATE
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(fell, "Tarvik exports", "fall to", "40 mln dlrs").size(), 1U) << Listing(fell);
  for (const model::Triple& t : fell)
    EXPECT_NE(t.object.type, model::EntityType::kDate) << Listing(fell);
  // "The Tarvik index was put at 108.7 in February.": only the lost level made the date an edge.
  const auto put = testing::Extract(R"(The the DET DT 3 det
Tarvik Tarvik PROPN NNP 3 compound B-ORGANIZATION
index index NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
put put VERB VBN 0 root
at at ADP IN 7 case
108.7 108.7 NUM CD 5 obl
in in ADP IN 9 case
February February PROPN NNP 5 obl B-DATE
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(put, "Tarvik index", "", "February").empty()) << Listing(put);
  // A date of the event itself stays an edge: "The board delayed the opening to June 1989." and
  // "Tarvik exports fell in 1986."
  const auto delayed = testing::Extract(R"(The the DET DT 2 det
board board NOUN NN 3 nsubj
delayed delay VERB VBD 0 root
the the DET DT 5 det
opening opening NOUN NN 3 obj
to to ADP IN 7 case
June June PROPN NNP 3 obl B-DATE
1989 1989 NUM CD 7 nmod:unmarked I-DATE
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(delayed, "board", "delay to", "June 1989").size(), 1U) << Listing(delayed);
  const auto dated = testing::Extract(R"(Tarvik Tarvik PROPN NNP 2 compound B-ORGANIZATION
exports export NOUN NNS 3 nsubj
fell fall VERB VBD 0 root
in in ADP IN 5 case
1986 1986 NUM CD 3 obl B-DATE
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(dated, "Tarvik exports", "fall in", "1986").size(), 1U) << Listing(dated);
}

TEST(JudgedClasses, ASpeakerAfterTwoCoordinatedClausesReportsBoth) {
  // "Tarvik left Oslo today for Bergen and is due back on Monday, diplomatic sources said."
  // parsed with "said" a conjunct of "left" and "and is due back on Monday" hung on "said".
  const auto triples = ExtractRepaired(R"(Tarvik Tarvik PROPN NNP 2 nsubj B-PERSON
left leave VERB VBD 0 root
Oslo Oslo PROPN NNP 2 obj B-CITY
today today NOUN NN 2 obl:unmarked
for for ADP IN 6 case
Bergen Bergen PROPN NNP 2 obl B-CITY
and and CCONJ CC 16 cc
is be AUX VBZ 16 cop
due due ADJ JJ 16 ccomp
back back ADV RB 9 advmod
on on ADP IN 12 case
Monday Monday PROPN NNP 16 obl B-DATE
, , PUNCT , 12 punct
diplomatic diplomatic ADJ JJ 15 amod
sources source NOUN NNS 16 nsubj
said say VERB VBD 2 conj
. . PUNCT . 2 punct)");
  const auto left = Matching(triples, "Tarvik", "leave for", "Bergen");
  ASSERT_EQ(left.size(), 1U) << Listing(triples);
  EXPECT_EQ(left[0].attributed_to, "diplomatic sources") << Listing(triples);
  EXPECT_EQ(Matching(triples, "diplomatic sources", "say", "").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Tarvik", "be", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, NotNecessarilyIsAHedgeNotADenial) {
  // "The Tarvik deal does not necessarily mean higher prices.": a reader was misled by a plain
  // "NOT" ("would not necessarily stem from" stored as "would not stem from").
  const auto triples = testing::Extract(R"(The the DET DT 3 det
Tarvik Tarvik PROPN NNP 3 compound B-ORGANIZATION
deal deal NOUN NN 7 nsubj
does do AUX VBZ 7 aux
not not PART RB 7 advmod
necessarily necessarily ADV RB 7 advmod
mean mean VERB VB 0 root
higher high ADJ JJR 9 amod
prices price NOUN NNS 7 obj
. . PUNCT . 7 punct)");
  const auto mean = Matching(triples, "Tarvik deal", "mean", "higher prices");
  ASSERT_EQ(mean.size(), 1U) << Listing(triples);
  EXPECT_TRUE(mean[0].negated);
  EXPECT_EQ(mean[0].modality, "not necessarily");
  EXPECT_FALSE(model::IsAsserted(mean[0]));
}

TEST(JudgedClasses, ASpeakerAtTheEndWithWordsOfItsOwnAfterItReportsTheClause) {
  // "The refinery is expected to reopen in May, the company said in a statement." parsed with
  // "said" a conjunct of "expected": "in a statement" after the verb had hidden the speaker.
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
refinery refinery NOUN NN 4 nsubj:pass
is be AUX VBZ 4 aux:pass
expected expect VERB VBN 0 root
to to PART TO 6 mark
reopen reopen VERB VB 4 xcomp
in in ADP IN 8 case
May May PROPN NNP 6 obl B-DATE
, , PUNCT , 4 punct
the the DET DT 11 det
company company NOUN NN 12 nsubj
said say VERB VBD 4 conj
in in ADP IN 15 case
a a DET DT 15 det
statement statement NOUN NN 12 obl
. . PUNCT . 12 punct)");
  const auto said = Matching(triples, "company", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "The refinery is expected to reopen in May");
  const auto reopen = Matching(triples, "refinery", "reopen in", "May");
  ASSERT_EQ(reopen.size(), 1U) << Listing(triples);
  EXPECT_EQ(reopen[0].attributed_to, "company");
}

TEST(JudgedClasses, TellingReportersIsTheSpeakersOwnActNotTheirReport) {
  // "Tin Holdings expects a recovery, Anna Berg told Reuters." with "told" an advcl of
  // "expects": the expectation is hers to report, the telling is not something she reports.
  const auto triples = ExtractRepaired(R"(Tin Tin PROPN NNP 2 compound B-ORGANIZATION
Holdings Holdings PROPN NNPS 3 nsubj I-ORGANIZATION
expects expect VERB VBZ 0 root
a a DET DT 5 det
recovery recovery NOUN NN 3 obj
, , PUNCT , 9 punct
Anna Anna PROPN NNP 9 nsubj B-PERSON
Berg Berg PROPN NNP 7 flat I-PERSON
told tell VERB VBD 3 advcl
Reuters Reuters PROPN NNP 9 iobj B-ORGANIZATION
. . PUNCT . 9 punct)");
  const auto expects = Matching(triples, "Tin Holdings", "expect", "recovery");
  ASSERT_EQ(expects.size(), 1U) << Listing(triples);
  EXPECT_EQ(expects[0].attributed_to, "Anna Berg");
  const auto told = Matching(triples, "Anna Berg", "tell", "Reuters");
  ASSERT_EQ(told.size(), 1U) << Listing(triples);
  EXPECT_EQ(told[0].attributed_to, "");
  EXPECT_TRUE(model::IsAsserted(told[0]));
}

TEST(JudgedClasses, AReportHungAsTheSpeechVerbsAdverbialIsWhatItSays) {
  // "Trawlers returned to port in Hull, officials said on Monday." parsed with "returned" an
  // advcl of "said": no subordinator, a subject of its own, so it is the report.
  const auto triples = ExtractRepaired(R"(Trawlers trawler NOUN NNS 2 nsubj
returned return VERB VBD 9 advcl
to to ADP IN 4 case
port port NOUN NN 2 obl
in in ADP IN 6 case
Hull Hull PROPN NNP 2 obl B-CITY
, , PUNCT , 2 punct
officials official NOUN NNS 9 nsubj
said say VERB VBD 0 root
on on ADP IN 11 case
Monday Monday PROPN NNP 9 obl B-DATE
. . PUNCT . 9 punct)");
  const auto said = Matching(triples, "officials", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Trawlers returned to port in Hull");
  const auto returned = Matching(triples, "Trawlers", "return in", "Hull");
  ASSERT_EQ(returned.size(), 1U) << Listing(triples);
  EXPECT_EQ(returned[0].attributed_to, "officials");
  EXPECT_FALSE(model::IsAsserted(returned[0]));
}

TEST(JudgedClasses, WithAndANounWithItsOwnParticipleIsNoCompanionOfTheVerb) {
  // "Shares are unevenly spread, with half held by Tarvik.": Tarvik holds half; the shares are
  // not spread "with" it.
  const auto triples = ExtractRepaired(R"(Shares share NOUN NNS 4 nsubj:pass
are be AUX VBP 4 aux:pass
unevenly unevenly ADV RB 4 advmod
spread spread VERB VBN 0 root
, , PUNCT , 7 punct
with with ADP IN 7 case
half half NOUN NN 4 obl
held hold VERB VBN 7 acl
by by ADP IN 10 case
Tarvik Tarvik PROPN NNP 8 obl:agent B-ORGANIZATION
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(triples, "Shares", "", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Tarvik", "hold", "half").size(), 1U) << Listing(triples);
}

TEST(JudgedClasses, WhatIsInsideTheQuotationMarksIsTheSpeakersHoweverItWasHung) {
  // "\"The deal is complex, but the fees cover any loss,\" Berg said." with "cover" hung as a
  // conjunct of "said": the fees covering the loss was Berg's claim, not the article's fact.
  const auto triples = ExtractRepaired(R"(" " PUNCT `` 5 punct
The the DET DT 3 det
deal deal NOUN NN 5 nsubj
is be AUX VBZ 5 cop
complex complex ADJ JJ 16 ccomp
, , PUNCT , 10 punct
but but CCONJ CC 10 cc
the the DET DT 9 det
fees fee NOUN NNS 10 nsubj
cover cover VERB VBP 16 conj
any any DET DT 12 det
loss loss NOUN NN 10 obj
, , PUNCT , 5 punct
" " PUNCT '' 5 punct
Berg Berg PROPN NNP 16 nsubj B-PERSON
said say VERB VBD 0 root
. . PUNCT . 16 punct)");
  const auto cover = Matching(triples, "fees", "cover", "loss");
  ASSERT_EQ(cover.size(), 1U) << Listing(triples);
  EXPECT_EQ(cover[0].attributed_to, "Berg");
  EXPECT_FALSE(model::IsAsserted(cover[0]));
}

TEST(JudgedClasses, AnAmountUpOrDownIsAChangeAndAnInfinitiveIsNoNominal) {
  // "Tin output was up 4.2 pct." is no level of 4.2 pct.
  const auto up = ExtractRepaired(R"(Tin tin NOUN NN 2 compound
output output NOUN NN 6 nsubj
was be AUX VBD 6 cop
up up ADV RB 6 advmod
4.2 4.2 NUM CD 6 nummod
pct pct NOUN NN 0 root
. . PUNCT . 6 punct)");
  EXPECT_EQ(Matching(up, "Tin output", "be up", "4.2 pct").size(), 1U) << Listing(up);
  EXPECT_TRUE(Matching(up, "Tin output", "be", "").empty()) << Listing(up);
  // "The aim was to cut costs.": the aim is not "cut costs".
  const auto aim = ExtractRepaired(R"(The the DET DT 2 det
aim aim NOUN NN 5 nsubj
was be AUX VBD 5 cop
to to PART TO 5 mark
cut cut VERB VB 0 root
costs cost NOUN NNS 5 obj
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(aim, "aim", "", "").empty()) << Listing(aim);
}

TEST(JudgedClasses, ASupportVerbsObliqueNamesTheObjectItIsAbout) {
  // "Tarvik Corp had a loss from insurance in Oslo." : "had from insurance" reads as nothing.
  const auto triples = ExtractRepaired(R"(Tarvik Tarvik PROPN NNP 2 compound B-ORGANIZATION
Corp Corp PROPN NNP 3 nsubj I-ORGANIZATION
had have VERB VBD 0 root
a a DET DT 5 det
loss loss NOUN NN 3 obj
from from ADP IN 7 case
insurance insurance NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Tarvik Corp", "have loss from", "insurance").size(), 1U)
      << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Tarvik Corp", "have from", "").empty()) << Listing(triples);
}

TEST(JudgedClasses, AnAmountAfterAtIsTheLevelTheVerbSetsNotPartOfTheObjectsName) {
  // "The bank estimated the shortage in the market at 90 mln stg." with "at 90 mln stg" hung on
  // "market": the node was "shortage in the market at 90 mln stg".
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
estimated estimate VERB VBD 0 root
the the DET DT 5 det
shortage shortage NOUN NN 3 obj
in in ADP IN 8 case
the the DET DT 8 det
market market NOUN NN 5 nmod
at at ADP IN 12 case
90 90 NUM CD 12 nummod
mln mln NOUN NN 12 compound
stg stg NOUN NN 8 nmod
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "bank", "estimate", "shortage in the market").size(), 1U)
      << Listing(triples);
  EXPECT_EQ(Matching(triples, "bank", "estimate shortage at", "90 mln stg").size(), 1U)
      << Listing(triples);
}

TEST(JudgedClasses, WhatAStudyFoundIsTheStudysReportNotTheWritersFact) {
  // "The audit found that the agency overpaid contractors." was stored as the writer's fact.
  const auto found = ExtractRepaired(R"(The the DET DT 2 det
audit audit NOUN NN 3 nsubj
found find VERB VBD 0 root
that that SCONJ IN 7 mark
the the DET DT 6 det
agency agency NOUN NN 7 nsubj
overpaid overpay VERB VBD 3 ccomp
contractors contractor NOUN NNS 7 obj
. . PUNCT . 3 punct)");
  const auto overpaid = Matching(found, "agency", "overpay", "contractors");
  ASSERT_EQ(overpaid.size(), 1U) << Listing(found);
  EXPECT_EQ(overpaid[0].attributed_to, "audit");
  EXPECT_FALSE(overpaid[0].asserted);
  // "The inspectors will find out who paid the bribes.": an open question is nobody's report.
  const auto out = ExtractRepaired(R"(The the DET DT 2 det
inspectors inspector NOUN NNS 4 nsubj
will will AUX MD 4 aux
find find VERB VB 0 root
out out ADP RP 4 compound:prt
who who PRON WP 7 nsubj
paid pay VERB VBD 4 ccomp
the the DET DT 9 det
bribes bribe NOUN NNS 7 obj
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(out, "inspectors", "find", "").empty()) << Listing(out);
}

TEST(JudgedClasses, AByPhraseAfterAnActiveVerbWithAnObjectIsNoDoer) {
  // "The ministry had overpaid contractors by 12 mln dlrs." with "by" tagged obl:agent had
  // become "ministry -be overpaid by-> 12 mln dlrs".
  const auto amount = ExtractRepaired(R"(The the DET DT 2 det
ministry ministry NOUN NN 4 nsubj
had have AUX VBD 4 aux
overpaid overpay VERB VBN 0 root
contractors contractor NOUN NNS 4 obj
by by ADP IN 9 case
12 12 NUM CD 9 nummod
mln mln NOUN NN 9 compound
dlrs dlr NOUN NNS 4 obl:agent
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(amount, "ministry", "overpay by", "12 mln dlrs").size(), 1U)
      << Listing(amount);
  EXPECT_EQ(Matching(amount, "ministry", "overpay", "contractors").size(), 1U) << Listing(amount);
  EXPECT_TRUE(Matching(amount, "", "be overpaid by", "").empty()) << Listing(amount);
  // "The minister accepted a proposal by the council." with the council hung on the verb as its
  // agent had made the council the one who accepted.
  const auto author = ExtractRepaired(R"(The the DET DT 2 det
minister minister NOUN NN 3 nsubj
accepted accept VERB VBD 0 root
a a DET DT 5 det
proposal proposal NOUN NN 3 obj
by by ADP IN 8 case
the the DET DT 8 det
council council NOUN NN 3 obl:agent
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(author, "minister", "accept", "proposal").size(), 1U) << Listing(author);
  EXPECT_TRUE(Matching(author, "council", "", "").empty()) << Listing(author);
  EXPECT_TRUE(Matching(author, "", "accept by", "council").empty()) << Listing(author);
}

TEST(JudgedClasses, AConditionAboutWhatHasNotHappenedIsNoFact) {
  // "The talks will resume once Norway has new figures." stored Norway -have-> figures as fact.
  const auto once = ExtractRepaired(R"(The the DET DT 2 det
talks talk NOUN NNS 4 nsubj
will will AUX MD 4 aux
resume resume VERB VB 0 root
once once SCONJ IN 7 mark
Norway Norway PROPN NNP 7 nsubj B-COUNTRY
has have VERB VBZ 4 advcl
new new ADJ JJ 9 amod
figures figure NOUN NNS 7 obj
. . PUNCT . 4 punct)");
  const auto has = Matching(once, "Norway", "have", "new figures");
  ASSERT_EQ(has.size(), 1U) << Listing(once);
  EXPECT_EQ(has[0].modality, "once");
  // "Once the ship docked, the crew left the port.": a time, and a fact.
  const auto docked = ExtractRepaired(R"(Once once SCONJ IN 3 mark
the the DET DT 3 det
ship ship NOUN NN 4 nsubj
docked dock VERB VBD 8 advcl
, , PUNCT , 4 punct
the the DET DT 7 det
crew crew NOUN NN 8 nsubj
left leave VERB VBD 0 root
the the DET DT 10 det
port port NOUN NN 8 obj
. . PUNCT . 8 punct)");
  const auto left = Matching(docked, "crew", "leave", "port");
  ASSERT_EQ(left.size(), 1U) << Listing(docked);
  EXPECT_EQ(left[0].modality, "");
  // "Trading will begin when the board approves the contract.": "when" about the future.
  const auto when = ExtractRepaired(R"(Trading trading NOUN NN 3 nsubj
will will AUX MD 3 aux
begin begin VERB VB 0 root
when when ADV WRB 7 advmod
the the DET DT 6 det
board board NOUN NN 7 nsubj
approves approve VERB VBZ 3 advcl
the the DET DT 9 det
contract contract NOUN NN 7 obj
. . PUNCT . 3 punct)");
  const auto approves = Matching(when, "board", "approve", "contract");
  ASSERT_EQ(approves.size(), 1U) << Listing(when);
  EXPECT_EQ(approves[0].modality, "when");
}

TEST(JudgedClasses, WhatWeThinkInsideSomeonesQuoteIsTheirClaim) {
  // "\"We think the rules will help traffic,\" Marshall said." left the rules' effect without a
  // source: "we" names nobody.
  const auto triples = ExtractRepaired(R"(" " PUNCT `` 3 punct
We we PRON PRP 3 nsubj
think think VERB VBP 12 ccomp
the the DET DT 5 det
rules rule NOUN NNS 7 nsubj
will will AUX MD 7 aux
help help VERB VB 3 ccomp
traffic traffic NOUN NN 7 obj
, , PUNCT , 3 punct
" " PUNCT '' 3 punct
Marshall Marshall PROPN NNP 12 nsubj B-PERSON
said say VERB VBD 0 root
. . PUNCT . 12 punct)");
  const auto help = Matching(triples, "rules", "help", "traffic");
  ASSERT_EQ(help.size(), 1U) << Listing(triples);
  EXPECT_EQ(help[0].attributed_to, "Marshall");
  EXPECT_FALSE(help[0].asserted);
}

TEST(JudgedClasses, APurposeUnderAModalIsStillAPurpose) {
  // "The bank will receive 135 mln dlrs to boost its assets." stored "bank -will boost-> assets":
  // the governor's "will" had hidden the purpose.
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
bank bank NOUN NN 4 nsubj
will will AUX MD 4 aux
receive receive VERB VB 0 root
135 135 NUM CD 7 nummod
mln mln NOUN NN 7 compound
dlrs dlr NOUN NNS 4 obj
to to PART TO 9 mark
boost boost VERB VB 4 advcl
its its PRON PRP$ 11 nmod:poss
assets asset NOUN NNS 9 obj
. . PUNCT . 4 punct)");
  const auto boost = Matching(triples, "bank", "boost", "assets");
  ASSERT_EQ(boost.size(), 1U) << Listing(triples);
  EXPECT_EQ(boost[0].modality, "in order to");
}

TEST(JudgedClasses, AParticipleOfSayingAfterAReportIsTheSpeakersNotTheReportedSubjects) {
  // "The ministry said exports rose in March, adding that imports were flat." with "adding" hung
  // on "rose" had made the exports the ones who added, and run the statement on over "adding".
  const auto adding = ExtractRepaired(R"(The the DET DT 2 det
ministry ministry NOUN NN 3 nsubj
said say VERB VBD 0 root
exports export NOUN NNS 5 nsubj
rose rise VERB VBD 3 ccomp
in in ADP IN 7 case
March March PROPN NNP 5 obl
, , PUNCT , 9 punct
adding add VERB VBG 5 advcl
that that SCONJ IN 13 mark
imports import NOUN NNS 13 nsubj
were be AUX VBD 13 cop
flat flat ADJ JJ 9 ccomp
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(adding, "ministry", "say", "imports were flat").size(), 1U) << Listing(adding);
  EXPECT_EQ(Matching(adding, "ministry", "say", "exports rose in March").size(), 1U)
      << Listing(adding);
  EXPECT_TRUE(Matching(adding, "exports", "say", "").empty()) << Listing(adding);
  // "The envoy rejected the offer, saying that talks would go on." with "saying" an acl of the
  // offer had made the offer the one who said it.
  const auto saying = ExtractRepaired(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
rejected reject VERB VBD 0 root
the the DET DT 5 det
offer offer NOUN NN 3 obj
, , PUNCT , 7 punct
saying say VERB VBG 5 acl
that that SCONJ IN 11 mark
talks talk NOUN NNS 11 nsubj
would would AUX MD 11 aux
go go VERB VB 7 ccomp
on on ADP RP 11 compound:prt
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(saying, "envoy", "say", "talks would go on").size(), 1U) << Listing(saying);
  EXPECT_TRUE(Matching(saying, "offer", "say", "").empty()) << Listing(saying);
}

TEST(JudgedClasses, RespectivelyPairsSubjectsWithObjectsInOrder) {
  // "Exports and imports rose 5.1 pct and 2.3 pct, respectively." had given each both figures.
  const auto triples = ExtractRepaired(R"(Exports export NOUN NNS 4 nsubj
and and CCONJ CC 3 cc
imports import NOUN NNS 1 conj
rose rise VERB VBD 0 root
5.1 5.1 NUM CD 6 nummod
pct pct NOUN NN 4 obj
and and CCONJ CC 9 cc
2.3 2.3 NUM CD 9 nummod
pct pct NOUN NN 6 conj
, , PUNCT , 11 punct
respectively respectively ADV RB 4 advmod
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(triples, "Exports", "rise", "5.1 pct").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "imports", "rise", "2.3 pct").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Exports", "rise", "2.3 pct").empty()) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "imports", "rise", "5.1 pct").empty()) << Listing(triples);
}

TEST(JudgedClasses, APercentageOfAFirmBoughtNamesTheFirm) {
  // "Halden bought 51 pct of Torvik Corp." had stored only "Halden -buy-> 51 pct": the firm
  // bought was lost.
  const auto triples = ExtractRepaired(R"(Halden Halden PROPN NNP 2 nsubj B-ORGANIZATION
bought buy VERB VBD 0 root
51 51 NUM CD 4 nummod
pct pct NOUN NN 2 obj
of of ADP IN 7 case
Torvik Torvik PROPN NNP 7 compound B-ORGANIZATION
Corp Corp PROPN NNP 4 nmod I-ORGANIZATION
. . PUNCT . 2 punct)");
  const auto bought = Matching(triples, "Halden", "buy pct of", "Torvik Corp");
  ASSERT_EQ(bought.size(), 1U) << Listing(triples);
  EXPECT_EQ(bought[0].relation, "bought 51 pct of");
}

TEST(JudgedClasses, WhoIsKeptFromDoingSomethingIsTheOneNotDoingIt) {
  // "The ministry barred Halden Corp from selling arms to Norway." had made the ministry the
  // seller.
  const auto triples = ExtractRepaired(R"(The the DET DT 2 det
ministry ministry NOUN NN 3 nsubj
barred bar VERB VBD 0 root
Halden Halden PROPN NNP 5 compound B-ORGANIZATION
Corp Corp PROPN NNP 3 obj I-ORGANIZATION
from from SCONJ IN 7 mark
selling sell VERB VBG 3 advcl
arms arm NOUN NNS 7 obj
to to ADP IN 10 case
Norway Norway PROPN NNP 7 obl B-COUNTRY
. . PUNCT . 3 punct)");
  const auto sold = Matching(triples, "Halden Corp", "sell", "arms");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_TRUE(sold[0].negated);
  EXPECT_TRUE(Matching(triples, "ministry", "sell", "").empty()) << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
