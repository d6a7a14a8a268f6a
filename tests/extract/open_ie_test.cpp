// The Open IE view of the UD clauses (`kg extract --parser ud --format carb`): intransitive
// clauses, n-ary arguments, copulas, passives, appositions, control, conjuncts, relative clauses
// and the confidence order. Every tree is a hand-written UD v2 analysis of a sentence written for
// this test.

#include "extract/clauses/open_ie.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using ::testing::Contains;
using ::testing::Not;

// Each tuple as "arg1 | relation | arg2 | arg3 ...", words joined by spaces as CaRB reads them.
struct Listed {
  std::vector<std::string> rows;
  std::vector<double> confidence;
};

Listed List(const std::string& rows) {
  const nlp::AnalyzedSentence sentence = testing::Sentence(rows);
  const auto words = [&](const std::vector<int>& tokens) {
    std::string out;
    for (const int t : tokens)
      out += (out.empty() ? "" : " ") + sentence.tokens[static_cast<std::size_t>(t)].form;
    return out;
  };
  Listed out;
  for (const OpenIeTuple& t : OpenIeTuples(sentence)) {
    std::string relation = t.relation_word;
    const std::string spelt = words(t.relation);
    relation += (relation.empty() || spelt.empty() ? "" : " ") + spelt;
    std::string row = words(t.arguments.at(0)) + " | " + relation;
    for (std::size_t i = 1; i < t.arguments.size(); ++i) row += " | " + words(t.arguments[i]);
    out.rows.push_back(row);
    out.confidence.push_back(t.confidence);
  }
  return out;
}

// "The talks collapsed ."
constexpr const char* kTalksCollapsed = R"(The the DET DT 2 det
talks talk NOUN NNS 3 nsubj
collapsed collapse VERB VBD 0 root
. . PUNCT . 3 punct)";

double ConfidenceOf(const Listed& listed, const std::string& row) {
  for (std::size_t i = 0; i < listed.rows.size(); ++i)
    if (listed.rows[i] == row) return listed.confidence[i];
  return -1;
}

TEST(OpenIe, IntransitiveClauseWithObliquesIsNary) {
  // "The envoy arrived in Oslo on Monday ."
  const Listed l = List(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
arrived arrive VERB VBD 0 root
in in ADP IN 5 case
Oslo Oslo PROPN NNP 3 obl B-CITY
on on ADP IN 7 case
Monday Monday PROPN NNP 3 obl B-DATE
. . PUNCT . 3 punct)");
  EXPECT_THAT(l.rows, Contains("The envoy | arrived in | Oslo | on Monday"));
}

TEST(OpenIe, ClauseWithoutAnyArgumentStillGivesItsSubject) {
  const Listed l = List(kTalksCollapsed);
  EXPECT_THAT(l.rows, Contains("The talks | collapsed"));
}

TEST(OpenIe, ObjectComesFirstThenEveryObliqueWithItsPreposition) {
  // "Kelso sold the old trucks to Aerion in 2019 ."
  const Listed l = List(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
the the DET DT 5 det
old old ADJ JJ 5 amod
trucks truck NOUN NNS 2 obj
to to ADP IN 7 case
Aerion Aerion PROPN NNP 2 obl B-ORGANIZATION
in in ADP IN 9 case
2019 2019 NUM CD 2 obl B-DATE
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("Kelso | sold | the old trucks | to Aerion | in 2019"));
  // A tuple with an object and one with only a subject: the object one ranks first.
  const Listed bare = List(kTalksCollapsed);
  EXPECT_GT(ConfidenceOf(l, "Kelso | sold | the old trucks | to Aerion | in 2019"),
            ConfidenceOf(bare, "The talks | collapsed"));
}

TEST(OpenIe, CopulaGivesEachCoordinatedAdjective) {
  // "The old bridge is narrow and steep ."
  const Listed l = List(R"(The the DET DT 3 det
old old ADJ JJ 3 amod
bridge bridge NOUN NN 5 nsubj
is be AUX VBZ 5 cop
narrow narrow ADJ JJ 0 root
and and CCONJ CC 7 cc
steep steep ADJ JJ 5 conj
. . PUNCT . 5 punct)");
  EXPECT_THAT(l.rows, Contains("The old bridge | is | narrow"));
  EXPECT_THAT(l.rows, Contains("The old bridge | is | steep"));
  EXPECT_THAT(l.rows, Not(Contains("The old bridge | is | narrow and steep")));
}

TEST(OpenIe, CopulaWithPrepositionMovesItIntoTheRelation) {
  // "The harbour master is in Tromso ."
  const Listed l = List(R"(The the DET DT 3 det
harbour harbour NOUN NN 3 compound
master master NOUN NN 6 nsubj
is be AUX VBZ 6 cop
in in ADP IN 6 case
Tromso Tromso PROPN NNP 0 root B-CITY
. . PUNCT . 6 punct)");
  EXPECT_THAT(l.rows, Contains("The harbour master | is in | Tromso"));
}

TEST(OpenIe, PassiveAgentFollowsTheRelation) {
  // "The treaty was signed by Norway ."
  const Listed l = List(R"(The the DET DT 2 det
treaty treaty NOUN NN 4 nsubj:pass
was be AUX VBD 4 aux:pass
signed sign VERB VBN 0 root
by by ADP IN 6 case
Norway Norway PROPN NNP 4 obl:agent B-COUNTRY
. . PUNCT . 4 punct)");
  EXPECT_THAT(l.rows, Contains("The treaty | was signed by | Norway"));
}

TEST(OpenIe, AppositionIsATupleAndLeavesTheSubject) {
  // "Mara Quint , a former banker , joined Kelso ."
  const Listed l = List(R"(Mara Mara PROPN NNP 8 nsubj B-PERSON
Quint Quint PROPN NNP 1 flat I-PERSON
, , PUNCT , 6 punct
a a DET DT 6 det
former former ADJ JJ 6 amod
banker banker NOUN NN 1 appos
, , PUNCT , 6 punct
joined join VERB VBD 0 root
Kelso Kelso PROPN NNP 8 obj B-ORGANIZATION
. . PUNCT . 8 punct)");
  EXPECT_THAT(l.rows, Contains("Mara Quint | is | a former banker"));
  EXPECT_THAT(l.rows, Contains("Mara Quint | joined | Kelso"));
}

TEST(OpenIe, ControlledInfinitiveCarriesTheGoverningVerb) {
  // "Norway tried to buy the port ."
  const Listed l = List(R"(Norway Norway PROPN NNP 2 nsubj B-COUNTRY
tried try VERB VBD 0 root
to to PART TO 4 mark
buy buy VERB VB 2 xcomp
the the DET DT 6 det
port port NOUN NN 4 obj
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("Norway | tried to buy | the port"));
  EXPECT_THAT(l.rows, Not(Contains("Norway | tried")));
}

TEST(OpenIe, CoordinatedObjectsAreExpanded) {
  // "Kelso bought trucks and buses ."
  const Listed l = List(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
bought buy VERB VBD 0 root
trucks truck NOUN NNS 2 obj
and and CCONJ CC 5 cc
buses bus NOUN NNS 3 conj
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("Kelso | bought | trucks"));
  EXPECT_THAT(l.rows, Contains("Kelso | bought | buses"));
}

TEST(OpenIe, RelativeClauseTakesItsNounAsSubject) {
  // "Aerion hired the firm that built the bridge ."
  const Listed l = List(R"(Aerion Aerion PROPN NNP 2 nsubj B-ORGANIZATION
hired hire VERB VBD 0 root
the the DET DT 4 det
firm firm NOUN NN 2 obj
that that PRON WDT 6 nsubj
built build VERB VBD 4 acl:relcl
the the DET DT 8 det
bridge bridge NOUN NN 6 obj
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("the firm | built | the bridge"));
  EXPECT_THAT(l.rows, Contains("Aerion | hired | the firm that built the bridge"));
}

TEST(OpenIe, PossessiveOwnerHasTheThing) {
  // "Kelso 's new depot opened ." and "Its depot opened ." (no owner without coreference)
  const Listed l = List(R"(Kelso Kelso PROPN NNP 4 nmod:poss B-ORGANIZATION
's 's PART POS 1 case
new new ADJ JJ 4 amod
depot depot NOUN NN 5 nsubj
opened open VERB VBD 0 root
. . PUNCT . 5 punct)");
  EXPECT_THAT(l.rows, Contains("Kelso | has | new depot"));
  EXPECT_THAT(l.rows, Contains("Kelso 's new depot | opened"));
  const Listed pronoun = List(R"(Its its PRON PRP$ 2 nmod:poss
depot depot NOUN NN 3 nsubj
opened open VERB VBD 0 root
. . PUNCT . 3 punct)");
  EXPECT_THAT(pronoun.rows, Not(Contains("Its | has | depot")));
}

TEST(OpenIe, TitleBeforeAPersonSaysWhatThePersonIs) {
  // "Finnish Minister Ines Kade resigned ."
  const Listed l = List(R"(Finnish Finnish ADJ JJ 2 amod
Minister minister PROPN NNP 3 compound
Ines Ines PROPN NNP 5 nsubj B-PERSON
Kade Kade PROPN NNP 3 flat I-PERSON
resigned resign VERB VBD 0 root
. . PUNCT . 5 punct)");
  EXPECT_THAT(l.rows, Contains("Ines Kade | is | Finnish Minister"));
}

TEST(OpenIe, NamedAppositiveComesFirst) {
  // "The port 's director , Ole Rask , resigned ."
  const Listed l = List(R"(The the DET DT 2 det
port port NOUN NN 4 nmod:poss
's 's PART POS 2 case
director director NOUN NN 9 nsubj
, , PUNCT , 6 punct
Ole Ole PROPN NNP 4 appos B-PERSON
Rask Rask PROPN NNP 6 flat I-PERSON
, , PUNCT , 6 punct
resigned resign VERB VBD 0 root
. . PUNCT . 9 punct)");
  EXPECT_THAT(l.rows, Contains("Ole Rask | is | The port 's director"));
}

TEST(OpenIe, ParentheticalSpeechVerbSaysTheClauseItInterrupts) {
  // "The port will close , officials said ."
  const Listed l = List(R"(The the DET DT 2 det
port port NOUN NN 4 nsubj
will will AUX MD 4 aux
close close VERB VB 0 root
, , PUNCT , 7 punct
officials official NOUN NNS 7 nsubj
said say VERB VBD 4 parataxis
. . PUNCT . 4 punct)");
  EXPECT_THAT(l.rows, Contains("officials | said | The port will close"));
  EXPECT_THAT(l.rows, Not(Contains("officials | said")));
}

TEST(OpenIe, AdverbsNextToTheVerbAndUnmarkedTimesAreKept) {
  // "Kelso quietly sold the depot last week ."
  const Listed l = List(R"(Kelso Kelso PROPN NNP 3 nsubj B-ORGANIZATION
quietly quietly ADV RB 3 advmod
sold sell VERB VBD 0 root
the the DET DT 5 det
depot depot NOUN NN 3 obj
last last ADJ JJ 7 amod
week week NOUN NN 3 obl:tmod
. . PUNCT . 3 punct)");
  EXPECT_THAT(l.rows, Contains("Kelso | quietly sold | the depot | last week"));
}

TEST(OpenIe, ThingInANamedPlaceIsInIt) {
  // "The textile mills in Kabul closed in 2019 ."
  const Listed l = List(R"(The the DET DT 3 det
textile textile NOUN NN 3 compound
mills mill NOUN NNS 6 nsubj
in in ADP IN 5 case
Kabul Kabul PROPN NNP 3 nmod B-CITY
closed close VERB VBD 0 root
in in ADP IN 8 case
2019 2019 NUM CD 6 obl B-DATE
. . PUNCT . 6 punct)");
  EXPECT_THAT(l.rows, Contains("The textile mills | is in | Kabul"));
  EXPECT_THAT(l.rows, Contains("The textile mills in Kabul | closed in | 2019"));
  EXPECT_THAT(l.rows, Not(Contains("The textile mills | is in | 2019")));
}

TEST(OpenIe, ParticipleOnAVerblessRootTakesItsNoun) {
  // "The ferries sailed to Bergen ." parsed with "ferries" as the root and "sailed" its acl.
  const Listed l = List(R"(The the DET DT 2 det
ferries ferry NOUN NNS 0 root
sailed sail VERB VBN 2 acl
to to ADP IN 5 case
Bergen Bergen PROPN NNP 3 obl B-CITY
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("The ferries | sailed to | Bergen"));
}

TEST(OpenIe, ParticipleSubjectLeavesItsNounsPreposition) {
  // "Kelso sold trucks to a firm based in Oslo ."
  const Listed l = List(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
trucks truck NOUN NNS 2 obj
to to ADP IN 6 case
a a DET DT 6 det
firm firm NOUN NN 2 obl
based base VERB VBN 6 acl
in in ADP IN 9 case
Oslo Oslo PROPN NNP 7 obl B-CITY
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("a firm | based in | Oslo"));
  EXPECT_THAT(l.rows, Contains("Kelso | sold | trucks | to a firm based in Oslo"));
}

TEST(OpenIe, RelativePronounOnAMisattachedClauseIsTheNounBeforeIt) {
  // "Aerion fined the firms , which appealed ." parsed with "appealed" hung on the verb.
  const Listed l = List(R"(Aerion Aerion PROPN NNP 2 nsubj B-ORGANIZATION
fined fine VERB VBD 0 root
the the DET DT 4 det
firms firm NOUN NNS 2 obj
, , PUNCT , 7 punct
which which PRON WDT 7 nsubj
appealed appeal VERB VBD 2 advcl
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("the firms | appealed"));
  EXPECT_THAT(l.rows, Not(Contains("which | appealed")));
}

TEST(OpenIe, ClausalComplementIsArg2AndItsOwnTuple) {
  // "Kelso believed that the port would close ."
  const Listed l = List(R"(Kelso Kelso PROPN NNP 2 nsubj B-ORGANIZATION
believed believe VERB VBD 0 root
that that SCONJ IN 7 mark
the the DET DT 5 det
port port NOUN NN 7 nsubj
would would AUX MD 7 aux
close close VERB VB 2 ccomp
. . PUNCT . 2 punct)");
  EXPECT_THAT(l.rows, Contains("Kelso | believed that | the port would close"));
  EXPECT_THAT(l.rows, Contains("the port | would close"));
}

TEST(OpenIe, ACountedStretchOfTimeIsAFurtherArgument) {
  // "Lund held the post for several years ." The graph makes no node of the stretch
  // (IsCountedStretch); Open IE still quotes how long.
  const Listed held = List(R"(Lund Lund PROPN NNP 2 nsubj
held hold VERB VBD 0 root
the the DET DT 4 det
post post NOUN NN 2 obj
for for ADP IN 7 case
several several ADJ JJ 7 amod
years year NOUN NNS 2 obl
. . PUNCT . 2 punct)");
  EXPECT_THAT(held.rows, Contains("Lund | held | the post | for several years"));
}

}  // namespace
}  // namespace kg::extract
