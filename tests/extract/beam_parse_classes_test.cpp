// Parse errors of the beam parser (session 19) that the extraction repairs: each tree is a
// hand-written analysis of a sentence written for this test, attached as the beam parser attached
// such a sentence, and run through the repair the class needs.
#include <gtest/gtest.h>

#include "extract/clauses/money_recipients.h"
#include "extract/clauses/name_objects.h"
#include "extract/clauses/punctuation_arguments.h"
#include "extract/clauses/reporting_times.h"
#include "extract/clauses/unmarked_appositions.h"
#include "extract/clauses/worth_phrases.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::ExtractAfter;
using testing::Listing;
using testing::Matching;

TEST(BeamParseClasses, APayeeHungOnTheAmountIsTheVerbsOblique) {
  // "Orvena paid $40 million to Daltrey." with "to Daltrey" an nmod of "$".
  const auto triples =
      ExtractAfter(RepairMoneyRecipients, R"(Orvena Orvena PROPN NNP 2 nsubj B-ORGANIZATION
paid pay VERB VBD 0 root
$ $ SYM $ 2 obj B-MONEY
40 40 NUM CD 5 compound I-MONEY
million million NUM CD 3 nummod I-MONEY
to to ADP IN 7 case
Daltrey Daltrey PROPN NNP 3 nmod B-ORGANIZATION
. . PUNCT . 2 punct)");
  EXPECT_EQ(Matching(triples, "Orvena", "pay to", "Daltrey").size(), 1U) << Listing(triples);
  EXPECT_EQ(Matching(triples, "Orvena", "pay", "$40 million").size(), 1U) << Listing(triples);
  // A change of the amount stays with it: "raised the fee from $5 to $6".
  const auto change =
      ExtractAfter(RepairMoneyRecipients, R"(Orvena Orvena PROPN NNP 2 nsubj B-ORGANIZATION
raised raise VERB VBD 0 root
$ $ SYM $ 2 obj B-MONEY
5 5 NUM CD 3 nummod I-MONEY
to to ADP IN 6 case
$ $ SYM $ 3 nmod B-MONEY
6 6 NUM CD 6 nummod I-MONEY
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Matching(change, "Orvena", "raise to", "$6").empty()) << Listing(change);
}

TEST(BeamParseClasses, SpeakersWithTheirVerbAsARelativeClauseAreItsSubject) {
  // "Rebels shelled the port, local officials said Tuesday." with "officials" a parataxis of
  // "shelled", "said" its acl and "Tuesday" the subject of "said".
  const auto triples = ExtractAfter(RepairReportingTimes, R"(Rebels rebel NOUN NNS 2 nsubj O
shelled shell VERB VBD 0 root
the the DET DT 4 det
port port NOUN NN 2 obj
, , PUNCT , 7 punct
local local ADJ JJ 7 amod
officials official NOUN NNS 2 parataxis
said say VERB VBD 7 acl
Tuesday Tuesday PROPN NNP 8 nsubj B-DATE
. . PUNCT . 2 punct)");
  EXPECT_FALSE(Matching(triples, "local officials", "say", "").empty()) << Listing(triples);
  EXPECT_TRUE(Matching(triples, "Tuesday", "say", "").empty()) << Listing(triples);
}

TEST(BeamParseClasses, WorthAfterACommaDescribesTheObject) {
  // "Kestrel built 40 ferries for Norway, worth $90 million." with "worth" a conj of "built".
  const auto triples =
      ExtractAfter(RepairWorthPhrases, R"(Kestrel Kestrel PROPN NNP 2 nsubj B-ORGANIZATION
built build VERB VBD 0 root
40 40 NUM CD 4 nummod O
ferries ferry NOUN NNS 2 obj O
for for ADP IN 6 case O
Norway Norway PROPN NNP 4 nmod B-COUNTRY
, , PUNCT , 8 punct O
worth worth ADJ JJ 2 conj O
$ $ SYM $ 8 obj B-MONEY
90 90 NUM CD 11 compound I-MONEY
million million NUM CD 9 nummod I-MONEY
. . PUNCT . 2 punct O)");
  EXPECT_EQ(Matching(triples, "ferries", "be worth", "$90 million").size(), 1U) << Listing(triples);
}

TEST(BeamParseClasses, AnOpeningQuoteMadeTheObjectGivesItToTheWord) {
  // "Orla had not seen “any plans from Tarsk.”" with the quotation mark the object of "seen".
  const auto triples =
      ExtractAfter(RepairPunctuationArguments, R"(Orla Orla PROPN NNP 4 nsubj B-PERSON
had have AUX VBD 4 aux O
not not PART RB 4 advmod O
seen see VERB VBN 0 root O
“ “ PUNCT `` 4 obj O
any any DET DT 7 det O
plans plan NOUN NNS 5 appos O
from from ADP IN 9 case O
Tarsk Tarsk PROPN NNP 7 nmod B-CITY
. . PUNCT . 4 punct O
” ” PUNCT '' 4 punct O)");
  const auto seen = Matching(triples, "Orla", "see", "plans");
  ASSERT_EQ(seen.size(), 1U) << Listing(triples);
  EXPECT_TRUE(seen[0].negated);
}

TEST(BeamParseClasses, ANameAfterACommaWithNoCaseIsAnApposition) {
  // "Most members, even Norway, signed." with "Norway" a plain nmod of "members": as an
  // apposition it is one of them (and the graph gives it the members' edges).
  const auto triples = ExtractAfter(RepairUnmarkedAppositions, R"(Most most ADJ JJS 2 amod O
members member NOUN NNS 6 nsubj O
, , PUNCT , 5 punct O
even even ADV RB 5 advmod O
Norway Norway PROPN NNP 2 nmod B-COUNTRY
signed sign VERB VBD 0 root O
. . PUNCT . 6 punct O)");
  EXPECT_EQ(Matching(triples, "Norway", "be", "Most members").size(), 1U) << Listing(triples);
}

TEST(BeamParseClasses, ANamedPersonHungAsAnOpenComplementIsTheObject) {
  // "Tarn has hired Mina Okafor." with "Mina" an xcomp of "hired".
  const auto triples = ExtractAfter(RepairNameObjects, R"(Tarn Tarn PROPN NNP 3 nsubj B-ORGANIZATION
has have AUX VBZ 3 aux O
hired hire VERB VBN 0 root O
Mina Mina PROPN NNP 3 xcomp B-PERSON
Okafor Okafor PROPN NNP 4 flat I-PERSON
. . PUNCT . 3 punct O)");
  EXPECT_EQ(Matching(triples, "Tarn", "hire", "Mina Okafor").size(), 1U) << Listing(triples);
  // "Orla became Mina's deputy" keeps its complement: a linking verb.
  const auto linking = ExtractAfter(RepairNameObjects, R"(Orla Orla PROPN NNP 2 nsubj B-PERSON
became become VERB VBD 0 root O
Mina Mina PROPN NNP 2 xcomp B-PERSON
. . PUNCT . 2 punct O)");
  EXPECT_TRUE(Matching(linking, "Orla", "become", "Mina").empty()) << Listing(linking);
}

}  // namespace
}  // namespace kg::extract
