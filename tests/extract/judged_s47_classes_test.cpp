// Kinds of wrong triples found in session 47 (the held-out sheets of the code session 46 left,
// and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis of a
// sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/coordinated_compounds.h"
#include "extract/clauses/place_states.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RuleTriples;

TEST(JudgedS47Classes, WhatItIsPrematureToConcludeIsNoClaim) {
  // "Comer said it is premature to conclude that today's action signaled a market top" had
  // stored "action -signaled-> formation of a market top" as Comer's claim.
  const auto premature = Extract(R"(Okafor Okafor PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
it it PRON PRP 5 expl
is be AUX VBZ 5 cop
premature premature ADJ JJ 2 ccomp
to to PART TO 7 mark
conclude conclude VERB VB 5 csubj
that that SCONJ IN 11 mark
the the DET DT 10 det
rally rally NOUN NN 11 nsubj
signaled signal VERB VBD 7 ccomp
a a DET DT 13 det
top top NOUN NN 11 obj
. . PUNCT . 2 punct)");
  const auto signaled = Matching(premature, "rally", "signal", "top");
  ASSERT_EQ(signaled.size(), 1U) << Listing(premature);
  EXPECT_FALSE(signaled[0].asserted) << Listing(premature);
  EXPECT_EQ(signaled[0].modality, "premature to conclude") << Listing(premature);
}

TEST(JudgedS47Classes, WhatItIsTooSoonToSayIsNoClaimButWhatIsSafeToSayIs) {
  // "soon" tagged an adverb under "too".
  const auto soon = Extract(R"(It it PRON PRP 4 expl
is be AUX VBZ 4 cop
too too ADV RB 4 advmod
soon soon ADV RB 0 root
to to PART TO 6 mark
say say VERB VB 4 csubj
that that SCONJ IN 11 mark
the the DET DT 9 det
merger merger NOUN NN 11 nsubj
will will AUX MD 11 aux
save save VERB VB 6 ccomp
money money NOUN NN 11 obj
. . PUNCT . 4 punct)");
  const auto save = Matching(soon, "merger", "save", "money");
  ASSERT_EQ(save.size(), 1U) << Listing(soon);
  EXPECT_EQ(save[0].modality, "too soon to say") << Listing(soon);
  // What is safe to say is said.
  const auto safe = Extract(R"(It it PRON PRP 3 expl
is be AUX VBZ 3 cop
safe safe ADJ JJ 0 root
to to PART TO 5 mark
say say VERB VB 3 csubj
that that SCONJ IN 9 mark
the the DET DT 8 det
merger merger NOUN NN 9 nsubj
saved save VERB VBD 5 ccomp
money money NOUN NN 9 obj
. . PUNCT . 3 punct)");
  const auto saved = Matching(safe, "merger", "save", "money");
  ASSERT_EQ(saved.size(), 1U) << Listing(safe);
  EXPECT_EQ(saved[0].modality.find("to say"), std::string::npos) << Listing(safe);
}

TEST(JudgedS47Classes, AnIdiomOfWhyOrHowIsNoPartOfTheThing) {
  // "banned a variety of electronic items in retaliation for ..." had the node "variety of
  // electronic items in retaliation", judged junk.
  const auto banned = Extract(R"(Tokyo Tokyo PROPN NNP 2 nsubj B-CITY
banned ban VERB VBD 0 root
a a DET DT 4 det
variety variety NOUN NN 2 obj
of of ADP IN 7 case
electronic electronic ADJ JJ 7 amod
items item NOUN NNS 4 nmod
in in ADP IN 9 case
retaliation retaliation NOUN NN 7 nmod
for for ADP IN 12 case
the the DET DT 12 det
tariffs tariff NOUN NNS 7 nmod
. . PUNCT . 2 punct)");
  const auto variety = Matching(banned, "Tokyo", "ban", "variety");
  ASSERT_EQ(variety.size(), 1U) << Listing(banned);
  EXPECT_EQ(variety[0].object.name, "variety of electronic items") << Listing(banned);
}

TEST(JudgedS47Classes, HowAndWhenAThingWasHandledAreNoPartOfIt) {
  // "distributing the shares to shareholders in the form of a dividend" and "held contracts at
  // year end" had the nodes "shareholders in the form of a dividend" and "contracts at year end".
  const auto form = Extract(R"(Orvik Orvik PROPN NNP 3 nsubj B-ORGANIZATION
is be AUX VBZ 3 aux
distributing distribute VERB VBG 0 root
shares share NOUN NNS 3 obj
to to ADP IN 6 case
shareholders shareholder NOUN NNS 3 obl
in in ADP IN 9 case
the the DET DT 9 det
form form NOUN NN 6 nmod
of of ADP IN 12 case
a a DET DT 12 det
dividend dividend NOUN NN 9 nmod
. . PUNCT . 3 punct)");
  const auto to = Matching(form, "Orvik", "", "shareholders");
  ASSERT_EQ(to.size(), 1U) << Listing(form);
  EXPECT_EQ(to[0].object.name, "shareholders") << Listing(form);
  const auto held = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
held hold VERB VBD 0 root
contracts contract NOUN NNS 2 obj
at at ADP IN 6 case
year year NOUN NN 6 compound
end end NOUN NN 3 nmod
. . PUNCT . 2 punct)");
  const auto contracts = Matching(held, "Orvik", "hold", "contracts");
  ASSERT_EQ(contracts.size(), 1U) << Listing(held);
  EXPECT_EQ(contracts[0].object.name, "contracts") << Listing(held);
}

TEST(JudgedS47Classes, ManyOthersNameNobody) {
  // "Many others are losing motivation" had the node "Many others" (judged junk, sheet 1221).
  const auto losing = RuleTriples(RuleId::kSubjectObject, R"(Many many ADJ JJ 2 amod
others other NOUN NNS 5 nsubj
are be AUX VBP 5 aux
slowly slowly ADV RB 5 advmod
losing lose VERB VBG 0 root
motivation motivation NOUN NN 5 obj
. . PUNCT . 5 punct)");
  ASSERT_EQ(losing.size(), 1U);
  EXPECT_TRUE(losing[0].subject.vague) << losing[0].subject.name;
  // Others that the phrase says who they are stay.
  const auto said = RuleTriples(RuleId::kSubjectObject, R"(Many many ADJ JJ 2 amod
others other NOUN NNS 6 nsubj
in in ADP IN 5 case
the the DET DT 5 det
industry industry NOUN NN 2 nmod
lost lose VERB VBD 0 root
motivation motivation NOUN NN 6 obj
. . PUNCT . 6 punct)");
  ASSERT_EQ(said.size(), 1U);
  EXPECT_FALSE(said[0].subject.vague) << said[0].subject.name;
}

TEST(JudgedS47Classes, TwoNounsJoinedBeforeTheirNounModifyIt) {
  // "..., the plastics and chemicals company said" parsed with "plastics" the subject,
  // "chemicals" its conjunct and "company" its apposition: "plastics" spoke.
  const auto said = ExtractAfter(RepairCoordinatedModifierAppositions,
                                 R"(Sales sale NOUN NNS 2 nsubj
rose rise VERB VBD 9 ccomp
, , PUNCT , 9 punct
the the DET DT 5 det
plastics plastic NOUN NNS 9 nsubj
and and CCONJ CC 7 cc
chemicals chemical NOUN NNS 5 conj
company company NOUN NN 5 appos
said say VERB VBD 0 root
. . PUNCT . 9 punct)");
  EXPECT_EQ(Matching(said, "plastics and chemicals company", "say", "").size(), 1U)
      << Listing(said);
  for (const auto& t : said) EXPECT_NE(t.subject.name, "plastics") << Listing(said);
}

TEST(JudgedS47Classes, AnAmountKeepsItsValueWithoutAdjustmentOrTimeWords) {
  // "grew by a seasonally adjusted 2.91 billion stg" and "is now 8.75 pct" had been untyped nodes
  // with no value.
  const auto grew = Extract(R"(Lending lending NOUN NN 2 nsubj
grew grow VERB VBD 0 root
by by ADP IN 9 case
a a DET DT 9 det
seasonally seasonally ADV RB 6 advmod
adjusted adjust VERB VBN 9 amod
2.91 2.91 NUM CD 8 compound B-MONEY
billion billion NUM CD 9 compound I-MONEY
stg stg NOUN NN 2 obl I-MONEY
. . PUNCT . 2 punct)");
  const auto by = Matching(grew, "Lending", "grow by", "stg");
  ASSERT_EQ(by.size(), 1U) << Listing(grew);
  EXPECT_EQ(by[0].object.name, "2.91 billion stg") << Listing(grew);
  EXPECT_EQ(by[0].object.type, model::EntityType::kMoney) << Listing(grew);
  const auto now = Extract(R"(The the DET DT 2 det
rate rate NOUN NN 6 nsubj
is be AUX VBZ 6 cop
now now ADV RB 5 advmod
8.75 8.75 NUM CD 6 nummod B-PERCENT
pct pct NOUN NN 0 root I-PERCENT
. . PUNCT . 6 punct)");
  const auto is = Matching(now, "rate", "be", "pct");
  ASSERT_EQ(is.size(), 1U) << Listing(now);
  EXPECT_EQ(is[0].object.name, "8.75 pct") << Listing(now);
  EXPECT_EQ(is[0].value, "8.75%") << Listing(now);
}

TEST(JudgedS47Classes, AYearWithAnAdjectiveIsNoDate) {
  // "the industry will have a tough 1987" had given "industry -will have-> 1987 (DATE)".
  const auto tough = Extract(R"(The the DET DT 2 det
industry industry NOUN NN 4 nsubj
will will AUX MD 4 aux
have have VERB VB 0 root
a a DET DT 7 det
tough tough ADJ JJ 7 amod
1987 1987 NUM CD 4 obj B-DATE
. . PUNCT . 4 punct)");
  for (const auto& t : tough) EXPECT_NE(t.object.type, model::EntityType::kDate) << Listing(tough);
}

TEST(JudgedS47Classes, ThePlaceAFirmIsBasedInIsNoThingOfItsOwn) {
  // "to acquire the Akron, Ohio-based company" parsed with "Akron" the object and the company
  // its apposition: "Akron -be-> Ohio-based company".
  const auto acquire = ExtractAfter(RepairPlaceStates, R"(Tarn Tarn PROPN NNP 2 nsubj B-ORGANIZATION
wants want VERB VBZ 0 root
to to PART TO 4 mark
acquire acquire VERB VB 2 xcomp
the the DET DT 6 det
Akron Akron PROPN NNP 4 obj B-CITY
, , PUNCT , 8 punct
Ohio-based Ohio-based PROPN NNP 9 compound
company company NOUN NN 6 appos
. . PUNCT . 2 punct)");
  for (const auto& t : acquire) EXPECT_NE(t.subject.name, "Akron") << Listing(acquire);
  const auto object = Matching(acquire, "Tarn", "", "company");
  ASSERT_EQ(object.size(), 1U) << Listing(acquire);
  EXPECT_NE(object[0].object.name.find("Akron"), std::string::npos) << Listing(acquire);
}

TEST(JudgedS47Classes, TheDateOfWhatIsComparedIsNotTheClauses) {
  // "had net income of 6.3 mln dlrs, or 1.07 dlrs per share, vs 3.9 mln dlrs, or 73 cts per
  // share in 1985" had given "company -had net income in-> 1985".
  const auto had = Extract(R"(The the DET DT 2 det
company company NOUN NN 3 nsubj
had have VERB VBD 0 root
income income NOUN NN 3 obj
of of ADP IN 7 case
6.3 6.3 NUM CD 7 nummod B-MONEY
dlrs dlrs NOUN NNS 4 nmod I-MONEY
, , PUNCT , 11 punct
vs vs ADP IN 11 case
3.9 3.9 NUM CD 11 nummod B-MONEY
dlrs dlrs NOUN NNS 7 nmod I-MONEY
, , PUNCT , 15 punct
or or CCONJ CC 15 cc
73 73 NUM CD 15 nummod B-MONEY
cts cts NOUN NNS 7 conj I-MONEY
in in ADP IN 17 case
1985 1985 NUM CD 3 obl B-DATE
. . PUNCT . 3 punct)");
  for (const auto& t : had) {
    EXPECT_NE(t.object.name, "1985") << Listing(had);
    EXPECT_NE(t.time, "1985") << Listing(had);
  }
  EXPECT_FALSE(Matching(had, "company", "", "6.3").empty()) << Listing(had);
  // "excludes a loss of 62.5 mln dlrs versus a loss of 166.8 mln dlrs in 1985" with the date on
  // the second loss had dated the clause 1985.
  const auto exclude = Extract(R"(Earnings earnings NOUN NNS 2 nsubj
exclude exclude VERB VBP 0 root
a a DET DT 4 det
loss loss NOUN NN 2 obj
of of ADP IN 7 case
5 5 NUM CD 7 nummod B-MONEY
dlrs dlrs NOUN NNS 4 nmod I-MONEY
, , PUNCT , 11 punct
versus versus ADP IN 11 case
a a DET DT 11 det
loss loss NOUN NN 2 obl
of of ADP IN 14 case
8 8 NUM CD 14 nummod B-MONEY
dlrs dlrs NOUN NNS 11 nmod I-MONEY
in in ADP IN 16 case
1985 1985 NUM CD 11 nmod B-DATE
. . PUNCT . 2 punct)");
  ASSERT_FALSE(exclude.empty());
  for (const auto& t : exclude) EXPECT_NE(t.time, "1985") << Listing(exclude);
}

}  // namespace
}  // namespace kg::extract
