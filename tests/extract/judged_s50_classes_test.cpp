// Kinds of wrong or padded triples found in session 50 (three held-out sheets of the code session
// 49 left, and the 1,000 stories' parses of the same shapes): each tree is a hand-written analysis
// of a sentence written for this test, attached as the parser attached such sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/clauses/coordinated_compounds.h"
#include "extract/clauses/frame_obliques.h"
#include "extract/clauses/gerund_clause_subjects.h"
#include "extract/clauses/intent_infinitives.h"
#include "extract/clauses/parenthetical_speakers.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;
using testing::RepairSpans;

TEST(JudgedS50Classes, ACountOfTwoNumbersIsTheWholeCount) {
  // "One or two large West German banks effectively drained ..." had the subject "One large West
  // German banks" (judged cut, sheet 1283).
  const auto triples = Extract(R"(Two two NUM CD 5 nummod
or or CCONJ CC 3 cc
three three NUM CD 1 conj
small small ADJ JJ 5 amod
lenders lender NOUN NNS 6 nsubj
cut cut VERB VBD 0 root
their their PRON PRP$ 8 nmod:poss
rates rate NOUN NNS 6 obj
. . PUNCT . 6 punct)");
  const auto cut = Matching(triples, "", "cut", "rates");
  ASSERT_EQ(cut.size(), 1U) << Listing(triples);
  EXPECT_EQ(cut[0].subject.name, "Two or three small lenders");
  // Counts shared out "respectively" stay apart (each subject bought one of them).
  const auto shared = Extract(R"(Norway Norway PROPN NNP 4 nsubj B-COUNTRY
and and CCONJ CC 3 cc
Chile Chile PROPN NNP 1 conj B-COUNTRY
bought buy VERB VBD 0 root
500 500 NUM CD 8 nummod
and and CCONJ CC 7 cc
900 900 NUM CD 5 conj
cows cow NOUN NNS 4 obj
, , PUNCT , 10 punct
respectively respectively ADV RB 4 advmod
. . PUNCT . 4 punct)");
  ASSERT_FALSE(Matching(shared, "Norway", "buy", "cows").empty()) << Listing(shared);
  for (const auto& t : Matching(shared, "Norway", "buy", "cows"))
    EXPECT_EQ(t.object.name.find("900"), std::string::npos) << Listing(shared);
}

TEST(JudgedS50Classes, WhatAVerbOfTakingAwayTakesIsItsOblique) {
  // "drained the domestic money market of liquidity" had the node "domestic money market of
  // liquidity" (judged junk, sheet 1283): "drain X of Y" takes Y away from X.
  const auto triples = ExtractAfter(RepairFrameObliques, R"(The the DET DT 2 det
raids raid NOUN NNS 3 nsubj
stripped strip VERB VBD 0 root
the the DET DT 6 det
regional regional ADJ JJ 6 amod
bank bank NOUN NN 3 obj
of of ADP IN 9 case
its its PRON PRP$ 9 nmod:poss
reserves reserve NOUN NNS 6 nmod
. . PUNCT . 3 punct)");
  const auto stripped = Matching(triples, "raids", "strip", "");
  ASSERT_FALSE(stripped.empty()) << Listing(triples);
  for (const auto& t : stripped) EXPECT_EQ(t.object.name.find(" of "), std::string::npos);
  EXPECT_EQ(Matching(triples, "raids", "strip", "regional bank").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "raids", "strip of", "reserves").size(), 1U) << Listing(triples);
}

TEST(JudgedS50Classes, ATimeEndingAClauseInsideAPhraseIsNoPartOfTheThing) {
  // "plans to seek regulatory permission to test its AIDS vaccine by the beginning of the summer"
  // and "a decision on whether to ease restrictions this year" were nodes judged padded (sheets
  // 1287 and 1271).
  const auto triples = Extract(R"(Orvik Orvik PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
seek seek VERB VB 0 root
approval approval NOUN NN 3 obj
to to PART TO 6 mark
sell sell VERB VB 4 acl
the the DET DT 8 det
drug drug NOUN NN 6 obj
by by ADP IN 11 case
the the DET DT 11 det
end end NOUN NN 6 obl
of of ADP IN 14 case
the the DET DT 14 det
summer summer NOUN NN 11 nmod
. . PUNCT . 3 punct)");
  const auto seek = Matching(triples, "Orvik", "seek", "approval");
  ASSERT_EQ(seek.size(), 1U) << Listing(triples);
  EXPECT_EQ(seek[0].object.name, "approval to sell the drug");

  const auto decision = Extract(R"(Brannock Brannock PROPN NNP 2 nsubj B-ORGANIZATION
expects expect VERB VBZ 0 root
a a DET DT 4 det
decision decision NOUN NN 2 obj
on on SCONJ IN 8 mark
whether whether SCONJ IN 8 mark
to to PART TO 8 mark
close close VERB VB 4 acl
the the DET DT 10 det
plant plant NOUN NN 8 obj
this this DET DT 12 det
year year NOUN NN 8 obl:unmarked
. . PUNCT . 2 punct)");
  const auto made = Matching(decision, "Brannock", "expect", "decision");
  ASSERT_EQ(made.size(), 1U) << Listing(decision);
  EXPECT_EQ(made[0].object.name, "decision on whether to close the plant");
}

TEST(JudgedS50Classes, AParticipleWithAnAdverbOfWhereSaysWhichThings) {
  // "halting the growth in Dutch stocks traded abroad" had the node "growth in Dutch stocks"
  // (judged cut, sheet 1281); the tagger may read the participle as a past tense.
  const auto triples = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
Nordic Nordic PROPN NNP 4 compound
bonds bond NOUN NNS 2 obj
traded trade VERB VBD 4 acl
abroad abroad ADV RB 5 advmod
. . PUNCT . 2 punct)");
  const auto sold = Matching(triples, "Orvik", "sell", "bonds");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_EQ(sold[0].object.name, "Nordic bonds traded abroad");
  // A participle with a phrase of its own is a clause of its own, not the noun's name.
  const auto placed = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
bonds bond NOUN NNS 2 obj
traded trade VERB VBN 3 acl
in in ADP IN 6 case
Oslo Oslo PROPN NNP 4 obl B-CITY
. . PUNCT . 2 punct)");
  const auto bonds = Matching(placed, "Orvik", "sell", "bonds");
  ASSERT_EQ(bonds.size(), 1U) << Listing(placed);
  EXPECT_EQ(bonds[0].object.name, "bonds");
}

TEST(JudgedS50Classes, WhatAVerbOfAskingAsksHowIsAQuestionNoFact) {
  // "asked how the company might give better value to shareholders" was given as a fact (judged
  // wrong, sheet 1289). "wondered why" takes what it asks about as so.
  const auto asked = Extract(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
asked ask VERB VBD 0 root
how how ADV WRB 6 advmod
Tarn Tarn PROPN NNP 6 nsubj B-ORGANIZATION
would would AUX MD 6 aux
raise raise VERB VB 2 ccomp
the the DET DT 8 det
dividend dividend NOUN NN 6 obj
. . PUNCT . 2 punct)");
  const auto raise = Matching(asked, "Tarn", "raise", "dividend");
  ASSERT_EQ(raise.size(), 1U) << Listing(asked);
  EXPECT_FALSE(raise[0].asserted);
  EXPECT_EQ(raise[0].modality, "whether");

  const auto wondered = Extract(R"(Analysts analyst NOUN NNS 2 nsubj
wondered wonder VERB VBD 0 root
why why ADV WRB 5 advmod
Tarn Tarn PROPN NNP 5 nsubj B-ORGANIZATION
sold sell VERB VBD 2 ccomp
the the DET DT 7 det
unit unit NOUN NN 5 obj
. . PUNCT . 2 punct)");
  const auto sold = Matching(wondered, "Tarn", "sell", "unit");
  ASSERT_EQ(sold.size(), 1U) << Listing(wondered);
  EXPECT_NE(sold[0].modality, "whether");
}

TEST(JudgedS50Classes, AnAdverbialBeforeASpeakerSetOffByCommasIsTheReports) {
  // "To meet the daily average, dealers said, banks must raise holdings ..." had the statement
  // without its purpose and "dealers -meet-> daily average" (judged partly and wrong, sheet
  // 1283). Not before a quotation: "Speaking to the council, Orvik said, \"..." frames the saying.
  const auto triples = ExtractAfter(RepairParentheticalSpeakers, R"(If if SCONJ IN 3 mark
talks talk NOUN NNS 3 nsubj
fail fail VERB VBP 6 advcl
, , PUNCT , 3 punct
dealers dealer NOUN NNS 6 nsubj
said say VERB VBD 0 root
, , PUNCT , 10 punct
banks bank NOUN NNS 10 nsubj
will will AUX MD 10 aux
raise raise VERB VB 6 ccomp
rates rate NOUN NNS 10 obj
. . PUNCT . 6 punct)");
  const auto said = Matching(triples, "dealers", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].object.name, "If talks fail, banks will raise rates");

  const auto quoted = ExtractAfter(RepairParentheticalSpeakers, R"(In in ADP IN 2 case
June June PROPN NNP 6 obl
, , PUNCT , 2 punct
Orvik Orvik PROPN NNP 5 compound B-PERSON
Dahl Dahl PROPN NNP 6 nsubj I-PERSON
said say VERB VBD 0 root
, , PUNCT , 11 punct
" " PUNCT `` 11 punct
banks bank NOUN NNS 11 nsubj
will will AUX MD 11 aux
raise raise VERB VB 6 ccomp
rates rate NOUN NNS 11 obj
" " PUNCT '' 11 punct
. . PUNCT . 6 punct)");
  const auto quote = Matching(quoted, "Orvik Dahl", "say", "");
  ASSERT_EQ(quote.size(), 1U) << Listing(quoted);
  EXPECT_EQ(quote[0].object.name.find("June"), std::string::npos) << Listing(quoted);
}

TEST(JudgedS50Classes, ACapitalisedTitleWithItsOfficeAndANameSetOffIsThatPerson) {
  // "Japan's Minister of International Trade and Industry, Hajime Tamura, will meet ..." had the
  // subject "Minister of International Trade" (judged partly, sheet 1291).
  const auto triples = Extract(R"(Norway Norway PROPN NNP 3 nmod:poss B-COUNTRY
's 's PART POS 1 case
Minister Minister PROPN NNP 10 nsubj B-PERSON
of of ADP IN 5 case
Fisheries Fisheries PROPN NNP 3 nmod I-PERSON
, , PUNCT , 7 punct
Lina Lina PROPN NNP 3 appos B-PERSON
Sorel Sorel PROPN NNP 7 flat I-PERSON
will will AUX MD 10 aux
meet meet VERB VB 0 root
the the DET DT 12 det
exporters exporter NOUN NNS 10 obj
. . PUNCT . 10 punct)");
  const auto meet = Matching(triples, "", "meet", "exporters");
  ASSERT_EQ(meet.size(), 1U) << Listing(triples);
  EXPECT_EQ(meet[0].subject.name, "Lina Sorel");
}

TEST(JudgedS50Classes, ANameWithHasBeenContractedIsNoFirm) {
  // "Volcker's been saying ..." gave the node "Volcker's", typed an organisation like "Moody's
  // said" (sheet 1293).
  const auto triples = ExtractAfter(RepairSpans, R"(Dahl Dahl PROPN NNP 4 nsubj B-PERSON
's have AUX VBZ 4 aux
been be AUX VBN 4 aux
buying buy VERB VBG 0 root
shares share NOUN NNS 4 obj
. . PUNCT . 4 punct)");
  const auto buying = Matching(triples, "", "", "shares");
  ASSERT_EQ(buying.size(), 1U) << Listing(triples);
  EXPECT_EQ(buying[0].subject.name, "Dahl");
  // "Moody's said" stays the firm.
  const auto said = ExtractAfter(RepairSpans, R"(Moody Moody PROPN NNP 3 nsubj B-PERSON
's have AUX VBZ 3 aux
said say VERB VBN 0 root
it it PRON PRP 5 nsubj
cut cut VERB VBD 3 ccomp
rates rate NOUN NNS 5 obj
. . PUNCT . 3 punct)");
  const auto firm = Matching(said, "", "say", "");
  ASSERT_EQ(firm.size(), 1U) << Listing(said);
  EXPECT_EQ(firm[0].subject.name, "Moody's");
}

TEST(JudgedS50Classes, AMannerAdverbAfterANegatedVerbIsWhatTheNegationDenies) {
  // "businesses that do not contribute adequately to cash flow" had the relation "do not
  // contribute to", which denies any contribution (judged partly, sheet 1291).
  const auto triples = Extract(R"(The the DET DT 2 det
units unit NOUN NNS 5 nsubj
did do AUX VBD 5 aux
not not PART RB 5 advmod
sell sell VERB VB 0 root
well well ADV RB 5 advmod
in in ADP IN 8 case
Oslo Oslo PROPN NNP 5 obl B-CITY
. . PUNCT . 5 punct)");
  const auto sold = Matching(triples, "units", "", "Oslo");
  ASSERT_EQ(sold.size(), 1U) << Listing(triples);
  EXPECT_NE(sold[0].relation.find("sell well"), std::string::npos) << Listing(triples);
}

TEST(JudgedS50Classes, AnInfinitiveAfterANounOfLeaveIsTheNouns) {
  // "would seek permission to increase capital" parsed with the infinitive the verb's xcomp:
  // the node "permission" was judged junk (sheet 1293).
  const auto triples =
      ExtractAfter(RepairIntentInfinitives, R"(Orvik Orvik PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
seek seek VERB VB 0 root
authorisation authorisation NOUN NN 3 obj
to to PART TO 6 mark
raise raise VERB VB 3 xcomp
its its PRON PRP$ 8 nmod:poss
capital capital NOUN NN 6 obj
. . PUNCT . 3 punct)");
  const auto seek = Matching(triples, "Orvik", "seek", "authorisation");
  ASSERT_EQ(seek.size(), 1U) << Listing(triples);
  EXPECT_EQ(seek[0].object.name, "authorisation to raise its capital");
  // After "for" too ("will ask for authorisation to issue bonds" had "group -issue-> bonds" under
  // "in order to"), whatever the verb ("ask" has its object do its infinitive).
  const auto asked =
      ExtractAfter(RepairIntentInfinitives, R"(Orvik Orvik PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
ask ask VERB VB 0 root
for for ADP IN 5 case
approval approval NOUN NN 3 obl
to to PART TO 7 mark
issue issue VERB VB 3 advcl
bonds bond NOUN NNS 7 obj
. . PUNCT . 3 punct)");
  const auto ask = Matching(asked, "Orvik", "ask for", "approval");
  ASSERT_EQ(ask.size(), 1U) << Listing(asked);
  EXPECT_EQ(ask[0].object.name, "approval to issue bonds");
}

TEST(JudgedS50Classes, ALightVerbsEventTakesItsNounsInfinitive) {
  // "made an offer to buy Tarn Inc" parsed with the infinitive the noun's gave no triple at all;
  // "made a decision to close the plant" neither.
  const auto triples =
      ExtractAfter(RepairIntentInfinitives, R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
made make VERB VBD 0 root
an a DET DT 4 det
offer offer NOUN NN 2 obj
to to PART TO 6 mark
buy buy VERB VB 4 acl
Tarn Tarn PROPN NNP 6 obj B-ORGANIZATION
. . PUNCT . 2 punct)");
  const auto buy = Matching(triples, "Orvik", "buy", "Tarn");
  ASSERT_EQ(buy.size(), 1U) << Listing(triples);
  EXPECT_EQ(buy[0].modality, "offer");
  EXPECT_NE(buy[0].relation.find("offer to buy"), std::string::npos) << Listing(triples);
}

TEST(JudgedS50Classes, AGerundWithItsOwnSubjectAfterAnAdjectiveIsItsCondition) {
  // "is conditional on no person acquiring 20 pct of Gencorp" gave "person -NOT acquiring-> ..."
  // as a fact (judged wrong, sheet 1289).
  const auto triples = ExtractAfter(RepairGerundClauseSubjects, R"(The the DET DT 2 det
sale sale NOUN NN 4 nsubj
is be AUX VBZ 4 cop
conditional conditional ADJ JJ 0 root
on on ADP IN 7 case
the the DET DT 7 det
bank bank NOUN NN 4 obl
winning win VERB VBG 7 acl
approval approval NOUN NN 8 obj
. . PUNCT . 4 punct)");
  const auto won = Matching(triples, "bank", "", "approval");
  ASSERT_EQ(won.size(), 1U) << Listing(triples);
  EXPECT_EQ(won[0].modality, "conditional");
}

TEST(JudgedS50Classes, AnAdjectiveBeforeCoordinatedModifiersGoesToTheirHead) {
  // "..., Japanese currency and bond traders said" had the speaker "Japanese currency and bond"
  // (judged partly, sheet 1293).
  const auto triples =
      ExtractAfter(RepairCoordinatedModifierAppositions, R"(Prices price NOUN NNS 2 nsubj
fell fall VERB VBD 9 ccomp
, , PUNCT , 9 punct
Nordic Nordic ADJ JJ 5 amod
grain grain NOUN NN 9 nsubj
and and CCONJ CC 7 cc
feed feed NOUN NN 5 conj
dealers dealer NOUN NNS 5 appos
said say VERB VBD 0 root
. . PUNCT . 9 punct)");
  const auto said = Matching(triples, "", "say", "");
  ASSERT_EQ(said.size(), 1U) << Listing(triples);
  EXPECT_EQ(said[0].subject.name, "Nordic grain and feed dealers");
}

}  // namespace
}  // namespace kg::extract
