// Kinds of wrong triples and nodes found in session 29 (the last judging sheets of session 28,
// the session's own first six, and the 1,000 stories' triples of the same shapes): each tree is a
// hand-written analysis of a sentence written for this test, attached as the parser attached
// such sentences.
#include <string>

#include <gtest/gtest.h>

#include "extract/clauses/coordinated_compounds.h"
#include "extract/clauses/nominal_gerunds.h"
#include "extract/clauses/speech_conjuncts.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Extract;
using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

// "The question is whether the fund will sell its shares.", as UD parses a specifying copula:
// the noun is the nsubj:outer of the clause's verb, the copula on that verb.
constexpr const char* kQuestionTree = R"(The the DET DT 2 det
question question NOUN NN 9 nsubj:outer
is be AUX VBZ 9 cop
whether whether SCONJ IN 9 mark
the the DET DT 6 det
fund fund NOUN NN 9 nsubj
will will AUX MD 9 aux
not not PART RB 9 advmod
sell sell VERB VB 0 root
its its PRON PRP$ 11 nmod:poss
shares share NOUN NNS 9 obj
. . PUNCT . 9 punct)";

TEST(JudgedS29Classes, ACopulasContentClauseHasItsOwnSubjectAndTheNounsStance) {
  // Read as one clause it had given "question -is will-> sell its shares" and "fund -is will->
  // ...": the question sells nothing, and "is" is no word of the fund's relation.
  const auto triples = Extract(kQuestionTree);
  EXPECT_TRUE(Matching(triples, "question", "", "").empty()) << Listing(triples);
  const auto sell = Matching(triples, "fund", "sell", "shares");
  ASSERT_EQ(sell.size(), 1U) << Listing(triples);
  EXPECT_EQ(sell[0].relation, "will not sell") << Listing(triples);
  EXPECT_TRUE(sell[0].negated) << Listing(triples);
  // Only a question: its modality says so beside the modal's.
  EXPECT_EQ(sell[0].modality, "will whether") << Listing(triples);
  EXPECT_FALSE(model::IsAsserted(sell[0])) << Listing(triples);
}

// "<Owner> <noun> is that the fund sold its shares.", the noun the copula's nsubj:outer;
// `owner` is the first word's row ("The the DET DT", "My my PRON PRP$").
std::string NounIsThatRows(const std::string& owner, const std::string& noun) {
  return owner + " 2 " + (owner.starts_with("The") ? "det" : "nmod:poss") + "\n" + noun +
         R"( NOUN NN 6 nsubj:outer
is be AUX VBZ 6 cop
that that SCONJ IN 6 mark
fund fund NOUN NN 6 nsubj
sold sell VERB VBD 0 root
its its PRON PRP$ 8 nmod:poss
shares share NOUN NNS 6 obj
. . PUNCT . 6 punct)";
}

TEST(JudgedS29Classes, AFactNounVouchesForItsContentClauseAndAnOpinionDoesNot) {
  // "The problem is that the fund sold its shares.": the sentence states the selling.
  const auto fact = Extract(NounIsThatRows("The the DET DT", "problem problem"));
  const auto sold = Matching(fact, "fund", "sell", "shares");
  ASSERT_EQ(sold.size(), 1U) << Listing(fact);
  EXPECT_EQ(sold[0].relation, "sold") << Listing(fact);
  EXPECT_TRUE(model::IsAsserted(sold[0])) << Listing(fact);
  EXPECT_TRUE(Matching(fact, "problem", "", "").empty()) << Listing(fact);
  // "My guess is that the fund sold its shares.": only a guess.
  const auto guess = Extract(NounIsThatRows("My my PRON PRP$", "guess guess"));
  const auto guessed = Matching(guess, "fund", "sell", "shares");
  ASSERT_EQ(guessed.size(), 1U) << Listing(guess);
  EXPECT_EQ(guessed[0].modality, "guess") << Listing(guess);
  EXPECT_FALSE(model::IsAsserted(guessed[0])) << Listing(guess);
}

TEST(JudgedS29Classes, BeToIsAPlanOfItsDoerAndNoPlanOfAnAim) {
  // "The cabinet is to meet the unions on Friday." had given nothing: the copula clause found
  // no nominal in an infinitive.
  const auto triples = Extract(R"(The the DET DT 2 det
cabinet cabinet NOUN NN 5 nsubj:outer
is be AUX VBZ 5 cop
to to PART TO 5 mark
meet meet VERB VB 0 root
the the DET DT 7 det
unions union NOUN NNS 5 obj
on on ADP IN 9 case
Friday Friday PROPN NNP 5 obl
. . PUNCT . 5 punct)");
  const auto meet = Matching(triples, "cabinet", "meet", "unions");
  ASSERT_EQ(meet.size(), 1U) << Listing(triples);
  EXPECT_EQ(meet[0].relation, "is to meet") << Listing(triples);
  EXPECT_EQ(meet[0].modality, "be to") << Listing(triples);
  EXPECT_FALSE(model::IsAsserted(meet[0])) << Listing(triples);
  // "The aim is to meet the unions.": an aim meets no one.
  const auto aim = Extract(R"(The the DET DT 2 det
aim aim NOUN NN 5 nsubj:outer
is be AUX VBZ 5 cop
to to PART TO 5 mark
meet meet VERB VB 0 root
the the DET DT 7 det
unions union NOUN NNS 5 obj
. . PUNCT . 5 punct)");
  EXPECT_TRUE(Matching(aim, "aim", "", "").empty()) << Listing(aim);
}

TEST(JudgedS29Classes, AFrontedInGerundIsNoPartOfTheVerbAfterIt) {
  // "In selling the unit, Acme said it would grow." had given "Acme -In selling said-> unit":
  // the relation read through "said" as if the selling were its complement ("succeeded in
  // selling").
  const auto triples = Extract(R"(In in SCONJ IN 2 mark
selling sell VERB VBG 7 advcl
the the DET DT 4 det
unit unit NOUN NN 2 obj
, , PUNCT , 2 punct
Acme Acme PROPN NNP 7 nsubj
said say VERB VBD 0 root
it it PRON PRP 10 nsubj
would would AUX MD 10 aux
grow grow VERB VB 7 ccomp
. . PUNCT . 7 punct)");
  const auto selling = Matching(triples, "Acme", "sell", "unit");
  ASSERT_EQ(selling.size(), 1U) << Listing(triples);
  EXPECT_EQ(selling[0].relation, "selling") << Listing(triples);
  // After its verb the gerund is the verb's complement, read through it.
  const auto after = Extract(R"(Acme Acme PROPN NNP 2 nsubj
succeeded succeed VERB VBD 0 root
in in SCONJ IN 4 mark
selling sell VERB VBG 2 advcl
the the DET DT 6 det
unit unit NOUN NN 4 obj
. . PUNCT . 2 punct)");
  const auto succeeded = Matching(after, "Acme", "sell", "unit");
  ASSERT_EQ(succeeded.size(), 1U) << Listing(after);
  EXPECT_EQ(succeeded[0].relation, "succeeded in selling") << Listing(after);
}

// "Acme said Beta cut its plan and <verb> a <object>.", parsed with the verb a conjunct of
// "said".
std::string SaidAndRows(const std::string& verb, const std::string& xpos,
                        const std::string& object) {
  return R"(Acme Acme PROPN NNP 2 nsubj
said say VERB VBD 0 root
Beta Beta PROPN NNP 4 nsubj
cut cut VERB VBD 2 ccomp
its its PRON PRP$ 6 nmod:poss
plan plan NOUN NN 4 obj
and and CCONJ CC 8 cc
)" + verb +
         " VERB " + xpos +
         R"( 2 conj
a a DET DT 10 det
)" + object +
         R"( NOUN NN 8 obj
. . PUNCT . 2 punct)";
}

TEST(JudgedS29Classes, APresentConjunctOfAPastSayingIsPartOfTheReport) {
  // "Acme said Beta cut its plan and expects a loss.": the expecting had been the writer's
  // fact, credited to no one.
  const auto triples =
      ExtractAfter(RepairSpeechConjuncts, SaidAndRows("expects expect", "VBZ", "loss loss"));
  const auto expects = Matching(triples, "Beta", "expect", "loss");
  ASSERT_EQ(expects.size(), 1U) << Listing(triples);
  EXPECT_EQ(expects[0].attributed_to, "Acme") << Listing(triples);
  EXPECT_FALSE(expects[0].asserted) << Listing(triples);
  // A past conjunct is the speaker's own act: "Acme said Beta cut its plan and named a chief."
  const auto named =
      ExtractAfter(RepairSpeechConjuncts, SaidAndRows("named name", "VBD", "chief chief"));
  const auto name = Matching(named, "Acme", "name", "chief");
  ASSERT_EQ(name.size(), 1U) << Listing(named);
  EXPECT_EQ(name[0].attributed_to, "") << Listing(named);
}

TEST(JudgedS29Classes, AnObjectOfSayingBeforeAnUncoordinatedVerbIsTheReportsSubject) {
  // "Acme said the new shares, which are convertible, represent 25 pct of its equity." parsed
  // with "shares" the object of "said" and "represent" its conjunct: Acme had represented 25 pct.
  const auto triples = ExtractAfter(RepairSpeechConjuncts, R"(Acme Acme PROPN NNP 2 nsubj
said say VERB VBD 0 root
the the DET DT 5 det
new new ADJ JJ 5 amod
shares share NOUN NNS 2 obj
, , PUNCT , 9 punct
which which PRON WDT 9 nsubj
are be AUX VBP 9 cop
convertible convertible ADJ JJ 5 acl:relcl
, , PUNCT , 11 punct
represent represent VERB VBP 2 conj
25 25 NUM CD 13 nummod
pct pct NOUN NN 11 obj
of of ADP IN 16 case
its its PRON PRP$ 16 nmod:poss
equity equity NOUN NN 13 nmod
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(triples, "Acme", "represent", "").empty()) << Listing(triples);
  const auto represent = Matching(triples, "new shares", "", "equity");
  ASSERT_FALSE(represent.empty()) << Listing(triples);
  EXPECT_EQ(represent[0].attributed_to, "Acme") << Listing(triples);
}

TEST(JudgedS29Classes, AnAmountNamesWhatItsOfPhraseMeasures) {
  // "Acme will repay 20 mln dlrs of public debt." had made the node "20 mln dlrs", judged cut
  // short: the node names what the amount measures, its value stays the amount.
  const auto triples = Extract(R"(Acme Acme PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
repay repay VERB VB 0 root
20 20 NUM CD 5 compound B-MONEY
mln mln NUM CD 6 nummod I-MONEY
dlrs dlrs NOUN NNS 3 obj I-MONEY
of of ADP IN 9 case
public public ADJ JJ 9 amod
debt debt NOUN NN 6 nmod
. . PUNCT . 3 punct)");
  const auto repay = Matching(triples, "Acme", "repay", "");
  ASSERT_EQ(repay.size(), 1U) << Listing(triples);
  EXPECT_EQ(repay[0].object.name, "20 mln dlrs of public debt") << Listing(triples);
  EXPECT_EQ(repay[0].object.type, model::EntityType::kMoney) << Listing(triples);
  EXPECT_EQ(repay[0].value, "20000000 USD") << Listing(triples);
  // An "of" phrase that is itself an amount names no thing: "10 pct of 40 mln dlrs".
  const auto share = Extract(R"(Acme Acme PROPN NNP 2 nsubj B-ORGANIZATION
repaid repay VERB VBD 0 root
10 10 NUM CD 4 nummod B-PERCENT
pct pct NOUN NN 2 obj I-PERCENT
of of ADP IN 8 case
40 40 NUM CD 7 compound B-MONEY
mln mln NUM CD 8 nummod I-MONEY
dlrs dlrs NOUN NNS 4 nmod I-MONEY
. . PUNCT . 2 punct)");
  const auto repaid = Matching(share, "Acme", "repay", "");
  ASSERT_FALSE(repaid.empty()) << Listing(share);
  EXPECT_EQ(repaid[0].object.name, "10 pct") << Listing(share);
}

TEST(JudgedS29Classes, AnAddressOrAPrepositionalNameIsNoAppositionsThing) {
  // "Orrin Vell of Dunmore, Ohio, a paper maker, bought the mill." with the description hung on
  // the city of the address: "Dunmore -be-> paper maker" had been stored.
  const auto address = Extract(R"(Orrin Orrin PROPN NNP 12 nsubj B-PERSON
Vell Vell PROPN NNP 1 flat I-PERSON
of of ADP IN 4 case
Dunmore Dunmore PROPN NNP 1 nmod B-CITY
, , PUNCT , 6 punct
Ohio Ohio PROPN NNP 4 appos B-LOCATION
, , PUNCT , 10 punct
a a DET DT 10 det
paper paper NOUN NN 10 compound
maker maker NOUN NN 4 appos
, , PUNCT , 10 punct
bought buy VERB VBD 0 root
the the DET DT 14 det
mill mill NOUN NN 12 obj
. . PUNCT . 12 punct)");
  EXPECT_TRUE(Matching(address, "Dunmore", "be", "").empty()) << Listing(address);
  // "Prices rose on demand, particularly from Japan.": Japan is no demand.
  const auto demand = Extract(R"(Prices price NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
on on ADP IN 4 case
demand demand NOUN NN 2 obl
, , PUNCT , 8 punct
particularly particularly ADV RB 8 advmod
from from ADP IN 8 case
Japan Japan PROPN NNP 4 appos B-COUNTRY
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(demand, "Japan", "be", "").empty()) << Listing(demand);
}

TEST(JudgedS29Classes, ABoundOfAStretchOfTimeIsNoTimeOfTheFact) {
  // "Norland had its worst drought since 1951." had been dated 1951.
  const auto since = Extract(R"(Norland Norland PROPN NNP 2 nsubj B-COUNTRY
had have VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
worst bad ADJ JJS 5 amod
drought drought NOUN NN 2 obj
since since ADP IN 7 case
1951 1951 NUM CD 2 obl B-DATE
. . PUNCT . 2 punct)");
  const auto had = Matching(since, "Norland", "have", "drought");
  ASSERT_EQ(had.size(), 1U) << Listing(since);
  EXPECT_EQ(had[0].time, "") << Listing(since);
  // "in 1951" dates it.
  const auto in = Extract(R"(Norland Norland PROPN NNP 2 nsubj B-COUNTRY
had have VERB VBD 0 root
a a DET DT 4 det
drought drought NOUN NN 2 obj
in in ADP IN 6 case
1951 1951 NUM CD 2 obl B-DATE
. . PUNCT . 2 punct)");
  const auto dated = Matching(in, "Norland", "have", "drought");
  ASSERT_EQ(dated.size(), 1U) << Listing(in);
  EXPECT_EQ(dated[0].time, "1951") << Listing(in);
  // "The charge rose to 2326 mln dlrs." with "2326" parsed apart from its scale: no year.
  const auto amount = Extract(R"(The the DET DT 2 det
charge charge NOUN NN 3 nsubj
rose rise VERB VBD 0 root
to to ADP IN 5 case
2326 2326 NUM CD 3 obl
mln mln X FW 7 compound
dlrs dlrs NOUN NNS 3 obj
. . PUNCT . 3 punct)");
  for (const auto& t : amount) EXPECT_EQ(t.time, "") << Listing(amount);
}

TEST(JudgedS29Classes, AnIntransitiveParticipleAfterAPrepositionIsItsNounsAdjective) {
  // "The plan may encourage new lending to developing countries." parsed with "developing" an
  // adverbial gerund taking "countries" as its object: "plan -may encourage to developing->
  // countries".
  const auto triples = ExtractAfter(RepairNominalGerunds, R"(The the DET DT 2 det
plan plan NOUN NN 4 nsubj
may may AUX MD 4 aux
encourage encourage VERB VB 0 root
new new ADJ JJ 6 amod
lending lending NOUN NN 4 obj
to to SCONJ IN 8 mark
developing develop VERB VBG 4 advcl
countries country NOUN NNS 8 obj
. . PUNCT . 4 punct)");
  EXPECT_TRUE(Matching(triples, "", "develop", "").empty()) << Listing(triples);
  // A gerund with its own owner stays a verb: "by increasing its stake".
  const auto stake = ExtractAfter(RepairNominalGerunds, R"(Acme Acme PROPN NNP 2 nsubj
won win VERB VBD 0 root
by by SCONJ IN 4 mark
increasing increase VERB VBG 2 advcl
its its PRON PRP$ 6 nmod:poss
stake stake NOUN NN 4 obj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(stake, "Acme", "increase", "stake").size(), 1U) << Listing(stake);
}

TEST(JudgedS29Classes, AGerundAfterStoppingShortOfItDidNotHappen) {
  // "The ministers stopped short of imposing quotas." had given "ministers -imposing-> quotas"
  // as a fact.
  const auto triples = Extract(R"(The the DET DT 2 det
ministers minister NOUN NNS 3 nsubj
stopped stop VERB VBD 0 root
short short ADJ JJ 3 xcomp
of of ADP IN 6 mark
imposing impose VERB VBG 3 advcl
quotas quota NOUN NNS 6 obj
. . PUNCT . 3 punct)");
  const auto imposing = Matching(triples, "ministers", "impose", "quotas");
  ASSERT_EQ(imposing.size(), 1U) << Listing(triples);
  EXPECT_TRUE(imposing[0].negated) << Listing(triples);
  EXPECT_EQ(imposing[0].relation, "stopped short of imposing") << Listing(triples);
}

TEST(JudgedS29Classes, ANameAfterAnOfPhraseDescribesItsNearerNoun) {
  // "The bid for the assets of the parent company, Acme Corp, was rejected." with the name hung
  // on "bid": "Acme Corp -be-> bid" had been stored.
  const auto triples = Extract(R"(The the DET DT 2 det
bid bid NOUN NN 15 nsubj:pass
for for ADP IN 5 case
the the DET DT 5 det
assets asset NOUN NNS 2 nmod
of of ADP IN 9 case
the the DET DT 9 det
parent parent NOUN NN 9 compound
company company NOUN NN 5 nmod
, , PUNCT , 11 punct
Acme Acme PROPN NNP 2 appos B-ORGANIZATION
Corp Corp PROPN NNP 11 flat I-ORGANIZATION
, , PUNCT , 2 punct
was be AUX VBD 15 aux:pass
rejected reject VERB VBN 0 root
. . PUNCT . 15 punct)");
  EXPECT_TRUE(Matching(triples, "Acme Corp", "be", "bid").empty()) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Acme Corp", "be", "parent company").size(), 1U) << Listing(triples);
}

TEST(JudgedS29Classes, ABareNounBeforeAndACompoundModifiesThePluralNoun) {
  // "Penney's store and catalog sales declined 1.3 pct." parsed with "store" the subject and
  // "sales" its conjunct: "Penney's store -declined-> 1.3 pct" was judged cut short.
  const auto triples =
      ExtractAfter(RepairCoordinatedCompounds, R"(Penney Penney PROPN NNP 3 nmod:poss B-ORGANIZATION
's 's PART POS 1 case I-ORGANIZATION
store store NOUN NN 7 nsubj
and and CCONJ CC 6 cc
catalog catalog NOUN NN 6 compound
sales sale NOUN NNS 3 conj
declined decline VERB VBD 0 root
1.3 1.3 NUM CD 9 nummod B-PERCENT
pct pct NOUN NN 7 obj I-PERCENT
. . PUNCT . 7 punct)");
  const auto declined = Matching(triples, "", "decline", "");
  ASSERT_EQ(declined.size(), 1U) << Listing(triples);
  EXPECT_EQ(declined[0].subject.name, "Penney's store and catalog sales") << Listing(triples);
  // A noun with modifiers of its own is a thing of its own: "tear gas and rubber pellets".
  const auto two = ExtractAfter(RepairCoordinatedCompounds, R"(Farmers farmer NOUN NNS 2 nsubj
traded trade VERB VBD 0 root
tear tear NOUN NN 4 compound
gas gas NOUN NN 2 obj
and and CCONJ CC 7 cc
rubber rubber NOUN NN 7 compound
pellets pellet NOUN NNS 4 conj
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(two, "Farmers", "trade", "tear gas").size(), 1U) << Listing(two);
  EXPECT_EQ(Matching(two, "Farmers", "trade", "rubber pellets").size(), 1U) << Listing(two);
}

}  // namespace
}  // namespace kg::extract
