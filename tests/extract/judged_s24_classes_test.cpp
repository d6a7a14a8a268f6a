// Kinds of wrong triples and nodes found in session 24 (the judging sheets of the session's first
// code and the 1,000 stories): each tree is a hand-written analysis of a sentence written for this
// test, attached as the parser attached such sentences, run through the repair the kind needs (or
// none, for an argument rule).
#include <gtest/gtest.h>

#include "extract/clauses/nominal_gerunds.h"
#include "extract/clauses/relative_clause_predicates.h"
#include "extract/clauses/trailing_speakers.h"
#include "extract/entities/name_spans.h"
#include "extract/national_titles.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RepairSpans;

TEST(JudgedS24Classes, TheVerbAfterARelativeClauseIsTheSubjectsNotTheClauses) {
  // "That fee increase, which Governor Ilse Marten later revoked, followed protests by the
  // unions." parsed with the noun the root and "followed" (tagged a participle) an adverbial of
  // "revoked": Marten had followed the protests.
  const auto triples = ExtractAfter(RepairRelativeClausePredicates, R"(That that DET DT 3 det
fee fee NOUN NN 3 compound
increase increase NOUN NN 0 root
, , PUNCT , 10 punct
which which PRON WDT 10 obj
Governor Governor PROPN NNP 7 nmod:desc
Ilse Ilse PROPN NNP 10 nsubj B-PERSON
Marten Marten PROPN NNP 7 flat I-PERSON
later later ADV RB 10 advmod
revoked revoke VERB VBD 3 acl:relcl
, , PUNCT , 12 punct
followed follow VERB VBN 10 advcl
protests protest NOUN NNS 12 obj
by by ADP IN 16 case
the the DET DT 16 det
unions union NOUN NNS 13 nmod
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "fee increase", "", "protests").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Ilse Marten", "", "protests").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Ilse Marten", "", "fee increase").size(), 1U) << Listing(triples);
}

TEST(JudgedS24Classes, ASecondSubjectAfterARelativeClauseIsItsObjectsConjunct) {
  // "The Arden group, which includes Pell Partners and Stave Ltd, said it bought shares." parsed
  // with "Stave Ltd" a second subject of "said": the firm had spoken for the group.
  const auto triples = ExtractAfter(RepairRelativeClausePredicates, R"(The the DET DT 3 det
Arden Arden PROPN NNP 3 compound
group group NOUN NN 13 nsubj
, , PUNCT , 6 punct
which which PRON WDT 6 nsubj
includes include VERB VBZ 3 acl:relcl
Pell Pell PROPN NNP 8 compound B-ORGANIZATION
Partners Partners PROPN NNPS 6 obj I-ORGANIZATION
and and CCONJ CC 10 cc
Stave Stave PROPN NNP 13 nsubj B-ORGANIZATION
Ltd Ltd PROPN NNP 10 flat I-ORGANIZATION
, , PUNCT , 10 punct
said say VERB VBD 0 root
it it PRON PRP 15 nsubj
bought buy VERB VBD 13 ccomp
shares share NOUN NNS 15 obj
. . PUNCT . 13 punct)");
  EXPECT_EQ(Matching(triples, "Arden group", "say", "").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Stave Ltd", "say", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Arden group", "include", "Stave Ltd").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS24Classes, AListInsideAModifierStaysInThePhrase) {
  // "Prices of rice and wheat rose 15 pct." had given the node "Prices of rice": the phrase
  // ended on its list's first item.
  const auto triples = Extract(R"(Prices price NOUN NNS 6 nsubj
of of ADP IN 3 case
rice rice NOUN NN 1 nmod
and and CCONJ CC 5 cc
wheat wheat NOUN NN 3 conj
rose rise VERB VBD 0 root
15 15 NUM CD 8 nummod B-PERCENT
pct pct NOUN NN 6 obj I-PERCENT
. . PUNCT . 6 punct)");
  EXPECT_EQ(Matching(triples, "Prices of rice and wheat", "", "15 pct").size(), 1U)
      << Listing(triples);
  // A list with commas keeps them.
  const auto commas = Extract(R"(The the DET DT 2 det
network network NOUN NN 4 nsubj
will will AUX MD 4 aux
carry carry VERB VB 0 root
transmissions transmission NOUN NNS 4 obj
of of ADP IN 7 case
voice voice NOUN NN 5 nmod
, , PUNCT , 9 punct
data data NOUN NNS 7 conj
and and CCONJ CC 11 cc
video video NOUN NN 7 conj
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(commas, "network", "", "transmissions of voice, data and video").size(), 1U)
      << Listing(commas);
  // An item with a preposition of its own is no item of the modifier's list.
  const auto own = Extract(R"(Sales sale NOUN NNS 9 nsubj
of of ADP IN 3 case
computers computer NOUN NNS 1 nmod
in in ADP IN 5 case
Europe Europe PROPN NNP 3 nmod B-LOCATION
and and CCONJ CC 8 cc
to to ADP IN 8 case
forecasts forecast NOUN NNS 3 conj
helped help VERB VBD 0 root
profits profit NOUN NNS 9 obj
. . PUNCT . 9 punct)");
  EXPECT_TRUE(Matching(own, "forecasts", "", "").empty()) << Listing(own);
}

TEST(JudgedS24Classes, TheYearOfADateIsNoSecondObject) {
  // "The notes mature on June 15, 1995." parsed with the year a conjunct of the day had given a
  // second edge to the node "1995".
  const auto triples = Extract(R"(The the DET DT 2 det
notes note NOUN NNS 3 nsubj
mature mature VERB VBP 0 root
on on ADP IN 6 case
June June PROPN NNP 6 compound B-DATE
15 15 NUM CD 3 obl I-DATE
, , PUNCT , 8 punct I-DATE
1995 1995 NUM CD 6 conj I-DATE
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "notes", "", "June 15, 1995").size(), 1U) << Listing(triples);
  for (const auto& t : triples) EXPECT_NE(t.object.name, "1995") << Listing(triples);
}

TEST(JudgedS24Classes, ADayWordDeepInTheSubjectIsNoPartOfIt) {
  // "The government of Ilse Marten last friday ordered a freeze." with "friday" hung on the name:
  // the node had been "government of Ilse Marten last friday".
  const auto triples = Extract(R"(The the DET DT 2 det
government government NOUN NN 8 nsubj
of of ADP IN 4 case
Ilse Ilse PROPN NNP 2 nmod B-PERSON
Marten Marten PROPN NNP 4 flat I-PERSON
last last ADJ JJ 7 amod
friday friday PROPN NNP 4 nmod:unmarked
ordered order VERB VBD 0 root
a a DET DT 10 det
freeze freeze NOUN NN 8 obj
. . PUNCT . 8 punct)");
  EXPECT_EQ(Matching(triples, "government of Ilse Marten", "", "freeze").size(), 1U)
      << Listing(triples);
  EXPECT_TRUE(Matching(triples, "friday", "", "").empty()) << Listing(triples);
}

TEST(JudgedS24Classes, AGivenNameBeforeATownsNameIsAPerson) {
  // "Analyst George Salem upgraded the banks." with "Salem" tagged a city (the story's other
  // "Salem" read as the town): the person had been typed a city.
  const auto triples = ExtractAfter(RepairSpans, R"(Analyst analyst NOUN NN 2 nmod:desc
George George PROPN NNP 4 nsubj
Salem Salem PROPN NNP 2 flat B-CITY
upgraded upgrade VERB VBD 0 root
the the DET DT 6 det
banks bank NOUN NNS 4 obj
. . PUNCT . 4 punct)");
  const auto upgraded = Matching(triples, "George Salem", "", "banks");
  ASSERT_EQ(upgraded.size(), 1U) << Listing(triples);
  EXPECT_EQ(upgraded[0].subject.type, model::EntityType::kPerson) << Listing(triples);
}

// The emitted triples of one sentence with its evidence, as the pipeline passes them on.
std::vector<EmittedTriple> Emitted(const std::string& rows) {
  std::vector<EmittedTriple> out;
  for (ClauseTriple& t : ExtractClauseTriples(testing::Sentence(rows), ArgumentContext{})) {
    model::Triple triple = ToModelTriple(t, model::Evidence{});
    out.push_back({std::move(t), std::move(triple)});
  }
  return out;
}

TEST(JudgedS24Classes, ANationalityBeforeATitleIsTheCountryTheTitleIsOf) {
  static const nlp::Gazetteer gazetteer;
  // "Nigerian Finance Minister Ada Okoro signed the accord." had given "Ada Okoro -be->
  // Finance Minister" (the nationality cut, and with it the country); the issue asks for the
  // title of the country.
  auto nigerian = Emitted(R"(Nigerian Nigerian ADJ JJ 2 amod B-NORP
Finance Finance PROPN NNP 6 nsubj
Minister Minister PROPN NNP 2 flat B-PERSON
Ada Ada PROPN NNP 2 flat I-PERSON
Okoro Okoro PROPN NNP 4 flat I-PERSON
signed sign VERB VBD 0 root
the the DET DT 8 det
accord accord NOUN NN 6 obj
. . PUNCT . 6 punct)");
  OwnTitlesByNationality(nigerian, gazetteer);
  std::vector<model::Triple> triples;
  for (const EmittedTriple& e : nigerian) triples.push_back(e.triple);
  const auto role = Matching(triples, "Ada Okoro", "finance minister of", "Nigeria");
  ASSERT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_EQ(role[0].object.type, model::EntityType::kCountry);
  // A country's own name and a point of the compass before a nationality.
  auto us = Emitted(R"(U.S. U.S. PROPN NNP 3 compound B-COUNTRY
Treasury Treasury PROPN NNP 3 compound
Secretary Secretary PROPN NNP 4 nmod:desc B-PERSON
Ben Ben PROPN NNP 6 nsubj I-PERSON
Hale Hale PROPN NNP 4 flat I-PERSON
spoke speak VERB VBD 0 root
. . PUNCT . 6 punct)");
  OwnTitlesByNationality(us, gazetteer);
  triples.clear();
  for (const EmittedTriple& e : us) triples.push_back(e.triple);
  EXPECT_EQ(Matching(triples, "Ben Hale", "treasury secretary of", "United States").size(), 1U)
      << Listing(triples);
  // The nationality of a body before its officer is the body's.
  auto body = Emitted(R"(French French ADJ JJ 4 amod B-NORP
Growers Growers PROPN NNPS 3 compound
Association Association PROPN NNP 4 compound
president president NOUN NN 5 compound
Paul Paul PROPN NNP 7 nsubj B-PERSON
Roux Roux PROPN NNP 5 flat I-PERSON
spoke speak VERB VBD 0 root
. . PUNCT . 7 punct)");
  OwnTitlesByNationality(body, gazetteer);
  for (const EmittedTriple& e : body) EXPECT_NE(e.triple.object.name, "France");
}

TEST(JudgedS24Classes, APortfolioInsideThePersonsMentionIsPartOfTheTitle) {
  // "Britain's Foreign Secretary Ann Carver met the envoy." with "Foreign Secretary Ann Carver"
  // tagged one person: the title rule found no title (the mention began with "Foreign", no
  // title) and the role was lost.
  const auto triples = Extract(R"(Britain Britain PROPN NNP 5 nmod:poss B-COUNTRY
's 's PART POS 1 case
Foreign Foreign ADJ JJ 4 amod B-PERSON
Secretary Secretary PROPN NNP 5 nmod:desc I-PERSON
Ann Ann PROPN NNP 7 nsubj I-PERSON
Carver Carver PROPN NNP 5 flat I-PERSON
met meet VERB VBD 0 root
the the DET DT 9 det
envoy envoy NOUN NN 7 obj
. . PUNCT . 7 punct)");
  EXPECT_EQ(Matching(triples, "Ann Carver", "foreign secretary of", "Britain").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS24Classes, AnOfficesOfPhraseIsPartOfTheTitleAndItsHolderTheName) {
  // "Secretary of State Ben Hale warned the ministers." had given "Ben Hale -secretary of->
  // State", an organisation called State.
  const auto state = Extract(R"(Secretary Secretary PROPN NNP 4 nmod:desc
of of ADP IN 3 case
State State PROPN NNP 1 nmod
Ben Ben PROPN NNP 6 nsubj B-PERSON
Hale Hale PROPN NNP 4 flat I-PERSON
warned warn VERB VBD 0 root
the the DET DT 8 det
ministers minister NOUN NNS 6 obj
. . PUNCT . 6 punct)");
  EXPECT_EQ(Matching(state, "Ben Hale", "be", "Secretary of State").size(), 1U) << Listing(state);
  EXPECT_TRUE(Matching(state, "Ben Hale", "secretary of", "State").empty()) << Listing(state);
  // "Minister of State for Trade Anil Kumar Varma told Parliament ..." with the office's last word
  // and the name tagged one people: the speaker had been "Minister".
  const auto varma = ExtractAfter(RepairSpans, R"(Minister Minister PROPN NNP 9 nsubj
of of ADP IN 3 case
State State PROPN NNP 1 nmod
for for ADP IN 6 case
Trade Trade NOUN NN 6 compound B-NORP
Anil Anil PROPN NNP 1 nmod I-NORP
Kumar Kumar PROPN NNP 6 flat I-NORP
Varma Varma PROPN NNP 6 flat I-NORP
told tell VERB VBD 0 root
Parliament Parliament PROPN NNP 9 iobj
. . PUNCT . 9 punct)");
  EXPECT_EQ(Matching(varma, "Anil Kumar Varma", "tell", "Parliament").size(), 1U) << Listing(varma);
  EXPECT_TRUE(Matching(varma, "Minister", "tell", "").empty()) << Listing(varma);
  // "Developer Dan Roe agreed to pay ..." tagged one person: the node had been "Developer Dan
  // Roe".
  const auto roe = ExtractAfter(RepairSpans, R"(Developer developer NOUN NN 2 nmod:desc B-PERSON
Dan Dan PROPN NNP 4 nsubj I-PERSON
Roe Roe PROPN NNP 2 flat I-PERSON
agreed agree VERB VBD 0 root
to to PART TO 6 mark
pay pay VERB VB 4 xcomp
cash cash NOUN NN 6 obj
. . PUNCT . 4 punct)");
  EXPECT_FALSE(Matching(roe, "Dan Roe", "", "cash").empty()) << Listing(roe);
  EXPECT_TRUE(Matching(roe, "Developer Dan Roe", "", "").empty()) << Listing(roe);
}

TEST(JudgedS24Classes, WhatSomeoneIsAccusedOfIsAnAccusation) {
  // "The three traders are accused of pocketing profits." had stated "traders -pocketing->
  // profits" as a fact.
  const auto passive = Extract(R"(The the DET DT 3 det
three three NUM CD 3 nummod
traders trader NOUN NNS 5 nsubj:pass
are be AUX VBP 5 aux:pass
accused accuse VERB VBN 0 root
of of ADP IN 7 mark
pocketing pocket VERB VBG 5 advcl
profits profit NOUN NNS 7 obj
. . PUNCT . 5 punct)");
  const auto pocket = Matching(passive, "traders", "", "profits");
  ASSERT_EQ(pocket.size(), 1U) << Listing(passive);
  EXPECT_FALSE(pocket[0].asserted) << Listing(passive);
  EXPECT_EQ(pocket[0].modality, "accused") << Listing(passive);
  // "Prosecutors accused Hale of taking bribes.": Hale took them, in the prosecutors' words (the
  // prosecutors had taken them).
  const auto active = Extract(R"(Prosecutors prosecutor NOUN NNS 2 nsubj
accused accuse VERB VBD 0 root
Hale Hale PROPN NNP 2 iobj B-PERSON
of of ADP IN 5 mark
taking take VERB VBG 2 advcl
bribes bribe NOUN NNS 5 obj
. . PUNCT . 2 punct)");
  const auto take = Matching(active, "Hale", "", "bribes");
  ASSERT_EQ(take.size(), 1U) << Listing(active);
  EXPECT_EQ(take[0].attributed_to, "Prosecutors") << Listing(active);
  EXPECT_FALSE(take[0].asserted) << Listing(active);
  EXPECT_TRUE(Matching(active, "Prosecutors", "", "bribes").empty()) << Listing(active);
}

TEST(JudgedS24Classes, ASpeakerWithTwoTitlesOrALongFirmNameAfterTheCommaSpeaks) {
  // "Revenue fell to 4.5 billion dlrs, chairman and chief executive Kevan Gosper said." parsed
  // with "chairman" an oblique of "fell" and "said" its conjunct: the speaker and the statement
  // had been lost.
  const auto titles = ExtractAfter(RepairTrailingSpeakers, R"(Revenue revenue NOUN NN 2 nsubj
fell fall VERB VBD 0 root
to to ADP IN 6 case
4.5 4.5 NUM CD 5 compound B-MONEY
billion billion NUM CD 6 nummod I-MONEY
dlrs dlr NOUN NNS 2 obl I-MONEY
, , PUNCT , 8 punct
chairman chairman NOUN NN 2 obl:unmarked
and and CCONJ CC 14 cc
chief chief ADJ JJ 12 amod
executive executive ADJ JJ 12 amod
Kevan Kevan PROPN NNP 14 nsubj B-PERSON
Gosper Gosper PROPN NNP 12 flat I-PERSON
said say VERB VBD 2 conj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(titles, "Kevan Gosper", "say", "Revenue fell").size(), 1U) << Listing(titles);
  // "Rain is boosting the crop in the region, an Australian Cane Growers Council spokesman told
  // Reuters." with "Cane" a conjunct of "region" and "told" a relative clause of it: the speaker
  // had been "Growers Council spokesman" and the rain its report's subject without credit.
  const auto firm = ExtractAfter(RepairTrailingSpeakers, R"(Rain rain NOUN NN 3 nsubj
is be AUX VBZ 3 aux
boosting boost VERB VBG 0 root
the the DET DT 5 det
crop crop NOUN NN 3 obj
in in ADP IN 8 case
the the DET DT 8 det
region region NOUN NN 5 nmod
, , PUNCT , 12 punct
an a DET DT 12 det
Australian Australian ADJ JJ 12 amod B-ORGANIZATION
Cane Cane PROPN NNP 8 conj I-ORGANIZATION
Growers Growers PROPN NNPS 14 compound I-ORGANIZATION
Council Council PROPN NNP 15 compound I-ORGANIZATION
spokesman spokesman NOUN NN 16 nsubj
told tell VERB VBD 8 acl:relcl
Reuters Reuters PROPN NNP 16 iobj B-ORGANIZATION
. . PUNCT . 3 punct)");
  const auto told = Matching(firm, "Australian Cane Growers Council spokesman", "say", "Rain");
  EXPECT_EQ(told.size(), 1U) << Listing(firm);
  const auto boost = Matching(firm, "Rain", "boost", "crop");
  ASSERT_EQ(boost.size(), 1U) << Listing(firm);
  EXPECT_EQ(boost[0].attributed_to, "Australian Cane Growers Council spokesman") << Listing(firm);
}

TEST(JudgedS24Classes, AStatementKeepsASubordinatorThatDoesNotOpenIt) {
  // "Yeutter said the answer is to switch funds." had given the statement "the answer is switch
  // funds": the copula clause's "to" was cut as if it opened the clause.
  const auto triples = Extract(R"(Yeutter Yeutter PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
the the DET DT 4 det
answer answer NOUN NN 7 nsubj:outer
is be AUX VBZ 7 cop
to to PART TO 7 mark
switch switch VERB VB 2 ccomp
funds fund NOUN NNS 7 obj
. . PUNCT . 2 punct)");
  bool found = false;
  for (const auto& t : triples) found = found || t.object.name == "the answer is to switch funds";
  EXPECT_TRUE(found) << Listing(triples);
}

TEST(JudgedS24Classes, TheDateOfAComparedAmountIsNoTimeOfTheClause) {
  // "Royalties rose to 1.4 billion dlrs against 852 mln in 1985." had dated the rise 1985, the
  // year of the amount it is compared with.
  const auto triples = Extract(R"(Royalties royalty NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 6 case
1.4 1.4 NUM CD 5 compound B-MONEY
billion billion NUM CD 6 nummod I-MONEY
dlrs dlr NOUN NNS 2 obl I-MONEY
against against ADP IN 9 case
852 852 NUM CD 9 nummod
mln mln NOUN NN 2 obl
in in ADP IN 11 case
1985 1985 NUM CD 2 obl B-DATE
. . PUNCT . 2 punct)");
  const auto rose = Matching(triples, "Royalties", "", "1.4 billion dlrs");
  ASSERT_EQ(rose.size(), 1U) << Listing(triples);
  EXPECT_EQ(rose[0].time, "") << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Royalties", "", "1985").empty()) << Listing(triples);
}

TEST(JudgedS24Classes, AnIngModifierBeforeANounOfResultsIsPartOfItsPhrase) {
  // "The bank reported bond trading losses in Tokyo." had given "bond -trading-> losses".
  const auto triples = ExtractAfter(RepairNominalGerunds, R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
reported report VERB VBD 0 root
bond bond NOUN NN 3 obj
trading trade VERB VBG 4 acl
losses loss NOUN NNS 5 obj
in in ADP IN 8 case
Tokyo Tokyo PROPN NNP 5 obl B-CITY
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "bond", "trade", "losses").empty()) << Listing(triples);
  EXPECT_FALSE(Matching(triples, "bank", "report", "bond trading losses").empty())
      << Listing(triples);
  // A participle that reports a result stays one: "firms posting gains".
  const auto posting = ExtractAfter(RepairNominalGerunds, R"(Shares share NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
with with ADP IN 5 case
many many ADJ JJ 5 amod
firms firm NOUN NNS 2 obl
posting post VERB VBG 5 acl
gains gain NOUN NNS 6 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(posting, "firms", "post", "gains").size(), 1U) << Listing(posting);
}

TEST(JudgedS24Classes, AShareWhoseWholeHasAnEdgeIsNoBareObject) {
  // "Orvia owns 56 pct of Telvik." had given "Orvia -owns-> 56 pct" beside "Orvia -owns 56 pct
  // of-> Telvik": the bare share was judged cut.
  const auto triples = Extract(R"(Orvia Orvia PROPN NNP 2 nsubj B-ORGANIZATION
owns own VERB VBZ 0 root
56 56 NUM CD 4 nummod B-PERCENT
pct pct NOUN NN 2 obj I-PERCENT
of of ADP IN 6 case
Telvik Telvik PROPN NNP 4 nmod B-ORGANIZATION
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Orvia", "own pct of", "Telvik").size(), 1U) << Listing(triples);
  for (const auto& t : triples) EXPECT_NE(t.object.name, "56 pct") << Listing(triples);
}

TEST(JudgedS24Classes, AnIngAdjectiveBeforeAnObjectIsNoVerb) {
  // "Orvia has withstood declining prices." had given "Orvia -has withstood declining-> prices".
  const auto triples = ExtractAfter(RepairNominalGerunds, R"(Orvia Orvia PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
withstood withstand VERB VBN 0 root
declining decline VERB VBG 3 xcomp
prices price NOUN NNS 4 obj
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Orvia", "withstand", "declining prices").size(), 1U)
      << Listing(triples);
  // After a verb that takes a gerund, the -ing word is a verb: "began increasing prices".
  const auto began = ExtractAfter(RepairNominalGerunds, R"(Orvia Orvia PROPN NNP 2 nsubj
began begin VERB VBD 0 root
increasing increase VERB VBG 2 xcomp
prices price NOUN NNS 3 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(began, "Orvia", "begin", "increasing prices").empty()) << Listing(began);
}

TEST(JudgedS24Classes, AClauseWithAConditionHoldsOnlyUnderIt) {
  // "Orvia said brokers would meet the deadline if it received the forms." had given "brokers
  // -would meet-> deadline" with the condition lost (the parse hung it on "said").
  const auto triples = Extract(R"(Orvia Orvia PROPN NNP 2 nsubj B-ORGANIZATION
said say VERB VBD 0 root
brokers broker NOUN NNS 5 nsubj
would would AUX MD 5 aux
meet meet VERB VB 2 ccomp
the the DET DT 7 det
deadline deadline NOUN NN 5 obj
if if SCONJ IN 10 mark
it it PRON PRP 10 nsubj
received receive VERB VBD 2 advcl
the the DET DT 12 det
forms form NOUN NNS 10 obj
. . PUNCT . 2 punct)");
  const auto meet = Matching(triples, "brokers", "", "deadline");
  ASSERT_EQ(meet.size(), 1U) << Listing(triples);
  EXPECT_EQ(meet[0].modality, "would if") << Listing(triples);
  // "even if" concedes: the clause holds whatever happens.
  const auto even = Extract(R"(Orvia Orvia PROPN NNP 3 nsubj B-ORGANIZATION
can can AUX MD 3 aux
cope cope VERB VB 0 root
with with ADP IN 5 case
losses loss NOUN NNS 3 obl
even even ADV RB 9 advmod
if if SCONJ IN 9 mark
prices price NOUN NNS 9 nsubj
fall fall VERB VBP 3 advcl
. . PUNCT . 3 punct)");
  const auto cope = Matching(even, "Orvia", "", "losses");
  ASSERT_EQ(cope.size(), 1U) << Listing(even);
  EXPECT_EQ(cope[0].modality, "can") << Listing(even);
}

TEST(JudgedS24Classes, APlaceNamedWithARomanceParticleIsOneName) {
  // "Ministers met in Punta del Este, Uruguay." with "Punta" and "Este" tagged apart had made the
  // node "Punta".
  const auto triples = ExtractAfter(RepairSpans, R"(Ministers minister NOUN NNS 2 nsubj
met meet VERB VBD 0 root
in in ADP IN 4 case
Punta Punta PROPN NNP 2 obl B-OTHER
del del PROPN NNP 4 flat
Este Este PROPN NNP 4 flat B-EVENT
, , PUNCT , 8 punct
Uruguay Uruguay PROPN NNP 4 appos B-COUNTRY
. . PUNCT . 2 punct)");
  const auto met = Matching(triples, "Ministers", "meet in", "Punta del Este");
  ASSERT_EQ(met.size(), 1U) << Listing(triples);
  EXPECT_EQ(met[0].object.type, model::EntityType::kCity) << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
