// Meaning kept as fields by the UD extractor: negation, implicatives, modality, attribution.
// Every tree is a hand-written UD v2 analysis of a sentence written for this test.

#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::Listing;
using testing::Matching;

// A refusal, denial, plan or modal clause must never appear as a bare positive fact.
void ExpectNoBarePositive(const std::vector<model::Triple>& triples, const std::string& predicate) {
  for (const model::Triple& t : triples) {
    if (t.predicate == predicate) {
      EXPECT_TRUE(t.negated || !t.modality.empty() || !t.asserted) << Listing(triples);
    }
  }
}

TEST(UdNegation, NotNegatesItsOwnClauseOnly) {
  // "The sanctions hurt exporters, while the tariff did not cause inflation."
  const auto triples = Extract(R"(The the DET DT 2 det
sanctions sanction NOUN NNS 3 nsubj
hurt hurt VERB VBD 0 root
exporters exporter NOUN NNS 3 obj
, , PUNCT , 11 punct
while while SCONJ IN 11 mark
the the DET DT 8 det
tariff tariff NOUN NN 11 nsubj
did do AUX VBD 11 aux
not not PART RB 11 advmod
cause cause VERB VB 3 advcl
inflation inflation NOUN NN 11 obj
. . PUNCT . 3 punct)");
  const auto cause = Matching(triples, "tariff", "cause", "inflation");
  ASSERT_EQ(cause.size(), 1U) << Listing(triples);
  EXPECT_TRUE(cause[0].negated);
  EXPECT_EQ(cause[0].relation, "did not cause");
  const auto hurt = Matching(triples, "sanctions", "hurt", "exporters");
  ASSERT_EQ(hurt.size(), 1U) << Listing(triples);
  EXPECT_FALSE(hurt[0].negated);
}

TEST(UdNegation, NeitherNorNegatesEveryConjunct) {
  // "Neither Spain nor Greece ratified the accord."
  const auto triples = Extract(R"(Neither neither CCONJ CC 2 cc:preconj
Spain Spain PROPN NNP 5 nsubj B-LOCATION
nor nor CCONJ CC 4 cc
Greece Greece PROPN NNP 2 conj B-LOCATION
ratified ratify VERB VBD 0 root
the the DET DT 7 det
accord accord NOUN NN 5 obj
. . PUNCT . 5 punct)");
  ASSERT_EQ(Matching(triples, "Spain", "ratify", "accord").size(), 1U) << Listing(triples);
  ASSERT_EQ(Matching(triples, "Greece", "ratify", "accord").size(), 1U) << Listing(triples);
  for (const model::Triple& t : triples) EXPECT_TRUE(t.negated) << Listing(triples);
}

TEST(UdNegation, NegativeDeterminerGivesNoPositiveEdge) {
  // "No bank has approved the loan."
  const auto triples = Extract(R"(No no DET DT 2 det
bank bank NOUN NN 4 nsubj
has have AUX VBZ 4 aux
approved approve VERB VBN 0 root
the the DET DT 6 det
loan loan NOUN NN 4 obj
. . PUNCT . 4 punct)");
  for (const model::Triple& t : triples) {
    EXPECT_TRUE(t.negated) << Listing(triples);
    EXPECT_NE(t.subject.name, "No bank");
  }
}

TEST(UdNegation, RefuseToNegatesTheComplement) {
  // "Poland refused to supply the tanks."
  const auto triples = Extract(R"(Poland Poland PROPN NNP 2 nsubj B-LOCATION
refused refuse VERB VBD 0 root
to to PART TO 4 mark
supply supply VERB VB 2 xcomp
the the DET DT 6 det
tanks tank NOUN NNS 4 obj
. . PUNCT . 2 punct)");
  const auto supply = Matching(triples, "Poland", "supply", "tanks");
  ASSERT_EQ(supply.size(), 1U) << Listing(triples);
  EXPECT_TRUE(supply[0].negated);
  EXPECT_EQ(supply[0].relation, "refused to supply");
  ExpectNoBarePositive(triples, "supply");
}

TEST(UdNegation, ManageToIsAPlainFact) {
  // "Norway managed to deliver the aid."
  const auto triples = Extract(R"(Norway Norway PROPN NNP 2 nsubj B-LOCATION
managed manage VERB VBD 0 root
to to PART TO 4 mark
deliver deliver VERB VB 2 xcomp
the the DET DT 6 det
aid aid NOUN NN 4 obj
. . PUNCT . 2 punct)");
  const auto deliver = Matching(triples, "Norway", "deliver", "aid");
  ASSERT_EQ(deliver.size(), 1U) << Listing(triples);
  EXPECT_FALSE(deliver[0].negated);
  EXPECT_EQ(deliver[0].modality, "");
  EXPECT_TRUE(deliver[0].asserted);
}

TEST(UdNegation, ItIsFalseThatNegatesTheClaim) {
  // "It is false that Hungary armed the rebels."
  const auto triples = Extract(R"(It it PRON PRP 3 expl
is be AUX VBZ 3 cop
false false ADJ JJ 0 root
that that SCONJ IN 6 mark
Hungary Hungary PROPN NNP 6 nsubj B-LOCATION
armed arm VERB VBD 3 csubj
the the DET DT 8 det
rebels rebel NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  const auto arm = Matching(triples, "Hungary", "arm", "rebels");
  ASSERT_EQ(arm.size(), 1U) << Listing(triples);
  EXPECT_TRUE(arm[0].negated);
  EXPECT_FALSE(arm[0].asserted);
}

TEST(UdModality, ModalAuxiliaryIsRecorded) {
  // "The court may fine the company."
  const auto triples = Extract(R"(The the DET DT 2 det
court court NOUN NN 4 nsubj
may may AUX MD 4 aux
fine fine VERB VB 0 root
the the DET DT 6 det
company company NOUN NN 4 obj
. . PUNCT . 4 punct)");
  const auto fine = Matching(triples, "court", "fine", "company");
  ASSERT_EQ(fine.size(), 1U) << Listing(triples);
  EXPECT_EQ(fine[0].modality, "may");
  EXPECT_FALSE(fine[0].negated);
}

TEST(UdModality, PlansToKeepsThePlanAsModality) {
  // "Oslo plans to expand the port next year."
  const auto triples = Extract(R"(Oslo Oslo PROPN NNP 2 nsubj B-LOCATION
plans plan VERB VBZ 0 root
to to PART TO 4 mark
expand expand VERB VB 2 xcomp
the the DET DT 6 det
port port NOUN NN 4 obj
next next ADJ JJ 8 amod
year year NOUN NN 4 obl:tmod
. . PUNCT . 2 punct)");
  const auto expand = Matching(triples, "Oslo", "expand", "port");
  ASSERT_EQ(expand.size(), 1U) << Listing(triples);
  EXPECT_EQ(expand[0].modality, "plan");
  ExpectNoBarePositive(triples, "expand");
}

TEST(UdModality, IsExpectedToRaisesTheSubject) {
  // "Kelso is expected to buy the mine."
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 3 nsubj:pass B-ORGANIZATION
is be AUX VBZ 3 aux:pass
expected expect VERB VBN 0 root
to to PART TO 5 mark
buy buy VERB VB 3 xcomp
the the DET DT 7 det
mine mine NOUN NN 5 obj
. . PUNCT . 3 punct)");
  const auto buy = Matching(triples, "Kelso", "buy", "mine");
  ASSERT_EQ(buy.size(), 1U) << Listing(triples);
  EXPECT_EQ(buy[0].modality, "expected");
  EXPECT_EQ(buy[0].subject.type, model::EntityType::kOrganization);
}

TEST(UdAttribution, ReportedClauseIsCreditedToTheSpeaker) {
  // "Ruth Ames said the ministry hid the records."
  const auto triples = Extract(R"(Ruth Ruth PROPN NNP 3 nsubj B-PERSON
Ames Ames PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
the the DET DT 5 det
ministry ministry NOUN NN 6 nsubj
hid hide VERB VBD 3 ccomp
the the DET DT 8 det
records record NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  const auto hid = Matching(triples, "ministry", "hide", "records");
  ASSERT_EQ(hid.size(), 1U) << Listing(triples);
  EXPECT_EQ(hid[0].attributed_to, "Ruth Ames");
  EXPECT_FALSE(hid[0].asserted);
  const auto said = Matching(triples, "Ruth Ames", "say", "hid the records");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "the ministry hid the records");
  EXPECT_TRUE(said[0].asserted);
  EXPECT_EQ(said[0].rule, "speech");
}

TEST(UdAttribution, ResultClauseIsNotReportedSpeech) {
  // "The storm was so strong that the river flooded the town."
  const auto triples = Extract(R"(The the DET DT 2 det
storm storm NOUN NN 5 nsubj
was be AUX VBD 5 cop
so so ADV RB 5 advmod
strong strong ADJ JJ 0 root
that that SCONJ IN 9 mark
the the DET DT 8 det
river river NOUN NN 9 nsubj
flooded flood VERB VBD 5 ccomp
the the DET DT 11 det
town town NOUN NN 9 obj
. . PUNCT . 5 punct)");
  const auto flood = Matching(triples, "river", "flood", "town");
  ASSERT_EQ(flood.size(), 1U) << Listing(triples);
  EXPECT_TRUE(flood[0].asserted);
  EXPECT_EQ(flood[0].attributed_to, "");
}

TEST(UdAttribution, FrontedQuoteKeepsModalityAndSpeaker) {
  // "“The army will leave Gorno,” Ruth Ames said."
  const auto triples = Extract(R"(“ “ PUNCT `` 5 punct
The the DET DT 3 det
army army NOUN NN 5 nsubj
will will AUX MD 5 aux
leave leave VERB VB 10 ccomp
Gorno Gorno PROPN NNP 5 obj B-LOCATION
, , PUNCT , 5 punct
” ” PUNCT '' 5 punct
Ruth Ruth PROPN NNP 10 nsubj B-PERSON
said say VERB VBD 0 root
. . PUNCT . 10 punct)");
  // Ruth's flat "Ames" is left out of this tree on purpose: a one-word name is enough here.
  const auto leave = Matching(triples, "army", "leave", "Gorno");
  ASSERT_EQ(leave.size(), 1U) << Listing(triples);
  EXPECT_EQ(leave[0].modality, "will");
  EXPECT_EQ(leave[0].attributed_to, "Ruth");
  EXPECT_FALSE(leave[0].asserted);
  ASSERT_EQ(Matching(triples, "Ruth", "say", "leave Gorno").size(), 1U) << Listing(triples);
}

TEST(UdAttribution, AStatementKeepsItsOwnClosingBracket) {
  // "“The toll will rise (by a fifth),” Vera said."
  const auto triples = Extract(R"(“ “ PUNCT `` 5 punct
The the DET DT 3 det
toll toll NOUN NN 5 nsubj
will will AUX MD 5 aux
rise rise VERB VB 14 ccomp
( ( PUNCT -LRB- 9 punct
by by ADP IN 9 case
a a DET DT 9 det
fifth fifth NOUN NN 5 obl
) ) PUNCT -RRB- 9 punct
, , PUNCT , 5 punct
” ” PUNCT '' 5 punct
Vera Vera PROPN NNP 14 nsubj B-PERSON
said say VERB VBD 0 root
. . PUNCT . 14 punct)");
  const auto said = Matching(triples, "Vera", "say", "toll will rise");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  const std::string& name = said[0].object.name;
  EXPECT_EQ(name.substr(0, 3), "The") << name;
  EXPECT_EQ(name.back(), ')') << name;  // the comma and closing quote go, the bracket stays
}

TEST(UdAttribution, AStatementStartsAfterTheConjunctionThatJoinsIt) {
  // "Prices will fall, Vera said, but the crops would recover."
  const auto triples = Extract(R"(Prices price NOUN NNS 3 nsubj
will will AUX MD 3 aux
fall fall VERB VB 0 root
, , PUNCT , 6 punct
Vera Vera PROPN NNP 6 nsubj B-PERSON
said say VERB VBD 3 parataxis
, , PUNCT , 12 punct
but but CCONJ CC 12 cc
the the DET DT 10 det
crops crop NOUN NNS 12 nsubj
would would AUX MD 12 aux
recover recover VERB VB 6 ccomp
. . PUNCT . 3 punct)");
  const auto said = Matching(triples, "Vera", "say", "crops would recover");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "the crops would recover");
}

TEST(UdAttribution, AccordingToIsASourceNotAnObject) {
  // "According to the Herald, Kelso bribed the mayor."
  const auto triples = Extract(R"(According accord VERB VBG 4 case
to to ADP IN 1 fixed
the the DET DT 4 det
Herald Herald PROPN NNP 7 obl B-ORGANIZATION
, , PUNCT , 7 punct
Kelso Kelso PROPN NNP 7 nsubj B-ORGANIZATION
bribed bribe VERB VBD 0 root
the the DET DT 9 det
mayor mayor NOUN NN 7 obj
. . PUNCT . 7 punct)");
  const auto bribe = Matching(triples, "Kelso", "bribe", "mayor");
  ASSERT_EQ(bribe.size(), 1U) << Listing(triples);
  EXPECT_EQ(bribe[0].attributed_to, "Herald");
  EXPECT_FALSE(bribe[0].asserted);
  for (const model::Triple& t : triples) EXPECT_NE(t.object.name, "Herald") << Listing(triples);
  const auto source = Matching(triples, "Herald", "say", "Kelso bribed the mayor");
  ASSERT_EQ(source.size(), 1U) << Listing(triples);
  EXPECT_EQ(source[0].rule, "according-to");
}

TEST(UdAttribution, AccordingToCourtDocumentsSourcesTheClause) {
  // "Kelso had the option, according to court documents.": a common-noun source had been read
  // as a phrase starting with "to", so the clause lost its source.
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 2 nsubj B-PERSON
had have VERB VBD 0 root
the the DET DT 4 det
option option NOUN NN 2 obj
, , PUNCT , 9 punct
according accord VERB VBG 9 case
to to ADP IN 6 fixed
court court NOUN NN 9 compound
documents document NOUN NNS 2 obl
. . PUNCT . 2 punct)");
  const auto had = Matching(triples, "Kelso", "have", "option");
  ASSERT_EQ(had.size(), 1U) << Listing(triples);
  EXPECT_EQ(had[0].attributed_to, "court documents");
  EXPECT_FALSE(had[0].asserted);
}

TEST(UdAttribution, AClosingAccordingToSourcesEveryClauseOfTheSentence) {
  // "Rain brought relief to farms, and prices will fall, according to Dale Mohler." with the
  // source hung on the second clause.
  const auto triples = Extract(R"(Rain rain NOUN NN 2 nsubj
brought bring VERB VBD 0 root
relief relief NOUN NN 2 obj
to to ADP IN 5 case
farms farm NOUN NNS 2 obl
, , PUNCT , 10 punct
and and CCONJ CC 10 cc
prices price NOUN NNS 10 nsubj
will will AUX MD 10 aux
fall fall VERB VB 2 conj
, , PUNCT , 14 punct
according accord VERB VBG 14 case
to to ADP IN 12 fixed
Dale Dale PROPN NNP 10 obl B-PERSON
Mohler Mohler PROPN NNP 14 flat I-PERSON
. . PUNCT . 2 punct)");
  const auto relief = Matching(triples, "Rain", "bring", "relief");
  ASSERT_EQ(relief.size(), 1U) << Listing(triples);
  EXPECT_EQ(relief[0].attributed_to, "Dale Mohler");
  EXPECT_FALSE(relief[0].asserted);
  // What he says is the whole sentence, once.
  const auto said = Matching(triples, "Dale Mohler", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Rain brought relief to farms, and prices will fall");
}

TEST(UdAttribution, DenialIsTheNegatedClaimOfTheDenier) {
  // "The minister denied that Austria armed the rebels."
  const auto triples = Extract(R"(The the DET DT 2 det
minister minister NOUN NN 3 nsubj
denied deny VERB VBD 0 root
that that SCONJ IN 6 mark
Austria Austria PROPN NNP 6 nsubj B-LOCATION
armed arm VERB VBD 3 ccomp
the the DET DT 8 det
rebels rebel NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  const auto arm = Matching(triples, "Austria", "arm", "rebels");
  ASSERT_EQ(arm.size(), 1U) << Listing(triples);
  EXPECT_TRUE(arm[0].negated);
  EXPECT_EQ(arm[0].attributed_to, "minister");
  EXPECT_FALSE(arm[0].asserted);
  ASSERT_EQ(Matching(triples, "minister", "deny", "Austria armed the rebels").size(), 1U)
      << Listing(triples);
}

TEST(UdAttribution, DeniedGerundIsNotADenialOfTheObject) {
  // "Hungary denied funding the militia."
  const auto triples = Extract(R"(Hungary Hungary PROPN NNP 2 nsubj B-LOCATION
denied deny VERB VBD 0 root
funding fund VERB VBG 2 xcomp
the the DET DT 5 det
militia militia NOUN NN 3 obj
. . PUNCT . 2 punct)");
  const auto fund = Matching(triples, "Hungary", "fund", "militia");
  ASSERT_EQ(fund.size(), 1U) << Listing(triples);
  EXPECT_TRUE(fund[0].negated);
  EXPECT_FALSE(fund[0].asserted);
  EXPECT_TRUE(Matching(triples, "Hungary", "deny", "militia").size() == 1U &&
              Matching(triples, "Hungary", "deny", "militia")[0].object.name ==
                  "funding the militia")
      << Listing(triples);
}

TEST(UdAttribution, TrailingSaidAttributesTheWholeClause) {
  // "Kelso paid the mayor, officials said."
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
paid pay VERB VBD 0 root
the the DET DT 4 det
mayor mayor NOUN NN 2 obj
, , PUNCT , 7 punct
officials official NOUN NNS 7 nsubj
said say VERB VBD 2 parataxis
. . PUNCT . 2 punct)");
  const auto pay = Matching(triples, "Kelso", "pay", "mayor");
  ASSERT_EQ(pay.size(), 1U) << Listing(triples);
  EXPECT_EQ(pay[0].attributed_to, "officials");
  EXPECT_FALSE(pay[0].asserted);
  const auto said = Matching(triples, "officials", "say", "Kelso paid the mayor");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "Kelso paid the mayor");
}

TEST(UdNegation, WithoutNegatesTheAdverbialClause) {
  // "Kelso left the talks without signing the deal."
  const auto triples = Extract(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
left leave VERB VBD 0 root
the the DET DT 4 det
talks talk NOUN NNS 2 obj
without without SCONJ IN 6 mark
signing sign VERB VBG 2 advcl
the the DET DT 8 det
deal deal NOUN NN 6 obj
. . PUNCT . 2 punct)");
  const auto sign = Matching(triples, "Kelso", "sign", "deal");
  ASSERT_EQ(sign.size(), 1U) << Listing(triples);
  EXPECT_TRUE(sign[0].negated);
  const auto leave = Matching(triples, "Kelso", "leave", "talks");
  ASSERT_EQ(leave.size(), 1U) << Listing(triples);
  EXPECT_FALSE(leave[0].negated);
}

TEST(UdAttribution, NestedSpeechCreditsTheInnerSpeaker) {
  // "Mira Holt said Tom Vale told reporters that Kelso will never sell the mine."
  const auto triples = Extract(R"(Mira Mira PROPN NNP 3 nsubj B-PERSON
Holt Holt PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
Tom Tom PROPN NNP 6 nsubj B-PERSON
Vale Vale PROPN NNP 4 flat I-PERSON
told tell VERB VBD 3 ccomp
reporters reporter NOUN NNS 6 obj
that that SCONJ IN 12 mark
Kelso Kelso PROPN NNP 12 nsubj B-ORGANIZATION
will will AUX MD 12 aux
never never ADV RB 12 advmod
sell sell VERB VB 6 ccomp
the the DET DT 14 det
mine mine NOUN NN 12 obj
. . PUNCT . 3 punct)");
  const auto sell = Matching(triples, "Kelso", "sell", "mine");
  ASSERT_EQ(sell.size(), 1U) << Listing(triples);
  EXPECT_TRUE(sell[0].negated);
  EXPECT_EQ(sell[0].modality, "will");
  EXPECT_EQ(sell[0].attributed_to, "Tom Vale");
  EXPECT_FALSE(sell[0].asserted);
  const auto told = Matching(triples, "Tom Vale", "say", "Kelso will never sell the mine");
  ASSERT_EQ(told.size(), 1U) << Listing(triples);
  EXPECT_EQ(told[0].attributed_to, "Mira Holt");
  EXPECT_FALSE(told[0].asserted);
}

TEST(UdModality, MeansClauseTakesItsGovernorsModal) {
  // "Regulators may succeed in curbing the boom."
  const auto triples = Extract(R"(Regulators regulator NOUN NNS 3 nsubj
may may AUX MD 3 aux
succeed succeed VERB VB 0 root
in in SCONJ IN 5 mark
curbing curb VERB VBG 3 advcl
the the DET DT 7 det
boom boom NOUN NN 5 obj
. . PUNCT . 3 punct)");
  const auto curb = Matching(triples, "Regulators", "curb", "boom");
  ASSERT_EQ(curb.size(), 1U) << Listing(triples);
  EXPECT_EQ(curb[0].modality, "may");
  EXPECT_EQ(curb[0].relation, "may succeed in curbing");
  ExpectNoBarePositive(triples, "curb");
}

TEST(UdModality, ContentClauseOfAHopeOrASignIsNotAFact) {
  // "There are signs that lenders will tighten credit, and hopes that the port reopens."
  const auto triples = Extract(R"(There there PRON EX 2 expl
are be VERB VBP 0 root
signs sign NOUN NNS 2 nsubj
that that SCONJ IN 7 mark
lenders lender NOUN NNS 7 nsubj
will will AUX MD 7 aux
tighten tighten VERB VB 3 acl
credit credit NOUN NN 7 obj
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
hopes hope NOUN NNS 3 conj
that that SCONJ IN 15 mark
the the DET DT 14 det
port port NOUN NN 15 nsubj
reopens reopen VERB VBZ 11 acl
. . PUNCT . 2 punct)");
  const auto tighten = Matching(triples, "lenders", "tighten", "credit");
  ASSERT_EQ(tighten.size(), 1U) << Listing(triples);
  EXPECT_FALSE(tighten[0].asserted);
  for (const model::Triple& t : triples)
    if (t.predicate == "reopen") {
      EXPECT_FALSE(t.asserted) << Listing(triples);
      EXPECT_EQ(t.modality, "hope") << Listing(triples);
    }
}

TEST(UdRoles, GerundAfterAnObjectModifiesTheObject) {
  // "The fund approved three grants totalling 40 million euros." (the parser's xcomp)
  const auto triples = Extract(R"(The the DET DT 2 det
fund fund NOUN NN 3 nsubj
approved approve VERB VBD 0 root
three three NUM CD 5 nummod
grants grant NOUN NNS 3 obj
totalling total VERB VBG 3 xcomp
40 40 NUM CD 8 compound
million million NUM CD 9 nummod
euros euro NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  for (const model::Triple& t : triples) {
    if (t.predicate == "total") {
      EXPECT_EQ(t.subject.name, "three grants") << Listing(triples);
      EXPECT_TRUE(t.modality.empty()) << Listing(triples);
    }
    EXPECT_EQ(t.relation.find("approved totalling"), std::string::npos) << Listing(triples);
  }
  EXPECT_EQ(Matching(triples, "fund", "approve", "three grants").size(), 1U) << Listing(triples);
}

TEST(UdAttribution, TitleParsedAsASecondSubjectIsPartOfTheSpeakersName) {
  // "Dutch Trade Minister Ilse Maren said tariffs would hurt farmers." (two nsubj, as parsers do)
  const auto triples = Extract(R"(Dutch Dutch ADJ JJ 2 amod B-NORP
Trade Trade PROPN NNP 6 nsubj
Minister Minister PROPN NNP 4 nmod:desc
Ilse Ilse PROPN NNP 6 nsubj B-PERSON
Maren Maren PROPN NNP 4 flat I-PERSON
said say VERB VBD 0 root
tariffs tariff NOUN NNS 9 nsubj
would would AUX MD 9 aux
hurt hurt VERB VB 6 ccomp
farmers farmer NOUN NNS 9 obj
. . PUNCT . 6 punct)");
  for (const model::Triple& t : triples) {
    EXPECT_EQ(t.subject.name.find("Trade"), std::string::npos) << Listing(triples);
    EXPECT_EQ(t.attributed_to.find("Trade"), std::string::npos) << Listing(triples);
  }
  bool credited = false;
  for (const model::Triple& t : triples)
    credited = credited ||
               (t.predicate == "hurt" && t.attributed_to.find("Ilse Maren") != std::string::npos);
  EXPECT_TRUE(credited) << Listing(triples);
}

TEST(UdModality, PurposeAndConditionAreNotFacts) {
  // "The bank raised rates to curb inflation, and lenders cut loans if deposits fall below
  // reserves."
  const auto triples = Extract(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
raised raise VERB VBD 0 root
rates rate NOUN NNS 3 obj
to to PART TO 6 mark
curb curb VERB VB 3 advcl
inflation inflation NOUN NN 6 obj
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
lenders lender NOUN NNS 11 nsubj
cut cut VERB VBD 3 conj
loans loan NOUN NNS 11 obj
if if SCONJ IN 15 mark
deposits deposit NOUN NNS 15 nsubj
fall fall VERB VBP 11 advcl
below below ADP IN 17 case
reserves reserve NOUN NNS 15 obl
. . PUNCT . 3 punct)");
  const auto fall = Matching(triples, "deposits", "fall below", "reserves");
  ASSERT_EQ(fall.size(), 1U) << Listing(triples);
  EXPECT_EQ(fall[0].modality, "if");
  const auto curb = Matching(triples, "bank", "curb", "inflation");
  ASSERT_EQ(curb.size(), 1U) << Listing(triples);
  EXPECT_EQ(curb[0].modality, "in order to");
  ASSERT_EQ(Matching(triples, "bank", "raise", "rates").size(), 1U) << Listing(triples);
  EXPECT_TRUE(model::IsAsserted(Matching(triples, "bank", "raise", "rates")[0]));
  ExpectNoBarePositive(triples, "curb");
}

TEST(UdAttribution, DenyingReportsThatNegatesTheirContent) {
  // "Ana Ruiz denied reports that the mill sold its port."
  const auto triples = Extract(R"(Ana Ana PROPN NNP 3 nsubj B-PERSON
Ruiz Ruiz PROPN NNP 1 flat I-PERSON
denied deny VERB VBD 0 root
reports report NOUN NNS 3 obj
that that SCONJ IN 8 mark
the the DET DT 7 det
mill mill NOUN NN 8 nsubj
sold sell VERB VBD 4 acl
its its PRON PRP$ 10 nmod:poss
port port NOUN NN 8 obj
. . PUNCT . 3 punct)");
  const auto sold = Matching(triples, "mill", "sell", "port");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_TRUE(sold[0].negated);
  EXPECT_FALSE(sold[0].asserted);
  EXPECT_EQ(sold[0].attributed_to, "Ana Ruiz");
}

}  // namespace
}  // namespace kg::extract
