// Kinds of wrong triples and nodes found in session 28 (the judging sheets of session 27 and the
// session's own first six): each tree is a hand-written analysis of a sentence written for this
// test, attached as the parser attached such sentences.
#include <gtest/gtest.h>

#include "extract/clauses/comma_firm_names.h"
#include "extract/clauses/coordinated_predicates.h"
#include "extract/clauses/inverted_speakers.h"
#include "extract/clauses/role_name_conjuncts.h"
#include "extract/clauses/time_objects.h"
#include "extract/clauses/trailing_speakers.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RepairSpans;

TEST(JudgedS28Classes, ADayAfterANameIsNoPartOfIt) {
  // "The Storting on Tuesday backed the budget." tagged "Storting on Tuesday" one organisation:
  // the node had been "Storting on Tuesday".
  const auto triples = ExtractAfter(RepairSpans, R"(The the DET DT 2 det
Storting Storting PROPN NNP 5 nsubj B-ORGANIZATION
on on ADP IN 4 case I-ORGANIZATION
Tuesday Tuesday PROPN NNP 2 nmod I-ORGANIZATION
backed back VERB VBD 0 root
the the DET DT 7 det
budget budget NOUN NN 5 obj
. . PUNCT . 5 punct)");
  const auto backed = Matching(triples, "Storting", "back", "budget");
  ASSERT_EQ(backed.size(), 1U) << Listing(triples);
  EXPECT_EQ(backed[0].subject.name, "Storting") << Listing(triples);
  // A name with a preposition and no day stays whole.
  const auto bank = ExtractAfter(RepairSpans, R"(Bank Bank PROPN NNP 4 nsubj B-ORGANIZATION
of of ADP IN 3 case I-ORGANIZATION
Ostfold Ostfold PROPN NNP 1 nmod I-ORGANIZATION
backed back VERB VBD 0 root
the the DET DT 6 det
budget budget NOUN NN 4 obj
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(bank, "Bank of Ostfold", "back", "budget").size(), 1U) << Listing(bank);
}

TEST(JudgedS28Classes, ARomanceAndBeforeAParticleJoinsOneFirmsName) {
  // "Caisse du Commerce et des Travaux Publics raised its capital." tagged two organisations,
  // the second "Travaux Publics", a fragment.
  const auto triples = ExtractAfter(RepairSpans, R"(Caisse Caisse PROPN NNP 9 nsubj B-ORGANIZATION
du du PROPN NNP 1 flat I-ORGANIZATION
Commerce Commerce PROPN NNP 1 flat I-ORGANIZATION
et et PROPN NNP 1 flat O
des des PROPN NNP 1 flat O
Travaux Travaux PROPN NNP 1 flat B-ORGANIZATION
Publics Publics PROPN NNP 1 flat I-ORGANIZATION
, , PUNCT , 1 punct
raised raise VERB VBD 0 root
its its PRON PRP$ 11 nmod:poss
capital capital NOUN NN 9 obj
. . PUNCT . 9 punct)");
  const auto raised = Matching(triples, "", "raise", "capital");
  ASSERT_EQ(raised.size(), 1U) << Listing(triples);
  EXPECT_EQ(raised[0].subject.name, "Caisse du Commerce et des Travaux Publics")
      << Listing(triples);
  EXPECT_EQ(raised[0].subject.type, model::EntityType::kOrganization) << Listing(triples);
}

TEST(JudgedS28Classes, ACountedStretchOfTimeIsNoPartOfTheNodeBeforeIt) {
  // "The notes can be sold to the fund after one year." with "after one year" hung on "fund":
  // the node had been "fund after one year".
  const auto triples = Extract(R"(The the DET DT 2 det
notes note NOUN NNS 5 nsubj:pass
can can AUX MD 5 aux
be be AUX VB 5 aux:pass
sold sell VERB VBN 0 root
to to ADP IN 8 case
the the DET DT 8 det
fund fund NOUN NN 5 obl
after after ADP IN 11 case
one one NUM CD 11 nummod
year year NOUN NN 8 nmod
. . PUNCT . 5 punct)");
  const auto sold = Matching(triples, "notes", "", "fund");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].object.name, "fund") << Listing(triples);
}

TEST(JudgedS28Classes, ThePastIsNoPartOfTheNodeBeforeIt) {
  // "Such remarks in the past moved the dollar."
  const auto triples = Extract(R"(Such such ADJ JJ 2 amod
remarks remark NOUN NNS 6 nsubj
in in ADP IN 5 case
the the DET DT 5 det
past past NOUN NN 2 nmod
moved move VERB VBD 0 root
the the DET DT 8 det
dollar dollar NOUN NN 6 obj
. . PUNCT . 6 punct)");
  const auto moved = Matching(triples, "", "move", "dollar");
  ASSERT_EQ(moved.size(), 1U) << Listing(triples);
  EXPECT_EQ(moved[0].subject.name, "Such remarks") << Listing(triples);
}

TEST(JudgedS28Classes, APhraseOfTimeOrCauseEndingANodeIsTheClausesNotTheNodes) {
  // "Dealers awaited comments after the meeting.": the node had been "comments after the
  // meeting".
  const auto awaited = Extract(R"(Dealers dealer NOUN NNS 2 nsubj
awaited await VERB VBD 0 root
comments comment NOUN NNS 2 obj
after after ADP IN 6 case
the the DET DT 6 det
meeting meeting NOUN NN 3 nmod
. . PUNCT . 2 punct)");
  const auto comments = Matching(awaited, "Dealers", "await", "comments");
  ASSERT_EQ(comments.size(), 1U) << Listing(awaited);
  EXPECT_EQ(comments[0].object.name, "comments") << Listing(awaited);
  // A rank's measure stays: "Norway is the second largest buyer of cotton after Japan."
  const auto buyer = Extract(R"(Norway Norway PROPN NNP 6 nsubj B-COUNTRY
is be AUX VBZ 6 cop
the the DET DT 6 det
second second ADJ JJ 5 advmod
largest large ADJ JJS 6 amod
buyer buyer NOUN NN 0 root
of of ADP IN 8 case
cotton cotton NOUN NN 6 nmod
after after ADP IN 10 case
Japan Japan PROPN NNP 8 nmod B-COUNTRY
. . PUNCT . 6 punct)");
  EXPECT_EQ(Matching(buyer, "Norway", "", "buyer of cotton after Japan").size(), 1U)
      << Listing(buyer);
}

TEST(JudgedS28Classes, ACountedStretchOfTimeIsNoArgumentOfTheVerb) {
  // "The agency had stopped its lending for several years.": no "had stopped for -> several
  // years" edge; the lending is still what was stopped.
  const auto triples = Extract(R"(The the DET DT 2 det
agency agency NOUN NN 4 nsubj
had have AUX VBD 4 aux
stopped stop VERB VBN 0 root
its its PRON PRP$ 6 nmod:poss
lending lending NOUN NN 4 obj
for for ADP IN 9 case
several several ADJ JJ 9 amod
years year NOUN NNS 4 obl
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(triples, "", "", "years").size(), 0U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "agency", "", "lending").size(), 1U) << Listing(triples);
  // "in the year" with nothing but its article is the stretch the story is about, no argument.
  const auto year = Extract(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
amortized amortize VERB VBD 0 root
loans loan NOUN NNS 3 obj
in in ADP IN 7 case
the the DET DT 7 det
year year NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(year, "", "", "year").size(), 0U) << Listing(year);
  EXPECT_EQ(Matching(year, "bank", "", "loans").size(), 1U) << Listing(year);
}

TEST(JudgedS28Classes, TheSpanOfARecordStaysWithTheRecord) {
  // "Copper rose to its highest level in five years.": the five years measure the record, they
  // do not date the rise.
  const auto triples = Extract(R"(Copper copper NOUN NN 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 6 case
its its PRON PRP$ 6 nmod:poss
highest high ADJ JJS 6 amod
level level NOUN NN 2 obl
in in ADP IN 9 case
five five NUM CD 9 nummod
years year NOUN NNS 6 nmod
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Copper", "", "highest level in five years").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS28Classes, WhatTheParseMadeTheSubjectOfAPeriodsEndIsTheVerbsObject) {
  // "Arvik Oy reported profits of its units for the six month period ended December 31." parsed
  // with "ended" a clause whose subject is the profits: "profits ... -ended-> December 31".
  const auto triples =
      ExtractAfter(RepairTimeObjects, R"(Arvik Arvik PROPN NNP 3 nsubj B-ORGANIZATION
Oy Oy PROPN NNP 1 flat I-ORGANIZATION
reported report VERB VBD 0 root
profits profit NOUN NNS 13 nsubj
of of ADP IN 7 case
its its PRON PRP$ 7 nmod:poss
units unit NOUN NNS 4 nmod
for for ADP IN 12 case
the the DET DT 12 det
six six NUM CD 11 nummod
month month NOUN NN 12 compound
period period NOUN NN 7 nmod
ended end VERB VBD 3 ccomp
December December PROPN NNP 13 obj B-DATE
31 31 NUM CD 14 nummod I-DATE
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "", "end", "December").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Arvik Oy", "report", "profits").size(), 1U) << Listing(triples);
}

TEST(JudgedS28Classes, AClauseAfterAPeriodsEndKeepsThePhraseAsItsSubject) {
  // "Tarn Power said output in the 52 weeks ended May 3 was 90 billion kilowatt hours." parsed
  // with "May 3" the subject of "was" and "output" the subject of "ended".
  const auto triples = ExtractAfter(RepairTimeObjects, R"(Tarn Tarn PROPN NNP 3 nsubj B-ORGANIZATION
Power Power PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
output output NOUN NN 9 nsubj
in in ADP IN 8 case
the the DET DT 8 det
52 52 NUM CD 8 nummod
weeks week NOUN NNS 4 nmod
ended end VERB VBD 3 ccomp
May May PROPN NNP 11 compound B-DATE
3 3 NUM CD 16 nsubj I-DATE
was be AUX VBD 16 cop
90 90 NUM CD 14 compound
billion billion NUM CD 16 nummod
kilowatt kilowatt NOUN NN 16 compound
hours hour NOUN NNS 9 ccomp
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "", "end", "").empty()) << Listing(triples);
  const auto said = Matching(triples, "Tarn Power", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name.substr(0, 6), "output") << Listing(triples);
  EXPECT_EQ(Matching(triples, "output", "", "90 billion kilowatt hours").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS28Classes, AVerbHungOnTheAmountAfterAPeriodsEndHasThePhraseAsItsSubject) {
  // "Orla said the profit rise for the quarter ended May 3 to 90 mln dlrs resulted from cost
  // cuts." parsed with the rise the subject of "ended" and "resulted" hung on the amount.
  const auto triples = ExtractAfter(RepairTimeObjects, R"(Orla Orla PROPN NNP 2 nsubj B-ORGANIZATION
said say VERB VBD 0 root
the the DET DT 5 det
profit profit NOUN NN 5 compound
rise rise NOUN NN 9 nsubj
for for ADP IN 8 case
the the DET DT 8 det
quarter quarter NOUN NN 5 nmod
ended end VERB VBD 2 ccomp
May May PROPN NNP 11 compound B-DATE
3 3 NUM CD 9 obj I-DATE
to to ADP IN 15 case
90 90 NUM CD 15 nummod
mln mln NUM CD 15 compound
dlrs dollar NOUN NNS 9 obl
resulted result VERB VBD 15 acl
from from ADP IN 19 case
cost cost NOUN NN 19 compound
cuts cut NOUN NNS 16 obl
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "", "end", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "profit rise", "result from", "cost cuts").size(), 1U)
      << Listing(triples);
}

TEST(JudgedS28Classes, ASpeechBeforeAContinuationCreditsTheClauseBeforeIt) {
  // "Selling forced the fall, traders said, adding that it would go on." parsed with "said" an
  // adverbial of the object: the fall was the traders' account, not the writer's.
  const auto adding = Extract(R"(Selling selling NOUN NN 2 nsubj
forced force VERB VBD 0 root
the the DET DT 4 det
fall fall NOUN NN 2 obj
, , PUNCT , 7 punct
traders trader NOUN NNS 7 nsubj
said say VERB VBD 4 advcl
, , PUNCT , 9 punct
adding add VERB VBG 7 advcl
that that SCONJ IN 13 mark
it it PRON PRP 13 nsubj
would would AUX MD 13 aux
go go VERB VB 9 ccomp
on on ADV RB 13 compound:prt
. . PUNCT . 2 punct)");
  const auto fall = Matching(adding, "Selling", "force", "fall");
  ASSERT_EQ(fall.size(), 1U) << Listing(adding);
  EXPECT_EQ(fall[0].attributed_to, "traders") << Listing(adding);
  // "Banks are expected to use the markets, bond sources said, but officials would only say the
  // issue was open." with the comma hung on the speakers: an expected use is the sources' too,
  // and what the officials say is theirs alone.
  const auto but = Extract(R"(Banks bank NOUN NNS 3 nsubj:pass
are be AUX VBP 3 aux:pass
expected expect VERB VBN 0 root
to to PART TO 5 mark
use use VERB VB 3 xcomp
the the DET DT 7 det
markets market NOUN NNS 5 obj
, , PUNCT , 10 punct
bond bond NOUN NN 10 compound
sources source NOUN NNS 11 nsubj
said say VERB VBD 7 acl:relcl
, , PUNCT , 17 punct
but but CCONJ CC 17 cc
officials official NOUN NNS 17 nsubj
would would AUX MD 17 aux
only only ADV RB 17 advmod
say say VERB VB 5 conj
the the DET DT 19 det
issue issue NOUN NN 21 nsubj
was be AUX VBD 21 cop
open open ADJ JJ 17 ccomp
. . PUNCT . 3 punct)");
  const auto use = Matching(but, "Banks", "use", "markets");
  ASSERT_EQ(use.size(), 1U) << Listing(but);
  EXPECT_EQ(use[0].attributed_to, "bond sources") << Listing(but);
  for (const model::Triple& t : Matching(but, "officials", "", ""))
    EXPECT_EQ(t.attributed_to, "") << Listing(but);
}

TEST(JudgedS28Classes, ASubjectBeforeTheCommaOfAnInvertedSpeechIsNoSpeaker) {
  // "Vestra is selling notes yielding 8.1 pct, said lead manager Orbank." parsed with "8.1" the
  // subject of "said" and the manager its object: the sale was credited to nobody.
  const auto triples =
      ExtractAfter(RepairInvertedSpeakers, R"(Vestra Vestra PROPN NNP 3 nsubj B-ORGANIZATION
is be AUX VBZ 3 aux
selling sell VERB VBG 0 root
notes note NOUN NNS 3 obj
yielding yield VERB VBG 4 acl
8.1 8.1 NUM CD 11 nsubj
pct pct NOUN NN 6 nmod:unmarked
, , PUNCT , 6 punct
said say VERB VBD 3 parataxis
lead lead NOUN NN 11 compound
manager manager NOUN NN 9 obj
Orbank Orbank PROPN NNP 11 appos B-ORGANIZATION
. . PUNCT . 3 punct)");
  const auto sale = Matching(triples, "Vestra", "sell", "notes");
  ASSERT_EQ(sale.size(), 1U) << Listing(triples);
  EXPECT_EQ(sale[0].attributed_to, "Orbank") << Listing(triples);
  EXPECT_TRUE(Matching(triples, "8.1", "", "").empty()) << Listing(triples);
}

TEST(JudgedS28Classes, ANameHungAsTheConjunctOfItsRoleIsTheSpeaker) {
  // "Vestra is seeking a loan, arranger Ostbank said." parsed with "Ostbank" a conjunct of
  // "arranger": the role spoke and the bank did not.
  const auto triples =
      ExtractAfter(RepairRoleNameConjuncts, R"(Vestra Vestra PROPN NNP 3 nsubj B-ORGANIZATION
is be AUX VBZ 3 aux
seeking seek VERB VBG 9 ccomp
a a DET DT 5 det
loan loan NOUN NN 3 obj
, , PUNCT , 9 punct
arranger arranger NOUN NN 9 nsubj
Ostbank Ostbank PROPN NNP 7 conj B-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 9 punct)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_NE(said[0].subject.name.find("Ostbank"), std::string::npos) << Listing(triples);
}

TEST(JudgedS28Classes, AFirmNamedXCommaYAndCoIsOneName) {
  // "On Monday, Orvik, Tarnby and Co sold the notes." parsed with "Orvik" an apposition of the
  // day, "Tarnby" the subject and "Co" its conjunct: the nodes had been "Tarnby" and "Co".
  const auto triples = ExtractAfter(RepairCommaFirmNames, R"(On on ADP IN 2 case
Monday Monday PROPN NNP 9 obl B-DATE
, , PUNCT , 4 punct
Orvik Orvik NOUN NN 2 appos
, , PUNCT , 6 punct
Tarnby Tarnby PROPN NNP 9 nsubj B-PERSON
and and CCONJ CC 8 cc
Co Co PROPN NNP 6 conj
sold sell VERB VBD 0 root
the the DET DT 11 det
notes note NOUN NNS 9 obj
. . PUNCT . 9 punct)");
  const auto sold = Matching(triples, "", "sell", "notes");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].subject.name, "Orvik, Tarnby and Co") << Listing(triples);
  // At the sentence's start, with the first partner read as a verb: the name is the subject.
  const auto said = ExtractAfter(RepairCommaFirmNames, R"(Orvik orvik VERB VBZ 6 advcl
, , PUNCT , 1 punct
Tarnby Tarnby PROPN NNP 6 nsubj
and and CCONJ CC 5 cc
Co Co PROPN NNP 3 conj
said say VERB VBD 0 root
it it PRON PRP 8 nsubj
grew grow VERB VBD 6 ccomp
. . PUNCT . 6 punct)");
  const auto grew = Matching(said, "", "say", "it grew");
  ASSERT_EQ(grew.size(), 1U) << Listing(said);
  EXPECT_EQ(grew[0].subject.name, "Orvik, Tarnby and Co") << Listing(said);
}

TEST(JudgedS28Classes, ATrailingSpeakerWithABracketedAcronymIsTheSpeaker) {
  // "Vestra arrived in Oslo for a visit to Norway, the national Nordic News Agency (NNA) said."
  // parsed with the agency an apposition of Norway and the acronym one of the visit: "said" had
  // no speaker (the agency's six words and the acronym had counted seven).
  const auto triples =
      ExtractAfter(RepairTrailingSpeakers, R"(Vestra Vestra PROPN NNP 2 nsubj B-PERSON
arrived arrive VERB VBD 19 ccomp
in in ADP IN 4 case
Oslo Oslo PROPN NNP 2 obl B-CITY
for for ADP IN 7 case
a a DET DT 7 det
visit visit NOUN NN 2 obl
to to ADP IN 9 case
Norway Norway PROPN NNP 7 nmod B-COUNTRY
, , PUNCT , 15 punct
the the DET DT 15 det
national national ADJ JJ 15 amod
Nordic Nordic PROPN NNP 14 compound B-ORGANIZATION
News News PROPN NNP 15 compound I-ORGANIZATION
Agency Agency PROPN NNP 9 appos I-ORGANIZATION
( ( PUNCT -LRB- 17 punct
NNA NNA PROPN NNP 7 appos B-ORGANIZATION
) ) PUNCT -RRB- 17 punct
said say VERB VBD 0 root
. . PUNCT . 19 punct)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_NE(said[0].subject.name.find("News Agency"), std::string::npos) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "", "", "NNA").empty()) << Listing(triples);
}

TEST(JudgedS28Classes, APredicateCoordinatedWithTheVerbIsNoPartOfItsOblique) {
  // "Orders gained four pct after a five pct fall and were up one pct." parsed with "were up
  // one pct" a conjunct of "fall": "orders -gained after-> one pct" was stored.
  const auto triples = ExtractAfter(RepairCoordinatedPredicates, R"(Orders order NOUN NNS 2 nsubj
gained gain VERB VBD 0 root
four four NUM CD 4 nummod
pct pct NOUN NN 2 obj
after after ADP IN 9 case
a a DET DT 9 det
five five NUM CD 8 nummod
pct pct NOUN NN 9 compound
fall fall NOUN NN 2 obl
and and CCONJ CC 14 cc
were be AUX VBD 14 cop
up up ADV RB 14 advmod
one one NUM CD 14 nummod
pct pct NOUN NN 9 conj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Orders", "gain after", "one pct").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Orders", "", "one pct").size(), 1U) << Listing(triples);
  // A noun with a copula of its own keeps its conjunct: "Sows are not good delivery and cannot
  // be placed on warrant" is the sows'.
  const auto sows = ExtractAfter(RepairCoordinatedPredicates, R"(Bars bar NOUN NNS 2 nsubj
melt melt VERB VBP 0 root
, , PUNCT , 8 punct
and and CCONJ CC 8 cc
sows sow NOUN NNS 8 nsubj
are be AUX VBP 8 cop
not not PART RB 8 advmod
delivery delivery NOUN NN 2 conj
and and CCONJ CC 12 cc
cannot can AUX MD 12 aux
be be AUX VB 12 aux:pass
placed place VERB VBN 8 conj
on on ADP IN 14 case
warrant warrant NOUN NN 12 obl
. . PUNCT . 2 punct)");
  const auto placed = Matching(sows, "", "", "warrant");
  ASSERT_EQ(placed.size(), 1U) << Listing(sows);
  EXPECT_EQ(placed[0].subject.name, "sows") << Listing(sows);
}

TEST(JudgedS28Classes, AParticipleBeforeTheSpeakersNamesThemAndSaysNothing) {
  // "The loan was approved, banking sources said." parsed with "banking" a participle whose
  // object is "sources": "loan -banking-> sources" was stored and nobody said anything.
  const auto triples = ExtractAfter(RepairTrailingSpeakers, R"(The the DET DT 2 det
loan loan NOUN NN 4 nsubj:pass
was be AUX VBD 4 aux:pass
approved approve VERB VBN 0 root
, , PUNCT , 6 punct
banking bank VERB VBG 4 advcl
sources source NOUN NNS 6 obj
said say VERB VBD 6 xcomp
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(triples, "", "bank", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "banking sources", "say", "loan").size(), 1U) << Listing(triples);
}

TEST(JudgedS28Classes, AnOfficesListedNameIsOneNameAndNoPartOfTheReport) {
  // "Prices fell, the Federal Office of Industry, Trade and Labour said." tagged up to "Industry"
  // with "Trade" the subject: the speaker had been "Trade" (a person) and the statement had
  // ended on "the Federal Office of Industry".
  const auto triples = ExtractAfter(RepairSpans, R"(Prices price NOUN NNS 2 nsubj
fell fall VERB VBD 13 ccomp
, , PUNCT , 6 punct
the the DET DT 6 det
Federal Federal ADJ JJ 6 amod B-ORGANIZATION
Office Office PROPN NNP 2 dep I-ORGANIZATION
of of ADP IN 8 case I-ORGANIZATION
Industry Industry PROPN NNP 6 nmod I-ORGANIZATION
, , PUNCT , 10 punct
Trade Trade PROPN NNP 13 nsubj B-PERSON
and and CCONJ CC 12 cc
Labour Labour PROPN NNP 10 conj B-OTHER
said say VERB VBD 0 root
. . PUNCT . 13 punct)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Prices fell") << Listing(triples);
}

TEST(JudgedS28Classes, ABanksNameEndsOnNoPrepositionAndKeepsItsFront) {
  // "the Bank of England on March 3" tagged up to "on", "Dai-Ichi" of "Dai-Ichi Kangyo Bank"
  // tagged a person: the bank's names are whole and end on no preposition.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Lund Lund PROPN NNP 2 nsubj B-PERSON
met meet VERB VBD 0 root
the the DET DT 4 det
Bank Bank PROPN NNP 2 obj B-ORGANIZATION
of of ADP IN 6 case I-ORGANIZATION
England England PROPN NNP 4 nmod I-ORGANIZATION
on on ADP IN 8 case I-ORGANIZATION
March March PROPN NNP 2 obl B-DATE
and and CCONJ CC 12 cc
Dai-Ichi Dai-Ichi PROPN NNP 12 compound B-PERSON
Kangyo Kangyo PROPN NNP 12 compound B-ORGANIZATION
Bank Bank PROPN NNP 4 conj I-ORGANIZATION
. . PUNCT . 2 punct)")};
  RepairSpans(sentences);
  const auto& tokens = sentences[0].tokens;
  EXPECT_EQ(tokens[6].entity, "O");
  EXPECT_EQ(tokens[9].entity, "B-ORGANIZATION");
  EXPECT_EQ(tokens[10].entity, "I-ORGANIZATION");
}

}  // namespace
}  // namespace kg::extract
