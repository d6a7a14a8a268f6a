// Who does what to whom in the UD extractor: control, appositions with roles, relative clauses,
// conjunctions, light verbs, passives, copulas, values, time, entity mentions, and the rule
// catalogue. Every tree is a hand-written UD v2 analysis of a sentence written for this test.

#include <set>

#include <gtest/gtest.h>

#include "extract/rules/catalogue.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

TEST(UdControl, ObjectOfUrgeIsTheSubjectOfTheComplement) {
  // "The envoy urged Minsk to free the prisoners."
  const auto triples = Extract(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
urged urge VERB VBD 0 root
Minsk Minsk PROPN NNP 3 obj B-LOCATION
to to PART TO 6 mark
free free VERB VB 3 xcomp
the the DET DT 8 det
prisoners prisoner NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  ASSERT_EQ(Matching(triples, "envoy", "urge", "Minsk").size(), 1U) << Listing(triples);
  const auto free = Matching(triples, "Minsk", "free", "prisoners");
  ASSERT_EQ(free.size(), 1U) << Listing(triples);
  EXPECT_EQ(free[0].modality, "urge");
  EXPECT_TRUE(Matching(triples, "envoy", "free", "").empty()) << Listing(triples);
}

TEST(UdControl, CallOnControllerIsTheOblique) {
  // "Brussels called on Tehran to release the sailors."
  const auto triples = Extract(R"(Brussels Brussels PROPN NNP 2 nsubj B-LOCATION
called call VERB VBD 0 root
on on ADP IN 4 case
Tehran Tehran PROPN NNP 2 obl B-LOCATION
to to PART TO 6 mark
release release VERB VB 2 xcomp
the the DET DT 8 det
sailors sailor NOUN NNS 6 obj
. . PUNCT . 2 punct)");
  const auto release = Matching(triples, "Tehran", "release", "sailors");
  ASSERT_EQ(release.size(), 1U) << Listing(triples);
  EXPECT_EQ(release[0].modality, "call");
  EXPECT_TRUE(Matching(triples, "Brussels", "release", "").empty()) << Listing(triples);
}

TEST(UdRoles, PossessiveAppositionGivesTheNameAndARoleEdge) {
  // "Kelso's finance director, Mara Quint, resigned on Friday." (article of Wed 2024-03-06)
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 4 nmod:poss B-ORGANIZATION
's 's PART POS 1 case
finance finance NOUN NN 4 compound
director director NOUN NN 9 nsubj
, , PUNCT , 6 punct
Mara Mara PROPN NNP 4 appos B-PERSON
Quint Quint PROPN NNP 6 flat I-PERSON
, , PUNCT , 6 punct
resigned resign VERB VBD 0 root
on on ADP IN 11 case
Friday Friday PROPN NNP 9 obl B-DATE
. . PUNCT . 9 punct)",
                               CivilDate{2024, 3, 6});
  const auto role = Matching(triples, "Mara Quint", "finance director of", "Kelso");
  ASSERT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_EQ(role[0].rule, "appos-role");
  const auto resigned = Matching(triples, "Mara Quint", "resign on", "Friday");
  ASSERT_EQ(resigned.size(), 1U) << Listing(triples);
  EXPECT_EQ(resigned[0].subject.name, "Mara Quint");
  EXPECT_EQ(resigned[0].time, "2024-03-01");
  EXPECT_EQ(resigned[0].object.type, model::EntityType::kDate);
  EXPECT_TRUE(Matching(triples, "Kelso", "resign on", "").empty()) << Listing(triples);
}

TEST(UdRoles, DescriptiveAppositionIsAnIsAEdgeAndAnAgeIsNothing) {
  // "Tom Vale, 61, a former pilot, joined Aerion."
  const auto triples = Extract(R"(Tom Tom PROPN NNP 10 nsubj B-PERSON
Vale Vale PROPN NNP 1 flat I-PERSON
, , PUNCT , 4 punct
61 61 NUM CD 1 appos
, , PUNCT , 8 punct
a a DET DT 8 det
former former ADJ JJ 8 amod
pilot pilot NOUN NN 1 appos
, , PUNCT , 8 punct
joined join VERB VBD 0 root
Aerion Aerion PROPN NNP 10 obj B-ORGANIZATION
. . PUNCT . 10 punct)");
  ASSERT_EQ(Matching(triples, "Tom Vale", "join", "Aerion").size(), 1U) << Listing(triples);
  const auto isa = Matching(triples, "Tom Vale", "be", "former pilot");
  ASSERT_EQ(isa.size(), 1U) << Listing(triples);
  EXPECT_EQ(isa[0].rule, "appos-isa");
  for (const model::Triple& t : triples) EXPECT_NE(t.object.name, "61") << Listing(triples);
}

TEST(UdRoles, TitleBeforeANameBecomesARoleEdge) {
  // "German Chancellor Olaf Brandt visited Kyiv."
  const auto triples = Extract(R"(German German ADJ JJ 2 amod
Chancellor chancellor PROPN NNP 3 compound
Olaf Olaf PROPN NNP 5 nsubj B-PERSON
Brandt Brandt PROPN NNP 3 flat I-PERSON
visited visit VERB VBD 0 root
Kyiv Kyiv PROPN NNP 5 obj B-LOCATION
. . PUNCT . 5 punct)");
  const auto visit = Matching(triples, "Olaf Brandt", "visit", "Kyiv");
  ASSERT_EQ(visit.size(), 1U) << Listing(triples);
  EXPECT_EQ(visit[0].subject.name, "Olaf Brandt");
  EXPECT_EQ(visit[0].subject.type, model::EntityType::kPerson);
  const auto title = Matching(triples, "Olaf Brandt", "be", "Chancellor");
  ASSERT_EQ(title.size(), 1U) << Listing(triples);
  EXPECT_EQ(title[0].object.name, "German Chancellor");
  EXPECT_EQ(title[0].rule, "title-role");
}

TEST(UdRoles, AFirmRightBeforeATitleIsWhereTheTitleHolds) {
  // "Velora Corp (VLC) chairman Ann Lee resigned.": the role had been "Velora Corp chairman",
  // or a bare "chairman" with the acronym between.
  const auto triples = Extract(R"(Velora Velora PROPN NNP 2 compound B-ORGANIZATION
Corp Corp PROPN NNP 9 nsubj I-ORGANIZATION
( ( PUNCT -LRB- 4 punct
VLC VLC PROPN NNP 2 appos B-ORGANIZATION
) ) PUNCT -RRB- 4 punct
chairman chairman NOUN NN 7 compound
Ann Ann PROPN NNP 9 nsubj B-PERSON
Lee Lee PROPN NNP 7 flat I-PERSON
resigned resign VERB VBD 0 root
. . PUNCT . 9 punct)");
  const auto role = Matching(triples, "Ann Lee", "chairman of", "Velora Corp");
  ASSERT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_EQ(role[0].rule, "title-role");
}

TEST(UdRoles, AListOfTitledPeopleGivesNoRoleToTheWrongOne) {
  // "Berg met Ruth Ames, trade envoy Tomas Lind." with "envoy" an apposition of Ames and Lind
  // one of "envoy", as parsers do with lists.
  const auto triples = Extract(R"(Berg Berg PROPN NNP 2 nsubj B-PERSON
met meet VERB VBD 0 root
Ruth Ruth PROPN NNP 2 obj B-PERSON
Ames Ames PROPN NNP 3 flat I-PERSON
, , PUNCT , 7 punct
trade trade NOUN NN 7 compound
envoy envoy NOUN NN 3 appos
Tomas Tomas PROPN NNP 7 appos B-PERSON
Lind Lind PROPN NNP 8 flat I-PERSON
. . PUNCT . 2 punct)");
  for (const model::Triple& t : triples)
    EXPECT_FALSE(t.subject.name == "Ruth Ames" && t.object.name == "trade envoy")
        << Listing(triples);
}

TEST(UdRoles, NamesBeforeANameAreNoTitle) {
  // "Shares rose on Marlow Street." with only "Street" tagged, and tagged a person.
  const auto triples = Extract(R"(Shares share NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
on on ADP IN 5 case
Marlow Marlow PROPN NNP 5 compound
Street Street PROPN NNP 2 obl B-PERSON
. . PUNCT . 2 punct)");
  for (const model::Triple& t : triples) EXPECT_NE(t.predicate, "be") << Listing(triples);
}

TEST(UdRelativeClause, RelativePronounStandsForItsNoun) {
  // "Mara Quint, who founded Aerion, sold the firm."
  const auto triples = Extract(R"(Mara Mara PROPN NNP 8 nsubj B-PERSON
Quint Quint PROPN NNP 1 flat I-PERSON
, , PUNCT , 5 punct
who who PRON WP 5 nsubj
founded found VERB VBD 1 acl:relcl
Aerion Aerion PROPN NNP 5 obj B-ORGANIZATION
, , PUNCT , 5 punct
sold sell VERB VBD 0 root
the the DET DT 10 det
firm firm NOUN NN 8 obj
. . PUNCT . 8 punct)");
  ASSERT_EQ(Matching(triples, "Mara Quint", "found", "Aerion").size(), 1U) << Listing(triples);
  const auto sold = Matching(triples, "Mara Quint", "sell", "firm");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].object.name, "firm");
  EXPECT_TRUE(Matching(triples, "Aerion", "sell", "").empty()) << Listing(triples);
}

TEST(UdRelativeClause, ObjectRelativeAndReducedPassive) {
  // "The drones built by Kelso crashed near the mine that Aerion bought."
  const auto triples = Extract(R"(The the DET DT 2 det
drones drone NOUN NNS 6 nsubj
built build VERB VBN 2 acl
by by ADP IN 5 case
Kelso Kelso PROPN NNP 3 obl:agent B-ORGANIZATION
crashed crash VERB VBD 0 root
near near ADP IN 9 case
the the DET DT 9 det
mine mine NOUN NN 6 obl
that that PRON WDT 12 obj
Aerion Aerion PROPN NNP 12 nsubj B-ORGANIZATION
bought buy VERB VBD 9 acl:relcl
. . PUNCT . 6 punct)");
  ASSERT_EQ(Matching(triples, "Kelso", "build", "drones").size(), 1U) << Listing(triples);
  ASSERT_EQ(Matching(triples, "Aerion", "buy", "mine").size(), 1U) << Listing(triples);
  const auto crash = Matching(triples, "drones", "crash near", "mine");
  ASSERT_EQ(crash.size(), 1U) << Listing(triples);
  EXPECT_EQ(crash[0].subject.name, "drones");
  EXPECT_EQ(crash[0].object.name, "mine");
}

TEST(UdConjunction, SubjectsAndObjectsMultiplyAndShareTheModal) {
  // "Spain and Portugal will send trucks and tents to Moldova."
  const auto triples = Extract(R"(Spain Spain PROPN NNP 5 nsubj B-LOCATION
and and CCONJ CC 3 cc
Portugal Portugal PROPN NNP 1 conj B-LOCATION
will will AUX MD 5 aux
send send VERB VB 0 root
trucks truck NOUN NNS 5 obj
and and CCONJ CC 8 cc
tents tent NOUN NNS 6 conj
to to ADP IN 10 case
Moldova Moldova PROPN NNP 5 obl B-LOCATION
. . PUNCT . 5 punct)");
  for (const std::string subject : {"Spain", "Portugal"}) {
    for (const std::string object : {"trucks", "tents"}) {
      const auto send = Matching(triples, subject, "send", object);
      ASSERT_EQ(send.size(), 1U) << subject << " " << object << Listing(triples);
      EXPECT_EQ(send[0].modality, "will");
      EXPECT_EQ(send[0].object.name, object);
    }
    ASSERT_EQ(Matching(triples, subject, "send to", "Moldova").size(), 1U) << Listing(triples);
  }
}

TEST(UdConjunction, CoordinatedVerbsShareTheSubject) {
  // "Auditors inspect mines and publish reports."
  const auto triples = Extract(R"(Auditors auditor NOUN NNS 2 nsubj
inspect inspect VERB VBP 0 root
mines mine NOUN NNS 2 obj
and and CCONJ CC 5 cc
publish publish VERB VBP 2 conj
reports report NOUN NNS 5 obj
. . PUNCT . 2 punct)");
  ASSERT_EQ(Matching(triples, "Auditors", "inspect", "mines").size(), 1U) << Listing(triples);
  ASSERT_EQ(Matching(triples, "Auditors", "publish", "reports").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Auditors", "inspect", "mines")[0].object.name, "mines");
}

TEST(UdConjunction, ObjectAfterCoordinatedVerbsIsShared) {
  // "Inspectors seize and destroy counterfeit goods."
  const auto triples = Extract(R"(Inspectors inspector NOUN NNS 2 nsubj
seize seize VERB VBP 0 root
and and CCONJ CC 4 cc
destroy destroy VERB VBP 2 conj
counterfeit counterfeit ADJ JJ 6 amod
goods good NOUN NNS 2 obj
. . PUNCT . 2 punct)");
  ASSERT_EQ(Matching(triples, "Inspectors", "seize", "counterfeit goods").size(), 1U)
      << Listing(triples);
  ASSERT_EQ(Matching(triples, "Inspectors", "destroy", "counterfeit goods").size(), 1U)
      << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Inspectors", "seize", "destroy").empty()) << Listing(triples);
}

TEST(UdLightVerb, MeetingsWithBecomeMeet) {
  // "The envoy had separate meetings with the rebels."
  const auto triples = Extract(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
had have VERB VBD 0 root
separate separate ADJ JJ 5 amod
meetings meeting NOUN NNS 3 obj
with with ADP IN 8 case
the the DET DT 8 det
rebels rebel NOUN NNS 5 nmod
. . PUNCT . 3 punct)");
  const auto meet = Matching(triples, "envoy", "meet", "rebels");
  ASSERT_EQ(meet.size(), 1U) << Listing(triples);
  EXPECT_EQ(meet[0].rule, "light-verb");
  EXPECT_TRUE(Matching(triples, "envoy", "have", "").empty()) << Listing(triples);
}

TEST(UdLightVerb, HeldTalksWithKeepsThePreposition) {
  // "Ruth Ames held talks with Olaf Brandt."
  const auto triples = Extract(R"(Ruth Ruth PROPN NNP 3 nsubj B-PERSON
Ames Ames PROPN NNP 1 flat I-PERSON
held hold VERB VBD 0 root
talks talk NOUN NNS 3 obj
with with ADP IN 6 case
Olaf Olaf PROPN NNP 3 obl B-PERSON
Brandt Brandt PROPN NNP 6 flat I-PERSON
. . PUNCT . 3 punct)");
  ASSERT_EQ(Matching(triples, "Ruth Ames", "talk with", "Olaf Brandt").size(), 1U)
      << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Ruth Ames", "hold", "").empty()) << Listing(triples);
}

TEST(UdNominalEvent, GerundWhosePhraseWasReadAsTheSubject) {
  // "Funding for the bike paths has come from the city." with "Funding" an adverbial gerund and
  // "for the bike paths" the verb's subject, as the parser reads it.
  const auto triples = Extract(R"(Funding fund VERB VBG 7 advcl
for for ADP IN 5 case
the the DET DT 5 det
bike bike NOUN NN 5 compound
paths path NOUN NNS 7 nsubj
has have AUX VBZ 7 aux
come come VERB VBN 0 root
from from ADP IN 10 case
the the DET DT 10 det
city city NOUN NN 7 obl
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(triples, "city", "fund", "bike paths").size(), 1U) << Listing(triples);
  for (const model::Triple& t : triples)
    EXPECT_NE(t.subject.name, "bike paths") << "paths come from nothing: " << Listing(triples);
}

TEST(UdNominalEvent, FundingThatCameFromADoer) {
  // "Most funding for the drones has come from Latvia."
  const auto triples = Extract(R"(Most most ADJ JJS 2 amod
funding funding NOUN NN 7 nsubj
for for ADP IN 5 case
the the DET DT 5 det
drones drone NOUN NNS 2 nmod
has have AUX VBZ 7 aux
come come VERB VBN 0 root
from from ADP IN 9 case
Latvia Latvia PROPN NNP 7 obl B-LOCATION
. . PUNCT . 7 punct)");
  const auto fund = Matching(triples, "Latvia", "fund", "drones");
  ASSERT_EQ(fund.size(), 1U) << Listing(triples);
  EXPECT_EQ(fund[0].rule, "nominal-event");
  EXPECT_EQ(fund[0].relation, "funding has come from");
  EXPECT_FALSE(fund[0].negated);
}

TEST(UdPassive, AgentBecomesTheSubjectAndNegationStays) {
  // "The port was not blocked by the navy."
  const auto triples = Extract(R"(The the DET DT 2 det
port port NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
not not PART RB 5 advmod
blocked block VERB VBN 0 root
by by ADP IN 8 case
the the DET DT 8 det
navy navy NOUN NN 5 obl:agent
. . PUNCT . 5 punct)");
  const auto block = Matching(triples, "navy", "block", "port");
  ASSERT_EQ(block.size(), 1U) << Listing(triples);
  EXPECT_TRUE(block[0].negated);
  EXPECT_EQ(block[0].rule, "pass-agent");
  EXPECT_TRUE(Matching(triples, "port", "block", "navy").empty()) << Listing(triples);
}

TEST(UdPassive, OpenIeOrderFollowsTheSentence) {
  // "Iran was sanctioned by the EU."
  const auto sentence = testing::Sentence(R"(Iran Iran PROPN NNP 3 nsubj:pass B-LOCATION
was be AUX VBD 3 aux:pass
sanctioned sanction VERB VBN 0 root
by by ADP IN 6 case
the the DET DT 6 det
EU EU PROPN NNP 3 obl:agent B-ORGANIZATION
. . PUNCT . 3 punct)");
  const auto triples = ExtractClauseTriples(sentence, {});
  ASSERT_EQ(triples.size(), 1U);
  EXPECT_EQ(triples[0].subject.name, "EU");
  const auto [arg1, arg2] = SentenceOrder(triples[0]);
  EXPECT_EQ(arg1->name, "Iran");
  EXPECT_EQ(arg2->name, "EU");
  EXPECT_EQ(triples[0].relation, "was sanctioned by");
}

TEST(UdPassive, FrontedParticipleWithAgentIsPassive) {
  // "Backed by Kelso, the rebels seized the port."
  const auto triples = Extract(R"(Backed back VERB VBN 7 advcl
by by ADP IN 3 case
Kelso Kelso PROPN NNP 1 obl:agent B-ORGANIZATION
, , PUNCT , 1 punct
the the DET DT 6 det
rebels rebel NOUN NNS 7 nsubj
seized seize VERB VBD 0 root
the the DET DT 9 det
port port NOUN NN 7 obj
. . PUNCT . 7 punct)");
  ASSERT_EQ(Matching(triples, "Kelso", "back", "rebels").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "rebels", "back", "Kelso").empty()) << Listing(triples);
  ASSERT_EQ(Matching(triples, "rebels", "seize", "port").size(), 1U) << Listing(triples);
}

TEST(UdPassive, WithoutAgentThePatientStaysSubject) {
  // "Two reporters were detained in Minsk."
  const auto triples = Extract(R"(Two two NUM CD 2 nummod
reporters reporter NOUN NNS 4 nsubj:pass
were be AUX VBD 4 aux:pass
detained detain VERB VBN 0 root
in in ADP IN 6 case
Minsk Minsk PROPN NNP 4 obl B-LOCATION
. . PUNCT . 4 punct)");
  const auto held = Matching(triples, "reporters", "be detained in", "Minsk");
  ASSERT_EQ(held.size(), 1U) << Listing(triples);
  EXPECT_EQ(held[0].rule, "pass-obl");
}

TEST(UdCopula, NegatedMembershipKeepsItsObject) {
  // "Ana Lobo is not a member of the board."
  const auto triples = Extract(R"(Ana Ana PROPN NNP 6 nsubj B-PERSON
Lobo Lobo PROPN NNP 1 flat I-PERSON
is be AUX VBZ 6 cop
not not PART RB 6 advmod
a a DET DT 6 det
member member NOUN NN 0 root
of of ADP IN 9 case
the the DET DT 9 det
board board NOUN NN 6 nmod
. . PUNCT . 6 punct)");
  const auto member = Matching(triples, "Ana Lobo", "be", "member of the board");
  ASSERT_EQ(member.size(), 1U) << Listing(triples);
  EXPECT_TRUE(member[0].negated);
  // The nominal is the object; the relation does not say it twice ("is not member").
  EXPECT_EQ(member[0].relation, "is not");
}

TEST(UdCopula, CoordinatedSubjectsEachGetTheNominal) {
  // "Kelso and Aerion are close rivals."
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 6 nsubj B-ORGANIZATION
and and CCONJ CC 3 cc
Aerion Aerion PROPN NNP 1 conj B-ORGANIZATION
are be AUX VBP 6 cop
close close ADJ JJ 6 amod
rivals rival NOUN NNS 0 root
. . PUNCT . 6 punct)");
  ASSERT_EQ(Matching(triples, "Kelso", "be", "close rivals").size(), 1U) << Listing(triples);
  ASSERT_EQ(Matching(triples, "Aerion", "be", "close rivals").size(), 1U) << Listing(triples);
}

TEST(UdValues, MoneyIsAValueNodeWithItsCurrency) {
  // "Aerion paid $40 million to Kelso."
  const auto triples = Extract(R"(Aerion Aerion PROPN NNP 2 nsubj B-ORGANIZATION
paid pay VERB VBD 0 root
$ $ SYM $ 2 obj B-MONEY
40 40 NUM CD 3 nummod I-MONEY
million million NUM CD 4 compound I-MONEY
to to ADP IN 7 case
Kelso Kelso PROPN NNP 2 obl B-ORGANIZATION
. . PUNCT . 2 punct)");
  const auto paid = Matching(triples, "Aerion", "pay", "40 million");
  ASSERT_EQ(paid.size(), 1U) << Listing(triples);
  EXPECT_EQ(paid[0].object.type, model::EntityType::kMoney);
  EXPECT_EQ(paid[0].value, "40000000 USD");
  ASSERT_EQ(Matching(triples, "Aerion", "pay to", "Kelso").size(), 1U) << Listing(triples);
}

TEST(UdValues, BareNumberIsNeverANode) {
  // "Aerion hired 300 last year."
  const auto triples = Extract(R"(Aerion Aerion PROPN NNP 2 nsubj B-ORGANIZATION
hired hire VERB VBD 0 root
300 300 NUM CD 2 obj
last last ADJ JJ 5 amod
year year NOUN NN 2 obl:tmod
. . PUNCT . 2 punct)");
  for (const model::Triple& t : triples) EXPECT_NE(t.object.name, "300") << Listing(triples);
}

TEST(UdTime, DateObliqueDatesTheClause) {
  // "The envoy arrived in Oslo on March 3, 2024."
  const auto triples = Extract(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
arrived arrive VERB VBD 0 root
in in ADP IN 5 case
Oslo Oslo PROPN NNP 3 obl B-LOCATION
on on ADP IN 7 case
March March PROPN NNP 3 obl B-DATE
3 3 NUM CD 7 nummod I-DATE
, , PUNCT , 10 punct I-DATE
2024 2024 NUM CD 7 nmod:tmod I-DATE
. . PUNCT . 3 punct)");
  const auto arrive = Matching(triples, "envoy", "arrive in", "Oslo");
  ASSERT_EQ(arrive.size(), 1U) << Listing(triples);
  EXPECT_EQ(arrive[0].time, "2024-03-03");
  const auto on = Matching(triples, "envoy", "arrive on", "March");
  ASSERT_EQ(on.size(), 1U) << Listing(triples);
  EXPECT_EQ(on[0].object.type, model::EntityType::kDate);
  EXPECT_EQ(on[0].value, "2024-03-03");
}

TEST(UdEntities, TaggedMentionIsNeverCut) {
  // "First National Bank of Algeria sued Kelso."
  const auto triples = Extract(R"(First first ADJ JJ 3 amod B-ORGANIZATION
National National PROPN NNP 3 compound I-ORGANIZATION
Bank Bank PROPN NNP 6 nsubj I-ORGANIZATION
of of ADP IN 5 case I-ORGANIZATION
Algeria Algeria PROPN NNP 3 nmod I-ORGANIZATION
sued sue VERB VBD 0 root
Kelso Kelso PROPN NNP 6 obj B-ORGANIZATION
. . PUNCT . 6 punct)");
  const auto sued = Matching(triples, "Bank", "sue", "Kelso");
  ASSERT_EQ(sued.size(), 1U) << Listing(triples);
  EXPECT_EQ(sued[0].subject.name, "First National Bank of Algeria");
  EXPECT_EQ(sued[0].subject.type, model::EntityType::kOrganization);
}

TEST(UdEntities, AGerundOrInfinitiveComplementStaysWithItsNoun) {
  // "Growers face difficulties in finding buyers, and the mill has plans to hire staff." (with
  // "has" tagged AUX, as the tagger often does with a main-verb "have")
  const auto triples = Extract(R"(Growers grower NOUN NNS 2 nsubj
face face VERB VBP 0 root
difficulties difficulty NOUN NNS 2 obj
in in SCONJ IN 5 mark
finding find VERB VBG 3 acl
buyers buyer NOUN NNS 5 obj
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
the the DET DT 10 det
mill mill NOUN NN 11 nsubj
has have AUX VBZ 2 conj
plans plan NOUN NNS 11 obj
to to PART TO 14 mark
hire hire VERB VB 12 acl
staff staff NOUN NN 14 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Growers", "face", "difficulties in finding buyers").size(), 1U)
      << Listing(triples);
  EXPECT_EQ(Matching(triples, "mill", "have", "plans to hire staff").size(), 1U)
      << Listing(triples);
}

TEST(UdEntities, AnInfinitiveAfterAConcreteNounIsTheVerbs) {
  // "The council expects the bridge to open in May." with "open" an acl of "bridge".
  const auto triples = Extract(R"(The the DET DT 2 det
council council NOUN NN 3 nsubj
expects expect VERB VBZ 0 root
the the DET DT 5 det
bridge bridge NOUN NN 3 obj
to to PART TO 7 mark
open open VERB VB 5 acl
in in ADP IN 9 case
May May PROPN NNP 7 obl B-DATE
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "council", "expect", "bridge").size(), 1U) << Listing(triples);
}

TEST(UdEntities, PronounsAreNotNodes) {
  // "They blamed him."
  const auto triples = Extract(R"(They they PRON PRP 2 nsubj
blamed blame VERB VBD 0 root
him he PRON PRP 2 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(triples.empty()) << Listing(triples);
  ArgumentContext open_ie;
  open_ie.pronouns = true;
  const auto quoted = ExtractClauseTriples(testing::Sentence(R"(They they PRON PRP 2 nsubj
blamed blame VERB VBD 0 root
him he PRON PRP 2 obj
. . PUNCT . 2 punct)"),
                                           open_ie);
  ASSERT_EQ(quoted.size(), 1U);
  EXPECT_EQ(quoted[0].subject.text, "They");
  EXPECT_EQ(quoted[0].object.text, "him");
}

TEST(UdRobustness, DamagedTreeGivesNoCrash) {
  // Heads that form a cycle and point outside the sentence, as a broken parser could emit.
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 2 nsubj
sued sue VERB VBD 3 ccomp
Aerion Aerion PROPN NNP 2 obj
. . PUNCT . 0 root)");
  EXPECT_TRUE(triples.empty()) << Listing(triples);
}

TEST(UdRuleCatalogue, NamesAreUniqueAndPriorsAreProbabilities) {
  std::set<std::string_view> names;
  for (const RuleInfo& rule : RuleCatalogue()) {
    EXPECT_TRUE(names.insert(rule.name).second) << rule.name;
    EXPECT_GT(rule.prior, 0.0);
    EXPECT_LE(rule.prior, 1.0);
    EXPECT_EQ(&Rule(rule.id), &rule);
  }
  EXPECT_EQ(Rule(RuleId::kPassiveAgent).doer, Doer::kAgent);
}

}  // namespace
}  // namespace kg::extract
