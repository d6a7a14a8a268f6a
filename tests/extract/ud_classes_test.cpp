// Failure classes of the UD extractor on parses as the shipped parser really gives them: each
// tree is a hand-written analysis, with the parser's typical attachment, of a sentence written
// for this test.
#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

TEST(UdRoles, ObjectControlSurvivesAnInfinitiveParsedAsAdvcl) {
  // "Lena Ortiz asked Tomas Berg to sign the lease." with "sign" attached as advcl.
  const auto triples = Extract(R"(Lena Lena PROPN NNP 3 nsubj B-PERSON
Ortiz Ortiz PROPN NNP 1 flat I-PERSON
asked ask VERB VBD 0 root
Tomas Tomas PROPN NNP 3 obj B-PERSON
Berg Berg PROPN NNP 4 flat I-PERSON
to to PART TO 7 mark
sign sign VERB VB 3 advcl
the the DET DT 9 det
lease lease NOUN NN 7 obj
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Tomas Berg", "sign", "lease").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Lena Ortiz", "sign", "lease").empty()) << Listing(triples);
}

TEST(UdAttribution, AccordingToHungOnTheSubjectSourcesTheClause) {
  // "Two ministers, according to the Courier, visited Malta." with the source on "ministers".
  const auto triples = Extract(R"(Two two NUM CD 2 nummod
ministers minister NOUN NNS 9 nsubj
, , PUNCT , 7 punct
according accord VERB VBG 7 case
to to ADP IN 4 fixed
the the DET DT 7 det
Courier Courier PROPN NNP 2 nmod B-ORGANIZATION
, , PUNCT , 9 punct
visited visit VERB VBD 0 root
Malta Malta PROPN NNP 9 obj B-COUNTRY
. . PUNCT . 9 punct)");
  const auto visit = Matching(triples, "ministers", "visit", "Malta");
  ASSERT_EQ(visit.size(), 1U) << Listing(triples);
  EXPECT_EQ(visit[0].subject.name, "Two ministers");
  EXPECT_EQ(visit[0].attributed_to, "Courier");
  EXPECT_FALSE(visit[0].asserted);
}

TEST(UdRoles, AnAdjectiveTaggedRoleNounStillNamesItsAppositive) {
  // "Kelso's chief executive, Mara Lund, quit." with "executive" tagged ADJ.
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 4 nmod:poss B-ORGANIZATION
's 's PART POS 1 case
chief chief ADJ JJ 4 amod
executive executive ADJ JJ 9 nsubj
, , PUNCT , 6 punct
Mara Mara PROPN NNP 4 appos B-PERSON
Lund Lund PROPN NNP 6 flat I-PERSON
, , PUNCT , 4 punct
quit quit VERB VBD 0 root
. . PUNCT . 9 punct)");
  EXPECT_FALSE(Matching(triples, "Mara Lund", "", "Kelso").empty()) << Listing(triples);
}

TEST(UdClauses, APlaceOnAPersonObjectIsWhereTheEventHappened) {
  // "Ana Ruiz met Olle Dahl in Lyon and Turin." with "in Lyon" attached to the person.
  const auto triples = Extract(R"(Ana Ana PROPN NNP 3 nsubj B-PERSON
Ruiz Ruiz PROPN NNP 1 flat I-PERSON
met meet VERB VBD 0 root
Olle Olle PROPN NNP 3 obj B-PERSON
Dahl Dahl PROPN NNP 4 flat I-PERSON
in in ADP IN 7 case
Lyon Lyon PROPN NNP 4 nmod B-CITY
and and CCONJ CC 9 cc
Turin Turin PROPN NNP 7 conj B-CITY
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(triples, "Ana Ruiz", "meet in", "Lyon").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Ana Ruiz", "meet in", "Turin").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Ana Ruiz", "meet", "Olle Dahl").size(), 1U) << Listing(triples);
}

TEST(UdValues, AClauseDateIsAValueNodeWithItsApposition) {
  // "The strike ended on Friday, May 9." and "Talks opened on 2 June 2025."
  const auto friday = Extract(R"(The the DET DT 2 det
strike strike NOUN NN 3 nsubj
ended end VERB VBD 0 root
on on ADP IN 5 case
Friday Friday PROPN NNP 3 obl B-DATE
, , PUNCT , 7 punct
May May PROPN NNP 5 appos B-DATE
9 9 NUM CD 7 nummod I-DATE
. . PUNCT . 3 punct)");
  const auto ended = Matching(friday, "strike", "end on", "Friday, May 9");
  ASSERT_EQ(ended.size(), 1U) << Listing(friday);
  EXPECT_EQ(ended[0].object.type, model::EntityType::kDate);
  EXPECT_EQ(Matching(friday, "strike", "", "").size(), 1U) << Listing(friday);
  const auto june = Extract(R"(Talks talk NOUN NNS 2 nsubj
opened open VERB VBD 0 root
on on ADP IN 6 case
2 2 NUM CD 6 compound B-DATE
June June PROPN NNP 4 nmod:unmarked I-DATE
2025 2025 NUM CD 2 obl I-DATE
. . PUNCT . 2 punct)");
  const auto opened = Matching(june, "Talks", "open on", "2 June 2025");
  ASSERT_EQ(opened.size(), 1U) << Listing(june);
  EXPECT_EQ(opened[0].value, "2025-06-02");
  EXPECT_EQ(opened[0].time, "2025-06-02");
}

TEST(UdTyping, APartyAndTitleBeforeANameAreNotPartOfThePersonsNode) {
  // "Green Party MP Anna Lindqvist criticised the budget." parsed with the name flat under "Green"
  // and only "MP Anna Lindqvist" tagged, as the recogniser tags a name after a title.
  const auto triples = Extract(R"(Green Green PROPN NNP 6 nsubj
Party Party PROPN NNP 1 flat
MP MP PROPN NNP 1 flat B-PERSON
Anna Anna PROPN NNP 1 flat I-PERSON
Lindqvist Lindqvist PROPN NNP 1 flat I-PERSON
criticised criticise VERB VBD 0 root
the the DET DT 8 det
budget budget NOUN NN 6 obj
. . PUNCT . 6 punct)");
  const auto criticised = Matching(triples, "Anna Lindqvist", "criticise", "budget");
  ASSERT_EQ(criticised.size(), 1U) << Listing(triples);
  // The title stays for the resolver to make a role of; the party is gone.
  EXPECT_EQ(criticised[0].subject.name, "MP Anna Lindqvist");
  EXPECT_EQ(criticised[0].subject.type, model::EntityType::kPerson);
}

TEST(UdTyping, AFormOfAddressIsNoRoleButATitleIs) {
  // "Ms. Okafor met Senator Ruth Abara." with each title inside its person's mention.
  const auto triples = Extract(R"(Ms. Ms. PROPN NNP 2 nmod:desc B-PERSON
Okafor Okafor PROPN NNP 3 nsubj I-PERSON
met meet VERB VBD 0 root
Senator Senator PROPN NNP 5 nmod:desc B-PERSON
Ruth Ruth PROPN NNP 3 obj I-PERSON
Abara Abara PROPN NNP 5 flat I-PERSON
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Matching(triples, "Okafor", "", "Ms.").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Ruth Abara", "", "Senator").size(), 1U) << Listing(triples);
}

TEST(UdEntities, APlaceNameTaggedInPartIsKeptWhole) {
  // "Pickets gathered in Porto Alegre." with only "Porto" tagged by the recogniser.
  const auto triples = Extract(R"(Pickets picket NOUN NNS 2 nsubj
gathered gather VERB VBD 0 root
in in ADP IN 4 case
Porto Porto PROPN NNP 2 obl B-LOCATION
Alegre Alegre PROPN NNP 4 flat
. . PUNCT . 2 punct)");
  const auto in = Matching(triples, "Pickets", "gather in", "Porto");
  ASSERT_EQ(in.size(), 1U) << Listing(triples);
  EXPECT_EQ(in[0].object.name, "Porto Alegre");
}

TEST(UdEntities, APersonTagSpanningAndIsTwoPeople) {
  // "Greta and Malik left." tagged B-PERSON I-PERSON I-PERSON.
  const auto triples = Extract(R"(Greta Greta PROPN NNP 4 nsubj B-PERSON
and and CCONJ CC 3 cc I-PERSON
Malik Malik PROPN NNP 1 conj I-PERSON
left leave VERB VBD 0 root
Oslo Oslo PROPN NNP 4 obj B-CITY
. . PUNCT . 4 punct)");
  EXPECT_EQ(Matching(triples, "Greta", "leave", "Oslo").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Greta and", "", "").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Malik", "leave", "Oslo").size(), 1U) << Listing(triples);
}

TEST(UdRoles, AVerbHungOnTheAppositionOfAVerblessRootIsTheSentencesVerb) {
  // "Ines Vidal, a veteran senator, called Borsk a liar." parsed with the name as the root and
  // "called" an acl of "senator".
  const auto triples = Extract(R"(Ines Ines PROPN NNP 0 root B-PERSON
Vidal Vidal PROPN NNP 1 flat I-PERSON
, , PUNCT , 6 punct
a a DET DT 6 det
veteran veteran ADJ JJ 6 amod
senator senator NOUN NN 1 appos
, , PUNCT , 8 punct
called call VERB VBN 6 acl
Borsk Borsk PROPN NNP 8 obj B-PERSON
a a DET DT 11 det
liar liar NOUN NN 8 xcomp
. . PUNCT . 1 punct)");
  EXPECT_EQ(Matching(triples, "Ines Vidal", "call", "Borsk").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Borsk", "call", "senator").empty()) << Listing(triples);
}

TEST(UdConjunction, AnObjectAfterASecondVerbIsThatVerbsOnly) {
  // "Clerks sort letters and stamp parcels." with "parcels" hung on "sort".
  const auto triples = Extract(R"(Clerks clerk NOUN NNS 2 nsubj
sort sort VERB VBP 0 root
letters letter NOUN NNS 2 obj
and and CCONJ CC 5 cc
stamp stamp VERB VB 2 conj
parcels parcel NOUN NNS 2 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Clerks", "stamp", "parcels").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Clerks", "sort", "parcels").empty()) << Listing(triples);
}

TEST(UdValues, WhatAThingIsWorthIsAMoneyEdgeOfItsOwn) {
  // "Orvik bought six cranes worth $3 million."
  const auto triples = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
bought buy VERB VBD 0 root
six six NUM CD 4 nummod
cranes crane NOUN NNS 2 obj
worth worth ADJ JJ 4 amod
$ $ SYM $ 5 obj B-MONEY
3 3 NUM CD 8 compound I-MONEY
million million NUM CD 6 nummod I-MONEY
. . PUNCT . 2 punct)");
  const auto worth = Matching(triples, "six cranes", "be worth", "$3 million");
  ASSERT_EQ(worth.size(), 1U) << Listing(triples);
  EXPECT_EQ(worth[0].value, "3000000 USD");
  EXPECT_EQ(Matching(triples, "Orvik", "buy", "").at(0).object.name, "six cranes")
      << Listing(triples);
}

}  // namespace
}  // namespace kg::extract
