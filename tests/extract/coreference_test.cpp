// Pronoun resolution (extract/entities/coreference.h) on hand-written UD trees of sentences
// written for this test: agreement in gender, number and animacy, the syntactic filters, and
// declining when two candidates are about equally salient.
#include "extract/entities/coreference.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

class CoreferenceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = nlp::Lexicon::Open();
    gazetteer_ = std::make_shared<const nlp::Gazetteer>();
  }

  // The antecedent of each pronoun as "FORM->ANTECEDENT" ("FORM->" when declined), in order.
  static std::vector<std::string> Links(const std::vector<std::string>& sentences) {
    std::vector<nlp::AnalyzedSentence> document;
    for (const std::string& rows : sentences) document.push_back(testing::Sentence(rows));
    std::vector<std::string> out;
    for (const PronounLink& link : ResolvePronouns(document, *lexicon_, *gazetteer_)) {
      std::string s = document[link.pronoun.sentence].tokens[link.pronoun.token].form + "->";
      if (link.antecedent)
        s += document[link.antecedent->sentence].tokens[link.antecedent->token].form;
      out.push_back(s);
    }
    return out;
  }

  static std::shared_ptr<nlp::Lexicon> lexicon_;
  static std::shared_ptr<const nlp::Gazetteer> gazetteer_;
};

std::shared_ptr<nlp::Lexicon> CoreferenceTest::lexicon_;
std::shared_ptr<const nlp::Gazetteer> CoreferenceTest::gazetteer_;

// "Tomas Lutz met Ruth Ames in Lagos."
const char* const kTomasMetRuth = R"(Tomas Tomas PROPN NNP 3 nsubj B-PERSON
Lutz Lutz PROPN NNP 1 flat I-PERSON
met meet VERB VBD 0 root
Ruth Ruth PROPN NNP 3 obj B-PERSON
Ames Ames PROPN NNP 4 flat I-PERSON
in in ADP IN 7 case
Lagos Lagos PROPN NNP 3 obl B-CITY
. . PUNCT . 3 punct)";

TEST_F(CoreferenceTest, GivenNamesDecideHeAndShe) {
  // "She thanked him."
  const auto links = Links({kTomasMetRuth, R"(She she PRON PRP 2 nsubj
thanked thank VERB VBD 0 root
him he PRON PRP 2 obj
. . PUNCT . 2 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"She->Ruth", "him->Tomas"}));
}

// "Ruth Ames met Mara Lind."
const char* const kRuthMetMara = R"(Ruth Ruth PROPN NNP 3 nsubj B-PERSON
Ames Ames PROPN NNP 1 flat I-PERSON
met meet VERB VBD 0 root
Mara Mara PROPN NNP 3 obj B-PERSON
Lind Lind PROPN NNP 4 flat I-PERSON
. . PUNCT . 3 punct)";

TEST_F(CoreferenceTest, TwoPeopleWhoAgreeAboutEquallyGiveNothing) {
  // "She resigned."
  const auto links = Links({kRuthMetMara, R"(She she PRON PRP 2 nsubj
resigned resign VERB VBD 0 root
. . PUNCT . 2 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"She->"}));
}

// "The ministers approved the plan after they studied it."
const char* const kMinistersApproved = R"(The the DET DT 2 det
ministers minister NOUN NNS 3 nsubj
approved approve VERB VBD 0 root
the the DET DT 5 det
plan plan NOUN NN 3 obj
after after SCONJ IN 8 mark
they they PRON PRP 8 nsubj
studied study VERB VBD 3 advcl
it it PRON PRP 8 obj
. . PUNCT . 3 punct)";

TEST_F(CoreferenceTest, TheyIsPluralAndItIsNoPerson) {
  EXPECT_EQ(Links({kMinistersApproved}), (std::vector<std::string>{"they->ministers", "it->plan"}));
}

TEST_F(CoreferenceTest, ASurnameThatIsAGivenNameTakesTheGenderOfItsReport) {
  // "The panel, headed by Sen. John Tower, said ... Reagan said he endorsed ... He noted ..."
  // had given "He" to Tower: "Reagan" is a woman's given name in the lists, so the chain stayed
  // female after "Reagan said he".
  const auto links = Links({R"(The the DET DT 2 det
panel panel NOUN NN 9 nsubj
, , PUNCT , 4 punct
headed head VERB VBN 2 acl
by by ADP IN 6 case
Dan Dan PROPN NNP 4 obl:agent B-PERSON
Ross Ross PROPN NNP 6 flat I-PERSON
, , PUNCT , 4 punct
said say VERB VBD 0 root
the the DET DT 11 det
plan plan NOUN NN 12 nsubj
failed fail VERB VBD 9 ccomp
. . PUNCT . 9 punct)",
                            R"(Madison Madison PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
he he PRON PRP 4 nsubj
backed back VERB VBD 2 ccomp
the the DET DT 6 det
report report NOUN NN 4 obj
. . PUNCT . 2 punct)",
                            R"(He he PRON PRP 2 nsubj
noted note VERB VBD 0 root
that that SCONJ IN 6 mark
he he PRON PRP 6 nsubj
had have AUX VBD 6 aux
hired hire VERB VBN 2 ccomp
Ann Ann PROPN NNP 6 obj B-PERSON
Lee Lee PROPN NNP 7 flat I-PERSON
. . PUNCT . 2 punct)"});
  ASSERT_GE(links.size(), 2U);
  EXPECT_EQ(links[0], "he->Madison");
  EXPECT_TRUE(links[1] == "He->he" || links[1] == "He->Madison") << links[1];
}

TEST_F(CoreferenceTest, TheSpeakerOfSaidIsSomeoneWhoCanSpeak) {
  // "Tariffs rose sharply. They will stay high, they said."
  const auto links = Links({R"(Tariffs tariff NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
sharply sharply ADV RB 2 advmod
. . PUNCT . 2 punct)",
                            R"(They they PRON PRP 3 nsubj
will will AUX MD 3 aux
stay stay VERB VB 0 root
high high ADJ JJ 3 xcomp
, , PUNCT , 7 punct
they they PRON PRP 7 nsubj
said say VERB VBD 3 parataxis
. . PUNCT . 3 punct)"});
  // The first "they" may be the tariffs; the one who said it is not.
  ASSERT_EQ(links.size(), 2U);
  EXPECT_EQ(links[1], "they->");
}

TEST_F(CoreferenceTest, APublicationThatSpokeSpeaksAgain) {
  // "The paper said rain fell south of the Orvik Group. Snow fell, it said.": the "it" had gone to
  // the firm named in between (sheet 1291); a paper that said something says the next thing too.
  const auto links = Links({R"(The the DET DT 2 det
paper paper NOUN NN 3 nsubj
said say VERB VBD 0 root
rain rain NOUN NN 5 nsubj
fell fall VERB VBD 3 ccomp
south south ADV RB 5 advmod
of of ADP IN 10 case
the the DET DT 10 det
Orvik Orvik PROPN NNP 10 compound B-ORGANIZATION
Group Group PROPN NNP 6 obl I-ORGANIZATION
. . PUNCT . 3 punct)",
                            R"(Snow snow NOUN NN 2 nsubj
fell fall VERB VBD 0 root
, , PUNCT , 5 punct
it it PRON PRP 5 nsubj
said say VERB VBD 2 parataxis
. . PUNCT . 2 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"it->paper"}));
  // "The report shows profits slumped, due to a loss by Orvik. It showed a loss of 32 mln.": a
  // verb of saying with an object reports nothing; the "it" is not the report.
  const auto object = Links({R"(The the DET DT 2 det
report report NOUN NN 3 nsubj
shows show VERB VBZ 0 root
profits profit NOUN NNS 5 nsubj
slumped slump VERB VBD 3 ccomp
. . PUNCT . 3 punct)",
                             R"(It it PRON PRP 2 nsubj
showed show VERB VBD 0 root
a a DET DT 4 det
loss loss NOUN NN 2 obj
. . PUNCT . 2 punct)"});
  ASSERT_EQ(object.size(), 1U);
  EXPECT_NE(object[0], "It->report");
}

TEST_F(CoreferenceTest, ItReportedByANamedFirmIsTheFirm) {
  // "At the end of 1986, Tarvik said it had a registration.": the pronoun subject of what a named
  // firm says is the firm, not the time before it (which had won on salience).
  const auto links = Links({R"(At at ADP IN 3 case
the the DET DT 3 det
end end NOUN NN 7 obl
of of ADP IN 5 case
1986 1986 NUM CD 3 nmod B-DATE
, , PUNCT , 3 punct
Tarvik Tarvik PROPN NNP 8 nsubj B-ORGANIZATION
said say VERB VBD 0 root
it it PRON PRP 10 nsubj
had have VERB VBD 8 ccomp
a a DET DT 12 det
registration registration NOUN NN 10 obj
. . PUNCT . 8 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"it->Tarvik"}));
}

TEST_F(CoreferenceTest, ItReportedByAFirmWhoseNameEndsInAPluralNounIsTheFirm) {
  // "Tarvo Industries said it agreed to buy a laboratory.": the name's head tagged a plural common
  // noun made the firm no reporter, and "it" went to salience, which weighed it against the firm
  // of the sentence before.
  const auto links = Links({R"(Orvo Orvo PROPN NNP 2 compound B-ORGANIZATION
Laboratories Laboratories PROPN NNPS 3 nsubj I-ORGANIZATION
offered offer VERB VBD 0 root
to to PART TO 5 mark
buy buy VERB VB 3 xcomp
a a DET DT 7 det
clinic clinic NOUN NN 5 obj
. . PUNCT . 3 punct)",
                            R"(Tarvo Tarvo PROPN NNP 2 compound B-ORGANIZATION
Industries industry NOUN NNS 3 nsubj I-ORGANIZATION
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
agreed agree VERB VBD 3 ccomp
to to PART TO 7 mark
buy buy VERB VB 5 xcomp
a a DET DT 9 det
laboratory laboratory NOUN NN 7 obj
. . PUNCT . 3 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"it->Industries"}));
}

TEST_F(CoreferenceTest, TheyReportedByCoordinatedFirmsIsTheCoordination) {
  // "Tarvo Co and Orvo Petroleum said they raised prices.": two firms of about equal salience
  // left "they" unresolved; the coordination says it, given its first name.
  const auto links = Links({R"(Tarvo Tarvo PROPN NNP 2 compound B-ORGANIZATION
Co Co PROPN NNP 6 nsubj I-ORGANIZATION
and and CCONJ CC 5 cc
Orvo Orvo PROPN NNP 5 compound B-ORGANIZATION
Petroleum Petroleum PROPN NNP 2 conj I-ORGANIZATION
said say VERB VBD 0 root
they they PRON PRP 8 nsubj
raised raise VERB VBD 6 ccomp
prices price NOUN NNS 8 obj
. . PUNCT . 6 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"they->Co"}));
}

TEST_F(CoreferenceTest, ATitleBeforeANameIsThePersonsNotAnotherPerson) {
  // "Bank vice president Orvel Stannic said he saw no reason.": the title hung on the name as a
  // descriptive nmod had been a person of its own, and "he" its, not Stannic's (whose given name
  // no list knows).
  const auto links = Links({R"(Bank Bank PROPN NNP 3 compound
vice vice NOUN NN 3 compound
president president NOUN NN 4 nmod:desc
Orvel Orvel PROPN NNP 6 nsubj
Stannic Stannic PROPN NNP 4 flat
said say VERB VBD 0 root
he he PRON PRP 8 nsubj
saw see VERB VBD 6 ccomp
no no DET DT 10 det
reason reason NOUN NN 8 obj
. . PUNCT . 6 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"he->Orvel"}));
}

TEST_F(CoreferenceTest, ItSaidIsTheOrganisationOfTheSentenceBefore) {
  // "Tarvik Corp reported a loss. It said sales fell.": only something that can speak can say,
  // so the subject one sentence back is antecedent enough, though "it" alone needs more.
  const char* const reported = R"(Tarvik Tarvik PROPN NNP 3 nsubj B-ORGANIZATION
Corp Corp PROPN NNP 1 flat I-ORGANIZATION
reported report VERB VBD 0 root
a a DET DT 5 det
loss loss NOUN NN 3 obj
. . PUNCT . 3 punct)";
  const auto said = Links({reported, R"(It it PRON PRP 2 nsubj
said say VERB VBD 0 root
sales sale NOUN NNS 4 nsubj
fell fall VERB VBD 2 ccomp
. . PUNCT . 2 punct)"});
  EXPECT_EQ(said, (std::vector<std::string>{"It->Tarvik"}));
  // Not a speaker: "It fell." may be the loss, and it is too little to tell.
  const auto fell = Links({reported, R"(It it PRON PRP 2 nsubj
fell fall VERB VBD 0 root
. . PUNCT . 2 punct)"});
  EXPECT_EQ(fell, (std::vector<std::string>{"It->"}));
}

TEST_F(CoreferenceTest, ItBeforeAnExtraposedClauseStandsForNothing) {
  // "The plan failed, and it was clear that the ministers erred." ("the plan" is salient enough
  // for an "it" that stood for something.)
  const auto links = Links({kTomasMetRuth, R"(The the DET DT 2 det
plan plan NOUN NN 3 nsubj
failed fail VERB VBD 0 root
, , PUNCT , 8 punct
and and CCONJ CC 8 cc
it it PRON PRP 8 nsubj
was be AUX VBD 8 cop
clear clear ADJ JJ 3 conj
that that SCONJ IN 12 mark
the the DET DT 11 det
ministers minister NOUN NNS 12 nsubj
erred err VERB VBD 8 ccomp
. . PUNCT . 3 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"it->"}));
}

TEST_F(CoreferenceTest, APronounIsNeitherItsCoArgumentNorThePhraseHoldingIt) {
  // "Ruth Ames met Mara Lind. Lind praised her." and "Tomas Lutz met the father of his friend."
  const auto links = Links({kRuthMetMara, R"(Lind Lind PROPN NNP 2 nsubj B-PERSON
praised praise VERB VBD 0 root
her she PRON PRP 2 obj
. . PUNCT . 2 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"her->Ruth"}));

  const auto his = Links({R"(Tomas Tomas PROPN NNP 3 nsubj B-PERSON
Lutz Lutz PROPN NNP 1 flat I-PERSON
met meet VERB VBD 0 root
the the DET DT 5 det
father father NOUN NN 3 obj
of of ADP IN 8 case
his he PRON PRP$ 8 nmod:poss
friend friend NOUN NN 5 nmod
. . PUNCT . 3 punct)"});
  EXPECT_EQ(his, (std::vector<std::string>{"his->Tomas"}));
}

TEST_F(CoreferenceTest, AReflexiveTakesItsClausesSubject) {
  // "Tomas Lutz met Ruth Ames in Lagos. Ruth Ames blamed herself."
  const auto links = Links({kTomasMetRuth, R"(Ruth Ruth PROPN NNP 3 nsubj B-PERSON
Ames Ames PROPN NNP 1 flat I-PERSON
blamed blame VERB VBD 0 root
herself herself PRON PRP 3 obj
. . PUNCT . 3 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"herself->Ruth"}));
}

TEST_F(CoreferenceTest, AQuotedSpeakerIsNoneOfTheThingsInHisOwnQuote) {
  // "Tomas Lutz met Ruth Ames in Lagos." then "\"The minister will block the deal,\" he said."
  // with the quotation the ccomp of "said": the minister is someone he speaks of.
  const auto links = Links({kTomasMetRuth, R"(" " PUNCT `` 5 punct
The the DET DT 3 det
minister minister NOUN NN 5 nsubj
will will AUX MD 5 aux
block block VERB VB 11 ccomp
the the DET DT 7 det
deal deal NOUN NN 5 obj
, , PUNCT , 5 punct
" " PUNCT '' 5 punct
he he PRON PRP 11 nsubj
said say VERB VBD 0 root
. . PUNCT . 11 punct)"});
  EXPECT_EQ(links, (std::vector<std::string>{"he->Tomas"}));
}

TEST_F(CoreferenceTest, HeInAClauseReportedByANamedPersonIsThatPerson) {
  // "Tomas Lutz met Ruth Ames in Lagos. He met her again. He praised Lutz." then "Analyst Oren
  // Faber said he expected a deal.": Tomas is the more salient, but the one who says it is Faber.
  const auto links = Links({kTomasMetRuth, R"(He he PRON PRP 2 nsubj
met meet VERB VBD 0 root
her she PRON PRP 2 obj
again again ADV RB 2 advmod
. . PUNCT . 2 punct)",
                            R"(He he PRON PRP 2 nsubj
praised praise VERB VBD 0 root
Lutz Lutz PROPN NNP 2 obj B-PERSON
. . PUNCT . 2 punct)",
                            R"(Analyst analyst NOUN NN 3 compound
Oren Oren PROPN NNP 3 compound B-PERSON
Faber Faber PROPN NNP 4 nsubj I-PERSON
said say VERB VBD 0 root
he he PRON PRP 6 nsubj
expected expect VERB VBD 4 ccomp
a a DET DT 8 det
deal deal NOUN NN 6 obj
. . PUNCT . 4 punct)"});
  ASSERT_EQ(links.size(), 4U);
  EXPECT_EQ(links[3], "he->Faber");
}

TEST_F(CoreferenceTest, HeReportedByAOneWordNameThatIsAlsoAGivenNameIsThatPerson) {
  // "Tomas Lutz met Ruth Ames in Lagos. He praised Lutz." then "Beverly has said he would veto
  // the bill.": "Beverly" alone is a surname here, whatever given name it also is; it had read
  // "Lutz would veto the bill".
  const auto links = Links({kTomasMetRuth, R"(He he PRON PRP 2 nsubj
praised praise VERB VBD 0 root
Lutz Lutz PROPN NNP 2 obj B-PERSON
. . PUNCT . 2 punct)",
                            R"(Beverly Beverly PROPN NNP 3 nsubj B-PERSON
has have AUX VBZ 3 aux
said say VERB VBN 0 root
he he PRON PRP 6 nsubj
would would AUX MD 6 aux
veto veto VERB VB 3 ccomp
the the DET DT 8 det
bill bill NOUN NN 6 obj
. . PUNCT . 3 punct)"});
  ASSERT_EQ(links.size(), 2U);
  EXPECT_EQ(links[1], "he->Beverly");
}

TEST_F(CoreferenceTest, ACallingBeforeOrBesideANameIsThePersonsTitle) {
  // "Orbis senior economist Ana Ruiz said prices will rise. He said ...": "economist" is Ana
  // Ruiz's title, no man of its own; "he" had been the economist.
  const char* const kEconomist = R"(Orbis Orbis PROPN NNP 3 compound B-ORGANIZATION
senior senior ADJ JJ 3 amod
economist economist NOUN NN 4 nmod:desc
Ana Ana PROPN NNP 6 nsubj B-PERSON
Ruiz Ruiz PROPN NNP 4 flat I-PERSON
said say VERB VBD 0 root
prices price NOUN NNS 8 nsubj
rise rise VERB VBP 6 ccomp
. . PUNCT . 6 punct)";
  const char* const kHeSaid = R"(He he PRON PRP 2 nsubj
said say VERB VBD 0 root
demand demand NOUN NN 5 nsubj
was be AUX VBD 5 cop
strong strong ADJ JJ 2 ccomp
. . PUNCT . 2 punct)";
  auto links = Links({kEconomist, kHeSaid});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "He->");
  // "\"Prices will rise,\" said analyst Ana Ruiz." with the name an apposition of the
  // calling: "she" is Ana Ruiz, the subject of her own report.
  links = Links({R"(Prices price NOUN NNS 2 nsubj
rise rise VERB VBP 4 ccomp
, , PUNCT , 2 punct
said say VERB VBD 0 root
analyst analyst NOUN NN 4 nsubj
Ana Ana PROPN NNP 5 appos B-PERSON
Ruiz Ruiz PROPN NNP 6 flat I-PERSON
. . PUNCT . 4 punct)",
                 R"(She she PRON PRP 2 nsubj
said say VERB VBD 0 root
demand demand NOUN NN 5 nsubj
was be AUX VBD 5 cop
strong strong ADJ JJ 2 ccomp
. . PUNCT . 2 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "She->Ana");
}

TEST_F(CoreferenceTest, TheOneToldIsNotWhoTheReportIsAbout) {
  // "Lucas Vale told Reuters it may raise its stake.": "it" is not Reuters, the one told (it had
  // been; nothing else named agrees with "it").
  const auto links = Links({R"(Lucas Lucas PROPN NNP 3 nsubj B-PERSON
Vale Vale PROPN NNP 1 flat I-PERSON
told tell VERB VBD 0 root
Reuters Reuters PROPN NNP 3 obj B-ORGANIZATION
it it PRON PRP 7 nsubj
may may AUX MD 7 aux
raise raise VERB VB 3 ccomp
its its PRON PRP$ 9 nmod:poss
stake stake NOUN NN 7 obj
. . PUNCT . 3 punct)"});
  ASSERT_GE(links.size(), 1U);
  EXPECT_EQ(links[0], "it->");
}

TEST_F(CoreferenceTest, ADescriptionPredicatedOfAnotherMentionIsNoAntecedent) {
  // "A senior fund official spoke." "Chile, which joined as the fund's newest member, will take a
  // seat, he said.": the member is Chile, no person "he" could be (it had been).
  const auto links = Links({R"(A a DET DT 4 det
senior senior ADJ JJ 4 amod
fund fund NOUN NN 4 compound
official official NOUN NN 5 nsubj
spoke speak VERB VBD 0 root
. . PUNCT . 5 punct)",
                            R"(Chile Chile PROPN NNP 13 nsubj B-COUNTRY
, , PUNCT , 4 punct
which which PRON WDT 4 nsubj
joined join VERB VBD 1 acl:relcl
as as ADP IN 10 case
the the DET DT 7 det
fund fund NOUN NN 10 nmod:poss
's 's PART POS 7 case
newest new ADJ JJS 10 amod
member member NOUN NN 4 obl
, , PUNCT , 4 punct
will will AUX MD 13 aux
take take VERB VB 18 ccomp
a a DET DT 15 det
seat seat NOUN NN 13 obj
, , PUNCT , 18 punct
he he PRON PRP 18 nsubj
said say VERB VBD 0 root
. . PUNCT . 18 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "he->official");
}

TEST_F(CoreferenceTest, APronounThatSpeaksGoesOnWithTheLastSpeaker) {
  // "Harbour traders told the ministry exports fell." "Shipments will resume in May, they said.":
  // the report goes on; the traders said it.
  const auto links = Links({R"(Harbour harbour NOUN NN 2 compound
traders trader NOUN NNS 3 nsubj
told tell VERB VBD 0 root
the the DET DT 5 det
ministry ministry NOUN NN 3 obj
exports export NOUN NNS 7 nsubj
fell fall VERB VBD 3 ccomp
. . PUNCT . 3 punct)",
                            R"(Shipments shipment NOUN NNS 3 nsubj
will will AUX MD 3 aux
resume resume VERB VB 8 ccomp
in in ADP IN 5 case
May May PROPN NNP 3 obl B-DATE
, , PUNCT , 8 punct
they they PRON PRP 8 nsubj
said say VERB VBD 0 root
. . PUNCT . 8 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "they->traders");
}

TEST_F(CoreferenceTest, AReportTrailingItsClauseGoesOnWithTheLastSpeaker) {
  // "Omar Kessel said the port will expand." "The plan, backed by Mayor Rafael Duarte, costs
  // five mln dlrs, he told reporters.": the parse hangs "told" on the reported clause as
  // parataxis; the report goes on with Kessel, not the mayor named inside what is reported.
  const auto links = Links({R"(Omar Omar PROPN NNP 3 nsubj B-PERSON
Kessel Kessel PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
the the DET DT 5 det
port port NOUN NN 7 nsubj
will will AUX MD 7 aux
expand expand VERB VB 3 ccomp
. . PUNCT . 3 punct)",
                            R"(The the DET DT 2 det
plan plan NOUN NN 10 nsubj
, , PUNCT , 4 punct
backed back VERB VBN 2 acl
by by ADP IN 7 case
Mayor Mayor PROPN NNP 7 nmod:desc
Rafael Rafael PROPN NNP 4 obl:agent B-PERSON
Duarte Duarte PROPN NNP 7 flat I-PERSON
, , PUNCT , 2 punct
costs cost VERB VBZ 0 root
five five NUM CD 12 nummod
mln mln NOUN NN 13 nummod
dlrs dlr NOUN NNS 10 obj
, , PUNCT , 16 punct
he he PRON PRP 16 nsubj
told tell VERB VBD 10 parataxis
reporters reporter NOUN NNS 16 obj
. . PUNCT . 10 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "he->Omar");
}

TEST_F(CoreferenceTest, PluralSourcesThatSpokeSpeakAgain) {
  // "Port sources said dockers struck." "Ships waited offshore, they said.": WordNet's first
  // sense of "source" is no person, so "they" had gone to the dockers named in the report.
  const auto links = Links({R"(Port port NOUN NN 2 compound
sources source NOUN NNS 3 nsubj
said say VERB VBD 0 root
dockers docker NOUN NNS 5 nsubj
struck strike VERB VBD 3 ccomp
. . PUNCT . 3 punct)",
                            R"(Ships ship NOUN NNS 2 nsubj
waited wait VERB VBD 6 ccomp
offshore offshore ADV RB 2 advmod
, , PUNCT , 6 punct
they they PRON PRP 6 nsubj
said say VERB VBD 0 root
. . PUNCT . 6 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "they->sources");
}

TEST_F(CoreferenceTest, ASurnameSaidAloneTellsNoGender) {
  // "Kwabena Rose, an analyst, said sales rose." "Rose estimated margins fell." "Costs might rise,
  // he said.": "Rose" alone, a woman's given name in the lists, had made the analyst a woman.
  const auto links = Links({R"(Kwabena Kwabena PROPN NNP 6 nsubj B-PERSON
Rose Rose PROPN NNP 1 flat I-PERSON
, , PUNCT , 5 punct
an a DET DT 5 det
analyst analyst NOUN NN 1 appos
said say VERB VBD 0 root
sales sale NOUN NNS 8 nsubj
rose rise VERB VBD 6 ccomp
. . PUNCT . 6 punct)",
                            R"(Rose Rose PROPN NNP 2 nsubj B-PERSON
estimated estimate VERB VBD 0 root
margins margin NOUN NNS 4 nsubj
fell fall VERB VBD 2 ccomp
. . PUNCT . 2 punct)",
                            R"(Costs cost NOUN NNS 3 nsubj
might might AUX MD 3 aux
rise rise VERB VB 6 ccomp
, , PUNCT , 6 punct
he he PRON PRP 6 nsubj
said say VERB VBD 0 root
. . PUNCT . 6 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "he->Rose");
}

TEST_F(CoreferenceTest, TheOneNameWordAfterATitleIsASurnameOfEitherGender) {
  // "Governor Rose signed the bill." "When Rose arrived, he spoke.": after a title the one name
  // word is a surname, though the lists give "Rose" as a woman's given name ("President Reagan",
  // then "When Reagan entered the White House in 1981, he inherited ...", had been left
  // unresolved and the story's "his administration" given to Jimmy Carter).
  const auto links = Links({R"(Governor Governor PROPN NNP 2 compound B-PERSON
Rose Rose PROPN NNP 3 nsubj I-PERSON
signed sign VERB VBD 0 root
the the DET DT 5 det
bill bill NOUN NN 3 obj
. . PUNCT . 3 punct)",
                            R"(When when ADV WRB 3 advmod
Rose Rose PROPN NNP 3 nsubj B-PERSON
arrived arrive VERB VBD 6 advcl
, , PUNCT , 3 punct
he he PRON PRP 6 nsubj
spoke speak VERB VBD 0 root
. . PUNCT . 6 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "he->Rose");
  // Said alone, the word is a given name: "Rose arrived. He spoke." is left unresolved.
  const auto alone = Links({R"(Rose Rose PROPN NNP 2 nsubj B-PERSON
arrived arrive VERB VBD 0 root
. . PUNCT . 2 punct)",
                            R"(He he PRON PRP 2 nsubj
spoke speak VERB VBD 0 root
. . PUNCT . 2 punct)"});
  ASSERT_EQ(alone.size(), 1U);
  EXPECT_EQ(alone[0], "He->");
}

TEST_F(CoreferenceTest, AnIndefiniteSourceWhoSaysSoIsTheHe) {
  // "A key Senate Budget Committee source told Reuters he believes ..." had gone to a president
  // named before: a source is no person by WordNet's first senses, and a description was left to
  // salience.
  const auto links = Links({R"(Governor Governor PROPN NNP 2 compound B-PERSON
Tomas Tomas PROPN NNP 3 nsubj I-PERSON
signed sign VERB VBD 0 root
the the DET DT 5 det
bill bill NOUN NN 3 obj
. . PUNCT . 3 punct)",
                            R"(A a DET DT 3 det
senior senior ADJ JJ 3 amod
source source NOUN NN 4 nsubj
told tell VERB VBD 0 root
Reuters Reuters PROPN NNP 4 iobj B-ORGANIZATION
he he PRON PRP 7 nsubj
expects expect VERB VBZ 4 ccomp
cuts cut NOUN NNS 7 obj
. . PUNCT . 4 punct)",
                            R"(Taxes tax NOUN NNS 3 nsubj
will will AUX MD 3 aux
rise rise VERB VB 6 ccomp
, , PUNCT , 6 punct
he he PRON PRP 6 nsubj
added add VERB VBD 0 root
. . PUNCT . 6 punct)"});
  ASSERT_EQ(links.size(), 2U);
  EXPECT_EQ(links[0], "he->source");
  EXPECT_EQ(links[1], "he->he");
  // Only a pronoun that speaks goes on with the source: "The source said Varnholt is unlikely to
  // press his case" is Varnholt's case (a one-word name of no known gender).
  const auto his = Links({R"(The the DET DT 2 det
source source NOUN NN 3 nsubj
said say VERB VBD 0 root
Varnholt Varnholt PROPN NNP 6 nsubj B-PERSON
would would AUX MD 6 aux
press press VERB VB 3 ccomp
his his PRON PRP$ 8 nmod:poss
case case NOUN NN 6 obj
. . PUNCT . 3 punct)"});
  ASSERT_EQ(his.size(), 1U);
  EXPECT_EQ(his[0], "his->Varnholt");
}

TEST_F(CoreferenceTest, APeoplesNameInThePluralIsNoHe) {
  // "The fight pitting Democrats against President Reagan and Republicans" with "Republicans"
  // tagged NNP made a singular chain; a later plural mention made it a person, and "he said"
  // twice went to the Republicans.
  const auto links = Links({R"(Tomas Tomas PROPN NNP 3 nsubj B-PERSON
Brandt Brandt PROPN NNP 1 flat I-PERSON
met meet VERB VBD 0 root
Republicans Republicans PROPN NNP 3 obj B-NORP
. . PUNCT . 3 punct)",
                            R"(Republicans Republicans PROPN NNPS 2 nsubj B-NORP
want want VERB VBP 6 ccomp
cuts cut NOUN NNS 2 obj
, , PUNCT , 6 punct
he he PRON PRP 6 nsubj
said say VERB VBD 0 root
. . PUNCT . 6 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "he->Tomas");
  // Tagged NNP and said once, the plural is still a group that "they" can be.
  const auto they = Links({R"(Republicans Republicans PROPN NNP 2 nsubj B-NORP
said say VERB VBD 0 root
they they PRON PRP 4 nsubj
protested protest VERB VBD 2 ccomp
. . PUNCT . 2 punct)"});
  ASSERT_EQ(they.size(), 1U);
  EXPECT_EQ(they[0], "they->Republicans");
}

TEST_F(CoreferenceTest, TheyInAClauseReportedByAPluralIsThatPlural) {
  // "Traders sold the shares. Dealers bought the bonds. But bankers said they believed the
  // controls would fail.": "they" are the bankers (with traders and dealers just before, it had
  // been left unresolved, and the bankers' report credited to nobody).
  const auto links = Links({R"(Traders trader NOUN NNS 2 nsubj
sold sell VERB VBD 0 root
the the DET DT 4 det
shares share NOUN NNS 2 obj
. . PUNCT . 2 punct)",
                            R"(Dealers dealer NOUN NNS 2 nsubj
bought buy VERB VBD 0 root
the the DET DT 4 det
bonds bond NOUN NNS 2 obj
. . PUNCT . 2 punct)",
                            R"(But but CCONJ CC 3 cc
bankers banker NOUN NNS 3 nsubj
said say VERB VBD 0 root
they they PRON PRP 5 nsubj
believed believe VERB VBD 3 ccomp
the the DET DT 7 det
controls control NOUN NNS 9 nsubj
would would AUX MD 9 aux
fail fail VERB VB 5 ccomp
. . PUNCT . 3 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_EQ(links[0], "they->bankers");
}

TEST_F(CoreferenceTest, AFirmSaidAgainByItsFirstWordIsTheSameChain) {
  // "Tarsk Copper Ltd raised prices. Tarsk said it would cut jobs.": "it" is the firm, not a
  // second, competing one.
  const auto links = Links({R"(Tarsk Tarsk PROPN NNP 3 compound B-ORGANIZATION
Copper Copper PROPN NNP 3 compound I-ORGANIZATION
Ltd Ltd PROPN NNP 4 nsubj I-ORGANIZATION
raised raise VERB VBD 0 root
prices price NOUN NNS 4 obj
. . PUNCT . 4 punct)",
                            R"(Tarsk Tarsk PROPN NNP 2 nsubj B-ORGANIZATION
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
cut cut VERB VB 2 ccomp
jobs job NOUN NNS 5 obj
. . PUNCT . 2 punct)"});
  ASSERT_EQ(links.size(), 1U);
  EXPECT_NE(links[0], "it->");
}

TEST_F(CoreferenceTest, TwoFirmsWithOneLegalFormAreTwoChains) {
  // "Tarn Motors AG shares fell. Tarn Motors AG denied rumours. Volk AG said it lost money.": the
  // firms share their legal form, not a chain; "it" of Volk's report is Volk.
  const char* const kTarn = R"(Tarn Tarn PROPN NNP 3 compound B-ORGANIZATION
Motors Motors PROPN NNPS 3 compound I-ORGANIZATION
AG AG PROPN NNP 4 compound I-ORGANIZATION
shares share NOUN NNS 5 nsubj O
fell fall VERB VBD 0 root O
. . PUNCT . 5 punct O)";
  const char* const kDenied = R"(Tarn Tarn PROPN NNP 4 nsubj B-ORGANIZATION
Motors Motors PROPN NNPS 1 flat I-ORGANIZATION
AG AG PROPN NNP 1 flat I-ORGANIZATION
denied deny VERB VBD 0 root O
rumours rumour NOUN NNS 4 obj O
. . PUNCT . 4 punct O)";
  std::vector<nlp::AnalyzedSentence> document{
      testing::Sentence(kTarn), testing::Sentence(kDenied),
      testing::Sentence(R"(Volk Volk PROPN NNP 3 nsubj B-ORGANIZATION
AG AG PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root O
it it PRON PRP 5 nsubj O
lost lose VERB VBD 3 ccomp O
money money NOUN NN 5 obj O
. . PUNCT . 3 punct O)")};
  const auto links = ResolvePronouns(document, *lexicon_, *gazetteer_);
  ASSERT_EQ(links.size(), 1U);
  // The chain's referent, the name it resolves to, is Volk's (it had been Tarn's first mention).
  ASSERT_TRUE(links[0].referent.has_value());
  EXPECT_EQ(document[links[0].referent->sentence].tokens[links[0].referent->token].form, "Volk");
}

TEST_F(CoreferenceTest, ItInAnAnnouncementByAFirmIsThatFirm) {
  // "Moody's action followed the announcement by National City Corp that it would add a
  // provision" had given "it" to Moody's, the sentence's subject (judged wrong, sheet 1307).
  std::vector<nlp::AnalyzedSentence> document{testing::Sentence(
      R"(Volk Volk PROPN NNP 2 compound B-ORGANIZATION
AG AG PROPN NNP 3 nsubj I-ORGANIZATION
followed follow VERB VBD 0 root O
the the DET DT 5 det O
announcement announcement NOUN NN 3 obj O
by by ADP IN 8 case O
Tarn Tarn PROPN NNP 8 compound B-ORGANIZATION
Motors Motors PROPN NNPS 5 nmod I-ORGANIZATION
that that SCONJ IN 12 mark O
it it PRON PRP 12 nsubj O
would would AUX MD 12 aux O
sell sell VERB VB 5 acl O
shares share NOUN NNS 12 obj O
. . PUNCT . 3 punct O)")};
  const auto links = ResolvePronouns(document, *lexicon_, *gazetteer_);
  ASSERT_EQ(links.size(), 1U);
  ASSERT_TRUE(links[0].antecedent.has_value());
  EXPECT_EQ(document[0].tokens[links[0].antecedent->token].form, "Motors");
}

// "Dalton Corp said Vexar Inc will close its plant."
const char* const kDaltonSaidVexar = R"(Dalton Dalton PROPN NNP 3 nsubj B-ORG
Corp Corp PROPN NNP 1 flat I-ORG
said say VERB VBD 0 root
Vexar Vexar PROPN NNP 7 nsubj B-ORG
Inc Inc PROPN NNP 4 flat I-ORG
will will AUX MD 7 aux
close close VERB VB 3 ccomp
its its PRON PRP$ 9 nmod:poss
plant plant NOUN NN 7 obj
. . PUNCT . 3 punct)";

TEST_F(CoreferenceTest, APossessiveIsItsOwnClausesNamedSubjects) {
  // "Emery said Hutton will terminate its merger agreement" had named Emery's agreement: the more
  // salient main subject outweighed the subject of the possessive's own clause.
  EXPECT_EQ(Links({kDaltonSaidVexar}), (std::vector<std::string>{"its->Vexar"}));
  // A firm named after a person and tagged one ("Hutton", one word) does not agree with "its":
  // nothing, rather than the other firm. "Dalton Corp said Vexar will close its plant."
  EXPECT_EQ(Links({R"(Dalton Dalton PROPN NNP 3 nsubj B-ORG
Corp Corp PROPN NNP 1 flat I-ORG
said say VERB VBD 0 root
Vexar Vexar PROPN NNP 6 nsubj B-PERSON
will will AUX MD 6 aux
close close VERB VB 3 ccomp
its its PRON PRP$ 8 nmod:poss
plant plant NOUN NN 6 obj
. . PUNCT . 3 punct)"}),
            (std::vector<std::string>{"its->"}));
}

TEST_F(CoreferenceTest, ItBeforeCostAndAnInfinitiveStandsForNothing) {
  // "USDA estimates that it costs the government about 75 cents to store each bushel" had the
  // USDA cost the government: "it" stands for storing (the parse read "store" as a noun).
  // "Dalton Corp said it costs the state 75 cents to ship each crate."
  EXPECT_EQ(Links({R"(Dalton Dalton PROPN NNP 3 nsubj B-ORG
Corp Corp PROPN NNP 1 flat I-ORG
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
costs cost VERB VBZ 3 ccomp
the the DET DT 7 det
state state NOUN NN 5 obj
75 75 NUM CD 9 nummod
cents cent NOUN NNS 7 nmod
to to ADP IN 11 case
ship ship NOUN NN 9 nmod
each each DET DT 13 det
crate crate NOUN NN 9 nmod:unmarked
. . PUNCT . 3 punct)"}),
            (std::vector<std::string>{"it->"}));
}

TEST_F(CoreferenceTest, AMeetingOrALawNeverSpeaks) {
  // "..., it said" had been given to "special shareholders meeting", then to "Dutch law":
  // WordNet files both under groups, yet neither speaks.
  EXPECT_EQ(Links({R"(Investors investor NOUN NNS 2 nsubj
sought seek VERB VBD 0 root
a a DET DT 5 det
special special ADJ JJ 5 amod
meeting meeting NOUN NN 2 obj
. . PUNCT . 2 punct)",
                   R"(It it PRON PRP 2 nsubj
said say VERB VBD 0 root
the the DET DT 4 det
vote vote NOUN NN 6 nsubj
was be AUX VBD 6 cop
close close ADJ JJ 2 ccomp
. . PUNCT . 2 punct)"}),
            (std::vector<std::string>{"It->"}));
}

TEST_F(CoreferenceTest, ANameInBracketsAfterAPronounIsWhoItIs) {
  // "he (Funaro) had submitted the proposal" had been given to the banker who spoke.
  EXPECT_EQ(Links({kTomasMetRuth, R"(Ruth Ruth PROPN NNP 2 nsubj B-PERSON
said say VERB VBD 0 root
he he PRON PRP 8 nsubj
( ( PUNCT -LRB- 5 punct
Lutz Lutz PROPN NNP 3 appos B-PERSON
) ) PUNCT -RRB- 5 punct
had have AUX VBD 8 aux
left leave VERB VBN 2 ccomp
. . PUNCT . 2 punct)"}),
            (std::vector<std::string>{"he->Lutz"}));
}

}  // namespace
}  // namespace kg::extract
