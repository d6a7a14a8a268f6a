// Failure classes of the UD extractor on parses as the shipped parser really gives them: each
// tree is a hand-written analysis, with the parser's typical attachment, of a sentence written
// for this test.
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/broken_lists.h"
#include "extract/clauses/misread_complements.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;

// The triples of a tree after the list repair the UD pipeline runs before the rules.
std::vector<model::Triple> ExtractRepaired(const std::string& rows) {
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(rows)};
  RepairBrokenLists(sentences);
  std::vector<model::Triple> out;
  for (const ClauseTriple& t : ExtractClauseTriples(sentences[0], ArgumentContext{}))
    out.push_back(ToModelTriple(t, model::Evidence{}));
  return out;
}
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
  // The lone title is the role's common noun (judged_s41_classes_test.cpp).
  EXPECT_EQ(Matching(triples, "Ruth Abara", "", "senator").size(), 1U) << Listing(triples);
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

TEST(UdNominalEvents, AGerundSubjectParsedAsAdverbialStillNamesEverySource) {
  // "Funding for the clinic has come from Peru, the Philippines, Chile, and the United Kingdom."
  // with "Funding" a VERB advcl of "come", "Philippines" a parataxis of "come" and the last
  // member a conj of the verb.
  const auto triples = ExtractRepaired(R"(Funding fund VERB VBG 7 advcl
for for ADP IN 5 case
the the DET DT 5 det
new new ADJ JJ 5 amod
clinic clinic NOUN NN 1 obl
has have AUX VBZ 7 aux
come come VERB VBN 0 root
from from ADP IN 9 case
Peru Peru PROPN NNP 7 obl B-COUNTRY
, , PUNCT , 12 punct
the the DET DT 12 det
Philippines Philippines PROPN NNPS 7 parataxis B-COUNTRY
, , PUNCT , 14 punct
Chile Chile PROPN NNP 12 conj B-COUNTRY
, , PUNCT , 19 punct
and and CCONJ CC 19 cc
the the DET DT 19 det
United United ADJ NNP 19 amod B-COUNTRY
Kingdom Kingdom PROPN NNP 7 conj I-COUNTRY
. . PUNCT . 7 punct)");
  for (const char* source : {"Peru", "Philippines", "Chile", "United Kingdom"}) {
    const auto fund = Matching(triples, source, "fund", "new clinic");
    ASSERT_EQ(fund.size(), 1U) << source << Listing(triples);
    EXPECT_EQ(fund[0].rule, "nominal-event");
  }
}

TEST(UdNominalEvents, ACopulaOfOriginNamesTheSources) {
  // "The financing for the school was from Oslo and Bergen."
  const auto triples = Extract(R"(The the DET DT 2 det
financing financing NOUN NN 8 nsubj
for for ADP IN 5 case
the the DET DT 5 det
school school NOUN NN 2 nmod
was be AUX VBD 8 cop
from from ADP IN 8 case
Oslo Oslo PROPN NNP 0 root B-CITY
and and CCONJ CC 10 cc
Bergen Bergen PROPN NNP 8 conj B-CITY
. . PUNCT . 8 punct)");
  EXPECT_EQ(Matching(triples, "Oslo", "finance", "school").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Bergen", "finance", "school").size(), 1U) << Listing(triples);
}

TEST(UdLists, AMemberWithoutACoordinatorIsNotPulledIntoAList) {
  // "Kelso sold trucks to Denmark, the Netherlands." with "Netherlands" a parataxis: no "and"
  // closes a list, so the parse is left as it is (and gives no sale to the Netherlands).
  const auto triples = ExtractRepaired(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
trucks truck NOUN NNS 2 obj
to to ADP IN 5 case
Denmark Denmark PROPN NNP 2 obl B-COUNTRY
, , PUNCT , 8 punct
the the DET DT 8 det
Netherlands Netherlands PROPN NNPS 2 parataxis B-COUNTRY
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Kelso", "sell to", "Denmark").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Kelso", "", "Netherlands").empty()) << Listing(triples);
}

TEST(UdValues, AnAdjectiveBeforeTheAmountLeavesTheValue) {
  // "Orvik bought six cranes worth an estimated $3 million."
  const auto triples = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
bought buy VERB VBD 0 root
six six NUM CD 4 nummod
cranes crane NOUN NNS 2 obj
worth worth ADJ JJ 4 acl
an a DET DT 8 det
estimated estimated ADJ JJ 8 amod
$ $ SYM $ 5 obj B-MONEY
3 3 NUM CD 10 compound I-MONEY
million million NUM CD 8 nummod I-MONEY
. . PUNCT . 2 punct)");
  const auto worth = Matching(triples, "six cranes", "be worth", "$");
  ASSERT_EQ(worth.size(), 1U) << Listing(triples);
  EXPECT_EQ(worth[0].value, "3000000 USD");
  EXPECT_EQ(worth[0].object.name, "$3 million");
  EXPECT_EQ(worth[0].object.type, model::EntityType::kMoney);
}

TEST(UdNames, AnUntaggedGivenNameBeforeATaggedSurnameIsPartOfTheName) {
  // "Mayors met Olek Wrona in Lviv." with only "Wrona" tagged, as a flat part of "Olek".
  const auto triples = Extract(R"(Mayors mayor NOUN NNS 2 nsubj
met meet VERB VBD 0 root
Olek Olek PROPN NNP 2 obj
Wrona Wrona PROPN NNP 3 flat B-PERSON
in in ADP IN 6 case
Lviv Lviv PROPN NNP 2 obl B-CITY
. . PUNCT . 2 punct)");
  const auto met = Matching(triples, "Mayors", "meet", "Wrona");
  ASSERT_EQ(met.size(), 1U) << Listing(triples);
  EXPECT_EQ(met[0].object.name, "Olek Wrona");
}

TEST(UdNames, ATitleBeforeATaggedSurnameStaysOutOfTheName) {
  // "Mayors met President Wrona."
  const auto triples = Extract(R"(Mayors mayor NOUN NNS 2 nsubj
met meet VERB VBD 0 root
President President PROPN NNP 2 obj
Wrona Wrona PROPN NNP 3 flat B-PERSON
. . PUNCT . 2 punct)");
  const auto met = Matching(triples, "Mayors", "meet", "Wrona");
  ASSERT_EQ(met.size(), 1U) << Listing(triples);
  EXPECT_EQ(met[0].object.name, "Wrona");
}

TEST(UdAttribution, EveryVerbOfSayingIsASayEdgeWithItsOwnWords) {
  // "Ines Moura stated that the port would close."
  const auto stated = Extract(R"(Ines Ines PROPN NNP 3 nsubj B-PERSON
Moura Moura PROPN NNP 1 flat I-PERSON
stated state VERB VBD 0 root
that that SCONJ IN 8 mark
the the DET DT 6 det
port port NOUN NN 8 nsubj
would would AUX MD 8 aux
close close VERB VB 3 ccomp
. . PUNCT . 3 punct)");
  const auto said = Matching(stated, "Ines Moura", "say", "port would close");
  ASSERT_EQ(said.size(), 1U) << Listing(stated);
  EXPECT_EQ(said[0].relation, "stated");
  // "Ines Moura believes that the port will close.": a belief is not something said.
  const auto believes = Extract(R"(Ines Ines PROPN NNP 3 nsubj B-PERSON
Moura Moura PROPN NNP 1 flat I-PERSON
believes believe VERB VBZ 0 root
that that SCONJ IN 8 mark
the the DET DT 6 det
port port NOUN NN 8 nsubj
will will AUX MD 8 aux
close close VERB VB 3 ccomp
. . PUNCT . 3 punct)");
  EXPECT_EQ(Matching(believes, "Ines Moura", "believe", "port will close").size(), 1U)
      << Listing(believes);
  EXPECT_TRUE(Matching(believes, "Ines Moura", "say", "").empty()) << Listing(believes);
}

TEST(UdAttribution, ATrailingSpeakerParsedAsAdverbialSourcesTheClause) {
  // "Kelso guards fired rubber bullets at protesters, local officials said Friday." with "said" an
  // advcl of "fired" and "Friday" a second nsubj, as the parser gives it.
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 2 compound B-ORGANIZATION
guards guard NOUN NNS 3 nsubj
fired fire VERB VBD 0 root
rubber rubber NOUN NN 5 compound
bullets bullet NOUN NNS 3 obj
at at ADP IN 7 case
protesters protester NOUN NNS 3 obl
, , PUNCT , 11 punct
local local ADJ JJ 10 amod
officials official NOUN NNS 11 nsubj
said say VERB VBD 3 advcl
Friday Friday PROPN NNP 11 nsubj B-DATE
. . PUNCT . 3 punct)");
  const auto fired = Matching(triples, "guards", "fire", "rubber bullets");
  ASSERT_EQ(fired.size(), 1U) << Listing(triples);
  EXPECT_EQ(fired[0].attributed_to, "local officials");
  EXPECT_FALSE(fired[0].asserted);
  EXPECT_EQ(Matching(triples, "local officials", "say", "fired rubber bullets").size(), 1U)
      << Listing(triples);
}

TEST(UdRoles, ANameHungOnTheRolesOrganisationIsTheSpeakerAndHoldsTheRole) {
  // "The acting CEO of Vantora Mining, Dr Lise Brun, said the mine was sold." with the name an
  // appos of "Mining" and the recogniser taking "CEO of Vantora Mining" for a person.
  const auto triples = Extract(R"(The the DET DT 3 det
acting acting ADJ JJ 3 amod
CEO CEO NOUN NN 12 nsubj B-PERSON
of of ADP IN 6 case I-PERSON
Vantora Vantora PROPN NNP 6 compound I-PERSON
Mining Mining PROPN NNP 3 nmod I-PERSON
, , PUNCT , 9 punct
Dr Dr PROPN NNP 9 nmod:desc B-PERSON
Lise Lise PROPN NNP 6 appos I-PERSON
Brun Brun PROPN NNP 9 flat I-PERSON
, , PUNCT , 3 punct
said say VERB VBD 0 root
the the DET DT 14 det
mine mine NOUN NN 16 nsubj:pass
was be AUX VBD 16 aux:pass
sold sell VERB VBN 12 ccomp
. . PUNCT . 12 punct)");
  EXPECT_EQ(Matching(triples, "Lise Brun", "say", "mine was sold").size(), 1U) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "CEO", "say", "").empty()) << Listing(triples);
  // The role joins the name to the organisation, whose node is its own words, not the
  // recogniser's "CEO of Vantora Mining".
  const auto role = Matching(triples, "Lise Brun", "acting CEO of", "Vantora Mining");
  ASSERT_EQ(role.size(), 1U) << Listing(triples);
  EXPECT_EQ(role[0].object.name, "Vantora Mining");
}

// "said on Monday that ...": the parser hung "that" on the day as a pronoun and the reported
// clause on it as a relative clause; repaired, the fact is the speaker's, not the article's.
TEST(UdClasses, AThatAfterASpeechVerbsTimePhraseIntroducesWhatWasSaid) {
  const std::string rows =
      "Halvard Halvard PROPN NNP 2 compound B-ORGANIZATION\n"
      "Marine Marine PROPN NNP 3 nsubj I-ORGANIZATION\n"
      "said say VERB VBD 0 root\n"
      "on on ADP IN 5 case\n"
      "Monday Monday PROPN NNP 3 obl B-DATE\n"
      "that that PRON WDT 5 nmod\n"
      "its its PRON PRP$ 8 nmod:poss\n"
      "ferry ferry NOUN NN 9 nsubj\n"
      "carried carry VERB VBD 6 acl:relcl\n"
      "900 900 NUM CD 11 nummod\n"
      "passengers passenger NOUN NNS 9 obj\n"
      ". . PUNCT . 3 punct\n";
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(rows)};
  RepairMisreadComplements(sentences);
  EXPECT_EQ(sentences[0].tokens[5].deprel, "mark");
  EXPECT_EQ(sentences[0].tokens[8].deprel, "ccomp");
  EXPECT_EQ(sentences[0].tokens[8].head, 3);
  std::vector<model::Triple> triples;
  for (const ClauseTriple& t : ExtractClauseTriples(sentences[0], ArgumentContext{}))
    triples.push_back(ToModelTriple(t, model::Evidence{}));
  const auto carried = Matching(triples, "ferry", "carry", "passengers");
  ASSERT_EQ(carried.size(), 1U) << Listing(triples);
  EXPECT_EQ(carried[0].attributed_to, "Halvard Marine");
  EXPECT_FALSE(carried[0].asserted);
}

// A real relative clause keeps its reading: "the ferry that carried them" has no subject of its
// own.
TEST(UdClasses, ARelativeThatWithoutASubjectOfItsOwnIsLeftAlone) {
  const std::string rows =
      "Lind Lind PROPN NNP 2 nsubj B-PERSON\n"
      "praised praise VERB VBD 0 root\n"
      "the the DET DT 4 det\n"
      "ferry ferry NOUN NN 2 obj\n"
      "that that PRON WDT 6 nsubj\n"
      "carried carry VERB VBD 4 acl:relcl\n"
      "them they PRON PRP 6 obj\n"
      ". . PUNCT . 2 punct\n";
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(rows)};
  const std::vector<nlp::AnalyzedSentence> before = sentences;
  RepairMisreadComplements(sentences);
  for (std::size_t i = 0; i < before[0].tokens.size(); ++i)
    EXPECT_EQ(sentences[0].tokens[i].deprel, before[0].tokens[i].deprel) << i;
}

}  // namespace
}  // namespace kg::extract
