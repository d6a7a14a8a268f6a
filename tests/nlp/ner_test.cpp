// The named-entity recogniser: its training-data readers, features and model file, on snippets
// written for the tests.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/error.h"
#include "nlp/entity_recognizer.h"
#include "nlp/lexicon.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_document.h"
#include "nlp/ner_features.h"
#include "nlp/ner_train.h"
#include "nlp/value_rules.h"

namespace kg::nlp {
namespace {

using testing::ElementsAre;
using testing::HasSubstr;

std::vector<std::string> Tags(const NerSentence& s) {
  std::vector<std::string> out;
  for (const NerLabel l : s.labels) out.push_back(LabelName(l));
  return out;
}

// One CoNLL-U word line: id, form, upos, head, deprel, misc.
std::string Word(int id, const std::string& form, const std::string& upos, int head,
                 const std::string& misc) {
  return std::to_string(id) + "\t" + form + "\t_\t" + upos + "\t_\t_\t" + std::to_string(head) +
         "\tdep\t_\t" + misc + "\n";
}

TEST(GumReader, KeepsTheOutermostNameAndDropsItsArticle) {
  std::istringstream in("# newdoc id = doc1\n# sent_id = doc1-1\n" +
                        Word(1, "She", "PRON", 2, "Entity=(1-person-new-x-x-1-sgl)") +
                        Word(2, "left", "VERB", 0, "_") +
                        Word(3, "the", "DET", 4, "Entity=(2-organization-new-x-x-2-sgl") +
                        Word(4, "University", "PROPN", 2, "_") + Word(5, "of", "ADP", 6, "_") +
                        Word(6, "Portsmouth", "PROPN", 4, "Entity=(3-place-new-x-x-1-sgl)2)") +
                        Word(7, ".", "PUNCT", 2, "_") + "\n");
  const auto sentences = ReadGumEntities(in, "test.conllu", nullptr);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].doc, "doc1");
  EXPECT_THAT(Tags(sentences[0]), ElementsAre("O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION",
                                              "I-ORGANIZATION", "O"));
  EXPECT_EQ(sentences[0].upos[3], "PROPN");
}

TEST(GumReader, ALonePeopleIsNorpAndTimesAreLeftToRules) {
  std::istringstream in("# sent_id = d-1\n" +
                        Word(1, "Americans", "PROPN", 2, "Entity=(1-person-new-x-x-1-sgl)") +
                        Word(2, "voted", "VERB", 0, "_") + Word(3, "in", "ADP", 4, "_") +
                        Word(4, "November", "PROPN", 2, "Entity=(2-time-new-x-x-1-sgl)") + "\n");
  const auto sentences =
      ReadGumEntities(in, "t", [](std::string_view w) { return w == "Americans"; });
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_THAT(Tags(sentences[0]), ElementsAre("B-NORP", "O", "O", "O"));
}

TEST(GumReader, AnUnclosedMentionNamesTheSentence) {
  std::istringstream in("# sent_id = d-7\n" +
                        Word(1, "Paris", "PROPN", 0, "Entity=(1-place-new-x-x-1-sgl") + "\n");
  EXPECT_THAT([&] { (void)ReadGumEntities(in, "gum.conllu", nullptr); },
              testing::ThrowsMessage<Error>(HasSubstr("gum.conllu: sentence d-7: mention 1")));
}

TEST(UnerReader, MapsTypesAndRepairsAnOrphanInside) {
  std::istringstream in(
      "# newdoc id = a\n# sent_id = a-1\n1\tJohn\tB-PER\t-\t-\n2\tSmith\tI-PER\t-\t-\n"
      "3\tjoined\tO\t-\t-\n4\tGoogle\tI-ORG\t-\t-\n5\tfor\tO\t-\t-\n6\tXbox\tB-OTH\t-\t-\n\n");
  const auto sentences = ReadUner(in, "u.iob2");
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].id, "a-1");
  EXPECT_THAT(Tags(sentences[0]),
              ElementsAre("B-PERSON", "I-PERSON", "O", "B-ORGANIZATION", "O", "B-OTHER"));
}

TEST(UnerReader, AnUnknownTagNamesTheLine) {
  std::istringstream in("1\tJohn\tB-XYZ\n");
  EXPECT_THAT([&] { (void)ReadUner(in, "u.iob2"); },
              testing::ThrowsMessage<Error>(HasSubstr("u.iob2:1: unknown tag 'B-XYZ'")));
}

// WordNet's answers that the entity features read: senses in WordNet's order, the first three,
// each with its ancestors through hypernyms and instances.
TEST(LexiconNoun, KnowsCountriesCitiesAndCommonNounsAndCachesTheAnswer) {
  const auto lexicon = Lexicon::Open();
  const NounInfo& denmark = lexicon->Noun("Denmark");
  ASSERT_FALSE(denmark.senses.empty());
  EXPECT_TRUE(denmark.senses.front().proper);
  EXPECT_EQ(denmark.senses.front().lex_file, static_cast<int>(LexFile::kLocation));
  EXPECT_TRUE(denmark.senses.front().HasAncestor("country"));
  EXPECT_TRUE(denmark.senses.front().HasAncestor("location"));
  EXPECT_TRUE(lexicon->Noun("Paris").senses.front().HasAncestor("city"));
  // "dogs" is looked up as "dog": seven senses in WordNet, three kept, the first an animal.
  const NounInfo& dogs = lexicon->Noun("dogs");
  ASSERT_EQ(dogs.senses.size(), 3U);
  EXPECT_FALSE(dogs.senses.front().proper);
  EXPECT_TRUE(dogs.senses.front().HasAncestor("canine"));
  EXPECT_TRUE(dogs.senses.front().HasAncestor("animal"));
  EXPECT_TRUE(lexicon->Noun("Zelenskyy").senses.empty());
  EXPECT_EQ(&lexicon->Noun("Denmark"), &denmark);  // the cached answer, not a new look-up
}

TEST(NerFeatureExtraction, ShapesCollapseRunsOfOneKind) {
  EXPECT_EQ(WordShape("McDonald"), "XxXx");
  EXPECT_EQ(WordShape("U.S."), "X.X.");
  EXPECT_EQ(WordShape("1996-08-30"), "d-d-d");
  EXPECT_TRUE(IsHeadline({"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"}));
  EXPECT_FALSE(IsHeadline({"Japan", "got", "a", "lucky", "win"}));
  EXPECT_TRUE(IsHeadline({"LONDON", "1996-08-30"}));  // a dateline alone on its line
}

class NerModelTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new std::shared_ptr<Lexicon>(Lexicon::Open());
    gazetteer_ = new std::shared_ptr<const Gazetteer>(std::make_shared<const Gazetteer>());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete gazetteer_;
  }
  static NerFeatures Features() { return NerFeatures(*lexicon_, *gazetteer_); }

  // A few sentences in which names recur, enough for the perceptron to learn them.
  static std::vector<NerSentence> Corpus() {
    const auto p = BeginLabel(NameClass::kPerson);
    const auto pi = InsideLabel(NameClass::kPerson);
    const auto org = BeginLabel(NameClass::kOrganization);
    const auto loc = BeginLabel(NameClass::kPlace);
    std::vector<NerSentence> out;
    for (int k = 0; k < 4; ++k) {
      out.push_back({"d" + std::to_string(k),
                     "",
                     {"Maria", "Lopez", "joined", "Acme", "in", "Oslo", "."},
                     {},
                     {p, pi, kOutside, org, kOutside, loc, kOutside}});
      out.push_back({"d" + std::to_string(k),
                     "",
                     {"Acme", "opened", "an", "office", "in", "Lima", "."},
                     {},
                     {org, kOutside, kOutside, kOutside, kOutside, loc, kOutside}});
    }
    return out;
  }

  static std::string Train(const std::string& name) {
    const std::string path = testing::TempDir() + "/" + name;
    NerTrainOptions options;
    options.iterations = 5;
    options.use_upos = false;
    TrainNer(Corpus(), Features(), options, path);
    return path;
  }

  static std::shared_ptr<Lexicon>* lexicon_;
  static std::shared_ptr<const Gazetteer>* gazetteer_;
};
std::shared_ptr<Lexicon>* NerModelTest::lexicon_ = nullptr;
std::shared_ptr<const Gazetteer>* NerModelTest::gazetteer_ = nullptr;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_F(NerModelTest, PrepareStacksTheRuleTaggerAndLooksUpHeadlinesInTitleCase) {
  NerDocumentMemory memory;
  const auto s = Features().Prepare({"Angela", "Merkel", "said", "."}, {}, memory);
  EXPECT_EQ(s.tokens[0].rule, "B-PERSON");
  EXPECT_EQ(s.tokens[1].rule, "I-PERSON");
  EXPECT_EQ(s.tokens[2].rule, "O");
  EXPECT_FALSE(s.headline);
  const auto caps = Features().Prepare({"GERMANY", "BEAT", "FRANCE"}, {}, memory);
  EXPECT_TRUE(caps.headline);
  EXPECT_EQ(caps.tokens[0].shape, "CAPS");
  // A country is found in capitals as in title case: the features match those of "Germany".
  EXPECT_EQ(caps.tokens[0].lists, Features().Prepare({"Germany"}, {}, memory).tokens[0].lists);
  std::vector<std::uint64_t> a;
  std::vector<std::uint64_t> b;
  Features().Extract(s, 0, kOutside, kOutside, a);
  Features().Extract(s, 0, BeginLabel(NameClass::kPerson), kOutside, b);
  EXPECT_EQ(a.size(), b.size());
  EXPECT_NE(a, b);  // the previous label is a feature
}

TEST_F(NerModelTest, SavedModelLoadsAndTagsWhatItLearnt) {
  const std::string path = Train("ner_roundtrip.kgm");
  const EntityRecognizer recognizer(path, *lexicon_, *gazetteer_);
  EXPECT_FALSE(recognizer.uses_upos());
  NerDocumentMemory memory;
  const auto corpus = Corpus();
  EXPECT_EQ(recognizer.Label(corpus[0].tokens, {}, memory), corpus[0].labels);
  const auto mentions = recognizer.Recognize(corpus[1].tokens, {}, memory);
  EXPECT_THAT(BioTags(corpus[1].tokens.size(), mentions),
              ElementsAre("B-ORGANIZATION", "O", "O", "O", "O", "B-CITY", "O"));
}

TEST_F(NerModelTest, APlaceInsideAnAmountOfItsDollarsIsTheAmountsCurrency) {
  // "Acme paid 50 mln Lima dlrs" with "Lima" recognised as a city had kept the city and lost the
  // amount (as "50 mln Hong Kong dlrs" did).
  const EntityRecognizer recognizer(Train("ner_dollars.kgm"), *lexicon_, *gazetteer_);
  NerDocumentMemory memory;
  const std::vector<std::string> tokens{"Acme", "opened", "an",  "office", "in",   "Lima",
                                        "for",  "50",     "mln", "Lima",   "dlrs", "."};
  EXPECT_THAT(BioTags(tokens.size(), recognizer.Recognize(tokens, {}, memory)),
              ElementsAre("B-ORGANIZATION", "O", "O", "O", "O", "B-CITY", "O", "B-MONEY", "I-MONEY",
                          "I-MONEY", "I-MONEY", "O"));
}

TEST_F(NerModelTest, ANationalityBeforeAnyCurrencyWordIsPartOfTheAmount) {
  // "The prepayments cover 96 mln Swiss francs" had no amount: only dollars were read after a
  // country's word, so "Swiss" stayed a nationality and the francs a plain noun.
  const EntityRecognizer recognizer(Train("ner_francs.kgm"), *lexicon_, *gazetteer_);
  NerDocumentMemory memory;
  const std::vector<std::string> francs{"Acme", "paid", "96", "mln", "Swiss", "francs", "."};
  EXPECT_THAT(BioTags(francs.size(), recognizer.Recognize(francs, {}, memory)),
              ElementsAre("B-ORGANIZATION", "O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O"));
  const std::vector<std::string> yen{"Acme", "paid", "1.2", "billion", "Japanese", "yen", "."};
  EXPECT_THAT(BioTags(yen.size(), recognizer.Recognize(yen, {}, memory)),
              ElementsAre("B-ORGANIZATION", "O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O"));
}

TEST(ValueRules, AnOrdinalDayIsPartOfItsDate) {
  // "will close its units from March 15th to March 28th" gave the date node "March" (judged
  // junk): the value rules read only a bare day after a month.
  const std::vector<std::string> tokens{"shuts", "from", "March", "15th", "to", "21st", "April"};
  const auto values = FindValues(tokens);
  ASSERT_EQ(values.size(), 2U);
  EXPECT_EQ(values[0].begin, 2U);
  EXPECT_EQ(values[0].end, 4U);
  EXPECT_EQ(values[0].type, "DATE");
  EXPECT_EQ(values[1].begin, 5U);
  EXPECT_EQ(values[1].end, 7U);
}

TEST_F(NerModelTest, TrainingTwiceGivesTheSameBytes) {
  EXPECT_EQ(Slurp(Train("ner_a.kgm")), Slurp(Train("ner_b.kgm")));
}

TEST_F(NerModelTest, ATruncatedModelIsAnErrorNamingTheFile) {
  const std::string path = Train("ner_cut.kgm");
  const std::string bytes = Slurp(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
  EXPECT_THAT([&] { EntityRecognizer(path, *lexicon_, *gazetteer_); },
              testing::ThrowsMessage<Error>(HasSubstr(path)));
}

TEST(KeepDocumentTypes, ANameTakesTheTypeMostOfItsMentionsHaveInTheDocument) {
  // "Leeds" typed as a place once and as an organisation twice, once in a capitals headline.
  const std::vector<std::vector<std::string>> doc{
      {"LEEDS", "WIN", "AGAIN"}, {"Leeds", "beat", "Hull", "2-1", "."}, {"Leeds", "drew", "."}};
  std::vector<std::vector<EntityMention>> mentions{
      {{0, 1, "ORGANIZATION"}},
      {{0, 1, "CITY"}, {2, 3, "CITY"}, {3, 4, "QUANTITY"}},
      {{0, 1, "ORGANIZATION"}}};
  KeepDocumentTypes(doc, mentions);
  EXPECT_EQ(mentions[1][0].type, "ORGANIZATION");
  EXPECT_EQ(mentions[1][1].type, "CITY");      // another name keeps its own type
  EXPECT_EQ(mentions[1][2].type, "QUANTITY");  // values are not names
  EXPECT_EQ(mentions[0][0].type, "ORGANIZATION");
}

TEST(KeepDocumentTypes, WithoutAMajorityEachMentionKeepsItsTypeAndSpansNeverChange) {
  const std::vector<std::vector<std::string>> doc{{"Jordan", "scored"}, {"in", "Jordan"}};
  std::vector<std::vector<EntityMention>> mentions{{{0, 1, "PERSON"}}, {{1, 2, "COUNTRY"}}};
  KeepDocumentTypes(doc, mentions);
  EXPECT_EQ(mentions[0][0].type, "PERSON");
  EXPECT_EQ(mentions[1][0].type, "COUNTRY");
  EXPECT_EQ(mentions[1][0].begin, 1U);
  EXPECT_EQ(mentions[1][0].end, 2U);
}

TEST(ValueRules, APowerStationsMegawattsAreAQuantity) {
  const std::vector<std::string> t = {"rated", "at", "1,270", "MW", "each"};
  EXPECT_THAT(BioTags(t.size(), FindValues(t)),
              ElementsAre("O", "O", "B-QUANTITY", "I-QUANTITY", "O"));
}

TEST(ValueRules, ANumberInWordsBeforeAUnitIsAQuantity) {
  // "could end up around seven billion bushels" had been an untyped node with no value.
  const std::vector<std::string> t = {"around", "seven", "billion", "bushels", "and",
                                      "Seven",  "Up",    "sold",    "two",     "trucks"};
  EXPECT_THAT(
      BioTags(t.size(), FindValues(t)),
      ElementsAre("O", "B-QUANTITY", "I-QUANTITY", "I-QUANTITY", "O", "O", "O", "O", "O", "O"));
}

TEST(ValueRules, FindMoneyPercentDateAndQuantity) {
  const std::vector<std::string> t = {"Sales", "rose",    "12", "%",      "to", "$",
                                      "4",     "million", "on", "August", "30", ",",
                                      "1996",  "after",   "5",  "km",     "."};
  EXPECT_THAT(
      BioTags(t.size(), FindValues(t)),
      ElementsAre("O", "O", "B-PERCENT", "I-PERCENT", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O",
                  "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "B-QUANTITY", "I-QUANTITY", "O"));
  // Rainfall in millimetres is a quantity ("rains reached over 100 mm in parts of Cordoba" had
  // made one untyped node of the amount and the place).
  const std::vector<std::string> rain = {"Rains", "reached", "100", "mm", "in", "Cordoba"};
  EXPECT_THAT(BioTags(rain.size(), FindValues(rain)),
              ElementsAre("O", "O", "B-QUANTITY", "I-QUANTITY", "O", "O"));
  // The newswire's currency words are money ("a shortage of around 800 mln stg" had given the
  // node "shortage of around 800 mln" with the currency hung elsewhere); "the 1.80 mark" is not.
  const std::vector<std::string> wire = {"shortage", "of",   "800", "mln", "stg",  "and",
                                         "40",       "dlrs", "at",  "the", "1.80", "mark"};
  EXPECT_THAT(BioTags(wire.size(), FindValues(wire)),
              ElementsAre("O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "B-MONEY", "I-MONEY", "O",
                          "O", "O", "O"));
  // A country's dollars with the country between the amount and the word ("paid 50 mln Hong Kong
  // dlrs" had lost its amount); a name before other words stays no amount.
  const std::vector<std::string> dollars = {"paid", "50",  "mln",  "Hong", "Kong", "dlrs", "and",
                                            "235",  "mln", "H.K.", "Dlrs", "to",   "40",   "Hale"};
  EXPECT_THAT(BioTags(dollars.size(), FindValues(dollars)),
              ElementsAre("O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O",
                          "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O", "O", "O"));
}

TEST(SplitAtVerbs, ANameNeverHoldsAVerbInLowerCase) {
  // "House Speaker Ann Lee said Congress should act" labelled one organisation through "said".
  const std::vector<std::string> tokens{"House", "Speaker",  "Ann",    "Lee",
                                        "said",  "Congress", "should", "act"};
  const std::vector<std::string> upos{"PROPN", "PROPN", "PROPN", "PROPN",
                                      "VERB",  "PROPN", "AUX",   "VERB"};
  const LabelSpan whole{0, 6, NameClass::kOrganization};
  EXPECT_EQ(
      SplitAtVerbs(tokens, upos, whole),
      (std::vector<LabelSpan>{{0, 4, NameClass::kOrganization}, {5, 6, NameClass::kOrganization}}));
  // Words of a name in lower case that are no verbs stay ("Bank of Ghana"), and without tags
  // nothing is cut.
  const std::vector<std::string> bank{"Bank", "of", "Ghana", "said"};
  const LabelSpan name{0, 3, NameClass::kOrganization};
  EXPECT_EQ(SplitAtVerbs(bank, {"PROPN", "ADP", "PROPN", "VERB"}, name),
            std::vector<LabelSpan>{name});
  EXPECT_EQ(SplitAtVerbs(tokens, {}, whole), std::vector<LabelSpan>{whole});
}

TEST(TitledPersons, ATitleBeforeAGivenNameMakesAPersonWithoutWhatPrecedesTheTitle) {
  const Gazetteer gazetteer;
  // "Green Party MP Anna Lindqvist spoke." as one organisation mention, as the model may give it.
  const std::vector<std::string> tokens{"Green", "Party", "MP", "Anna", "Lindqvist", "spoke", "."};
  const auto out = TitledPersons(tokens, {{0, 5, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 2U);
  EXPECT_EQ(out[0].end, 5U);
  EXPECT_EQ(out[0].type, "PERSON");
}

TEST(TitledPersons, AnUnknownGivenNameAndSurnameAfterATitleAreAPersonWhenNoWordIsEnglish) {
  const Gazetteer gazetteer;
  const auto english = [](const std::string& w) {
    return w == "Life" || w == "Insurance" || w == "Radius";
  };
  // "Finance Minister Onno Ruding told parliament" had been the node "Finance Minister": the
  // model found no one, and "Onno" is no given name the gazetteer knows.
  const std::vector<std::string> tokens{"Finance", "Minister", "Orvo", "Tanhuber", "told", "MPs"};
  const auto out = TitledPersons(tokens, {}, gazetteer, english);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].end, 4U);
  EXPECT_EQ(out[0].type, "PERSON");
  // Read as a firm by the model: still a person.
  const auto firm = TitledPersons(tokens, {{3, 4, "ORGANIZATION"}}, gazetteer, english);
  ASSERT_EQ(firm.size(), 1U);
  EXPECT_EQ(firm[0].type, "PERSON");
  // Words of English, a legal form, one word, or no lexicon: no person.
  const std::vector<std::string> insurer{"Executive", "Life", "Insurance", "Co", "of", "Ohio"};
  EXPECT_TRUE(TitledPersons(insurer, {}, gazetteer, english).empty());
  const std::vector<std::string> one{"President", "Tanhuber", "said", "so"};
  EXPECT_TRUE(TitledPersons(one, {}, gazetteer, english).empty());
  EXPECT_TRUE(TitledPersons(tokens, {}, gazetteer).empty());
}

TEST(TitledPersons, ATitleChosenButNotYetTakenIsATitle) {
  // "Chairman-elect James Cotting told reporters" had kept the title in the person's name.
  EXPECT_TRUE(Gazetteer::IsPersonTitle("Chairman-elect"));
  EXPECT_TRUE(Gazetteer::IsPersonTitle("Minister-designate"));
  EXPECT_FALSE(Gazetteer::IsPersonTitle("Acme-elect"));
  EXPECT_FALSE(Gazetteer::IsPersonTitle("-elect"));
}

TEST(TitledPersons, ACallingOfTheNewswireIsATitle) {
  const Gazetteer gazetteer;
  // "SEC Chief Accountant Clarence Sampson told the panel ..." had been one organisation node.
  const std::vector<std::string> tokens{"SEC",   "Chief", "Accountant", "Clarence",
                                        "Moore", "told",  "the",        "panel"};
  const auto out = TitledPersons(tokens, {{0, 5, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_LE(out[0].begin, 2U);  // "Chief Accountant" or "Accountant": the resolver's role
  EXPECT_EQ(out[0].end, 5U);
  EXPECT_EQ(out[0].type, "PERSON");
}

TEST(TitledPersons, WordsRankingTheTitleInItsCaseGoWithIt) {
  const Gazetteer gazetteer;
  // "Group Chief Executive Brian Corby spoke": the mention had begun at "Executive", leaving
  // "Group Chief" a name of its own.
  const std::vector<std::string> ranked{"Group", "Chief", "Executive", "Brian", "Corby", "spoke"};
  const auto out = TitledPersons(ranked, {}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 0U);
  EXPECT_EQ(out[0].end, 5U);
  // "Britannia Group Chief Executive Brian Corby": "Group" is the firm's, not the title's.
  const std::vector<std::string> firm{"Britannia", "Group", "Chief", "Executive", "Brian", "Corby"};
  const auto split = TitledPersons(firm, {{0, 2, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(split.size(), 2U);
  EXPECT_EQ(split[0].end, 2U);
  EXPECT_EQ(split[1].begin, 2U);
  EXPECT_EQ(split[1].type, "PERSON");
  // "IMF Managing director Michel Camdessus": a rank in another case than the title's is not
  // taken ("IMF Managing" stays the role's owner and modifier, outside the mention).
  const std::vector<std::string> mixed{"IMF",    "Managing",  "director",
                                       "Michel", "Camdessus", "said"};
  const auto director = TitledPersons(mixed, {}, gazetteer);
  ASSERT_EQ(director.size(), 1U);
  EXPECT_EQ(director[0].begin, 2U);
}

TEST(TitledPersons, ACapitalisedTitleTakesTheNameWordsTheModelLeftOut) {
  const Gazetteer gazetteer;
  // "Mining Minister Quan Heliang will sign": the model found only "Heliang", whose first word
  // no given-name list knows; the node had been "Heliang".
  const std::vector<std::string> tokens{"Mining", "Minister", "Quan", "Heliang", "will", "sign"};
  const auto out = TitledPersons(tokens, {{3, 4, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_LE(out[0].begin, 1U);
  EXPECT_EQ(out[0].end, 4U);
  EXPECT_EQ(out[0].type, "PERSON");
  // A title in lower case stays out ("Acme chairman K. Ruiz said": the role's owner is before it).
  const std::vector<std::string> lower{"Acme", "chairman", "K.", "Ruiz", "said"};
  const auto kept = TitledPersons(lower, {{3, 4, "PERSON"}}, gazetteer);
  ASSERT_EQ(kept.size(), 1U);
  EXPECT_EQ(kept[0].begin, 3U);
}

TEST(NamesAfterOpeners, ACapitalisedSubordinatorStartsNoName) {
  const std::vector<std::string> tokens{"in",   "Ohio",        ",",       "Although",
                                        "U.S.", "Congressmen", "objected"};
  const auto out = NamesAfterOpeners(tokens, {{3, 6, "ORGANIZATION"}, {1, 2, "LOCATION"}});
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].begin, 4U);
  EXPECT_EQ(out[1].begin, 1U);
}

TEST(NoClockNames, AWireTimeZoneIsNoName) {
  const std::vector<std::string> tokens{"at",   "1223",     "hrs", "EDT", "and",
                                        "1430", "EST/1930", "GMT", "in",  "Boston"};
  const auto out =
      NoClockNames(tokens, {{3, 4, "ORGANIZATION"}, {6, 8, "PERSON"}, {9, 10, "CITY"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].type, "CITY");
}

TEST(NoClockNames, ASeasonSaidAloneIsNoName) {
  // "the downturn since last Autumn" had made "Autumn" a person.
  const std::vector<std::string> tokens{"since", "last", "Autumn", ",", "the", "Prague", "Spring"};
  const auto out = NoClockNames(tokens, {{2, 3, "PERSON"}, {5, 7, "EVENT"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 5U);
}

TEST(PluralPossessorNames, APluralOwnerBeforeAnOrganisationIsPartOfItsName) {
  const std::vector<std::string> tokens{"The",  "Seafarers", "'", "International", "Union", "said",
                                        "Ruth", "Rogers",    "'", "Party"};
  const auto out = PluralPossessorNames(tokens, {{3, 5, "ORGANIZATION"}, {9, 10, "ORGANIZATION"}});
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].begin, 1U);
  // "Ruth Rogers' Party": a surname's possessive is the party's owner, not its name.
  EXPECT_EQ(out[1].begin, 9U);
}

TEST(PlacesInsideNames, APlaceAfterInAtTheEndOfAFirmsNameIsNoWordOfIt) {
  // "chief economist at Union Bank of Norway in Bergen" labelled one organisation.
  const std::vector<std::string> tokens{"at",     "Union", "Bank",   "of",
                                        "Norway", "in",    "Bergen", "said"};
  const auto out = PlacesInsideNames(
      tokens, {{1, 7, "ORGANIZATION"}}, [](const std::string& w) { return w == "Bergen"; },
      [](std::size_t, std::size_t) { return std::string("CITY"); });
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].end, 5U);
  EXPECT_EQ(out[1].begin, 6U);
  EXPECT_EQ(out[1].type, "CITY");
  // A name whose words after "in" are no place stays whole ("Society for Research in Ethics").
  const std::vector<std::string> society{"the", "Society", "for", "Research", "in", "Ethics"};
  const auto kept = PlacesInsideNames(
      society, {{1, 6, "ORGANIZATION"}}, [](const std::string&) { return false; },
      [](std::size_t, std::size_t) { return std::string("CITY"); });
  ASSERT_EQ(kept.size(), 1U);
}

TEST(FirmsByFirstWord, AFirmsNameSaidWithoutItsLegalFormIsTheFirm) {
  // "Velmora Motor Corp said ... Velmora aims to ship ...": the model typed the lone word a place.
  // "Texas Instruments Inc ... in Texas": a known place stays one.
  const std::vector<std::vector<std::string>> sentences{
      {"Velmora", "Motor", "Corp", "said", "Texas", "Instruments", "Inc", "rose"},
      {"Velmora", "aims", "to", "ship", "cars", "to", "Texas"}};
  std::vector<std::vector<EntityMention>> mentions{{{0, 3, "ORGANIZATION"}, {4, 7, "ORGANIZATION"}},
                                                   {{0, 1, "LOCATION"}, {6, 7, "LOCATION"}}};
  const auto no = [](const std::string&) { return false; };
  FirmsByFirstWord(
      sentences, mentions, [](const std::string& w) { return w == "Texas"; }, no);
  EXPECT_EQ(mentions[1][0].type, "ORGANIZATION");
  EXPECT_EQ(mentions[1][1].type, "LOCATION");
  // "Ostby Valley Gas Co ... Ostby Valley Gas will sustain ..." with the short name typed a place,
  // "Kiso Tekko said" beside "Kiso Tekko Ltd" typed a person; "Anna Ruiz and Co ... Anna Ruiz
  // said" keeps its person, whose first word is a given name.
  const std::vector<std::vector<std::string>> longer{
      {"Ostby", "Valley", "Gas", "Co", "and", "Anna", "Ruiz", "and", "Co", "Kiso", "Tekko", "Ltd"},
      {"Ostby", "Valley", "Gas", "grew", "Anna", "Ruiz", "said", "Kiso", "Tekko", "said"}};
  std::vector<std::vector<EntityMention>> found{
      {{0, 4, "ORGANIZATION"}, {5, 9, "ORGANIZATION"}, {9, 12, "ORGANIZATION"}},
      {{0, 3, "LOCATION"}, {4, 6, "PERSON"}, {7, 9, "PERSON"}}};
  FirmsByFirstWord(longer, found, no, [](const std::string& w) { return w == "Anna"; });
  EXPECT_EQ(found[1][0].type, "ORGANIZATION");
  EXPECT_EQ(found[1][1].type, "PERSON");
  EXPECT_EQ(found[1][2].type, "ORGANIZATION");
}

TEST(NoEconomicMeasures, AMeasuresAbbreviationAndItsLongFormAreNoNames) {
  // "the Gross National Product (GNP) and GDP rose, Vexar Ltd said": the model had typed the
  // measures organisations.
  const std::vector<std::string> tokens{"the", "Gross", "National", "Product", "(",
                                        "GNP", ")",     "and",      "GDP",     "rose",
                                        ",",   "Vexar", "Ltd",      "said"};
  const auto out = NoEconomicMeasures(tokens, {{1, 4, "ORGANIZATION"},
                                               {5, 6, "ORGANIZATION"},
                                               {8, 9, "ORGANIZATION"},
                                               {11, 13, "ORGANIZATION"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 11U);
}

TEST(PeoplesNames, PeoplesInsideANameIsTheNames) {
  // "the People's Courier said": the model had cut the name at the possessive and made "Courier"
  // a person.
  const std::vector<std::string> paper{"the", "People", "'s", "Courier", "said"};
  const auto out = PeoplesNames(paper, {{3, 4, "PERSON"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 1U);
  EXPECT_EQ(out[0].end, 4U);
  EXPECT_EQ(out[0].type, "ORGANIZATION");
  // "the Assembly of People's Delegates met": the organisation before it and the words after.
  const std::vector<std::string> assembly{"the", "Assembly",  "of", "People",
                                          "'s",  "Delegates", "met"};
  const auto joined = PeoplesNames(assembly, {{1, 4, "ORGANIZATION"}, {5, 6, "OTHER"}});
  ASSERT_EQ(joined.size(), 1U);
  EXPECT_EQ(joined[0].begin, 1U);
  EXPECT_EQ(joined[0].end, 6U);
  EXPECT_EQ(joined[0].type, "OTHER");
  // One name already ("the Grand People's Hall"), and a possessive of other words, stay.
  const std::vector<std::string> hall{"the", "Grand", "People", "'s", "Hall"};
  const auto whole = PeoplesNames(hall, {{1, 5, "LOCATION"}});
  ASSERT_EQ(whole.size(), 1U);
  EXPECT_EQ(whole[0].begin, 1U);
  const std::vector<std::string> bank{"Bank", "of", "Chile", "'s", "Lima", "branch"};
  const auto two = PeoplesNames(bank, {{0, 3, "ORGANIZATION"}, {4, 5, "CITY"}});
  ASSERT_EQ(two.size(), 2U);
}

TEST(PairedFirmNames, TwoFoundersNamesAreOneFirm) {
  // "the Standard and Poor's 500 pit": the model had made "Poor" a person, and the story's next
  // "he said" was his.
  const std::vector<std::string> pit{"the", "Standard", "and", "Poor", "'s", "500", "pit"};
  const auto out = PairedFirmNames(pit, {{3, 4, "PERSON"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 1U);
  EXPECT_EQ(out[0].end, 5U);
  EXPECT_EQ(out[0].type, "ORGANIZATION");
  // With "&" and the organisation the model found after it ("Dun & Bradstreet Corp").
  const std::vector<std::string> dun{"Dun", "&", "Bradstreet", "Corp", "said"};
  const auto corp = PairedFirmNames(dun, {{0, 1, "PERSON"}, {3, 4, "ORGANIZATION"}});
  ASSERT_EQ(corp.size(), 1U);
  EXPECT_EQ(corp[0].begin, 0U);
  EXPECT_EQ(corp[0].end, 4U);
  // A mention the model ran past the second name ends the firm's ("Procter and Gamble AG", the
  // Swiss subsidiary of "Procter and Gamble Co", had lost its legal form); so does a legal form.
  const std::vector<std::string> ag{"Procter", "and", "Gamble", "AG", "agreed"};
  const auto swiss = PairedFirmNames(ag, {{2, 4, "ORGANIZATION"}});
  ASSERT_EQ(swiss.size(), 1U);
  EXPECT_EQ(swiss[0].begin, 0U);
  EXPECT_EQ(swiss[0].end, 4U);
  const auto bare = PairedFirmNames(ag, {});
  ASSERT_EQ(bare.size(), 1U);
  EXPECT_EQ(bare[0].end, 4U);
  // Two people are two people ("Smith and Jones said"), and other pairs are left alone.
  const std::vector<std::string> people{"Smith", "and", "Jones", "said"};
  EXPECT_EQ(PairedFirmNames(people, {{0, 1, "PERSON"}, {2, 3, "PERSON"}}).size(), 2U);
}

TEST(NoRatingNames, ACreditGradeInARatingSentenceIsNoName) {
  const std::vector<std::string> tokens{"Moody", "'s",  "upgraded", "the", "debt", "to",   "Baa-1",
                                        "from",  "B-2", "and",      "AA-", "of",   "Texas"};
  const auto out = NoRatingNames(tokens, {{0, 1, "ORGANIZATION"},
                                          {6, 7, "LOCATION"},
                                          {8, 9, "QUANTITY"},
                                          {10, 11, "ORG"},
                                          {12, 13, "LOCATION"}});
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].type, "ORGANIZATION");
  EXPECT_EQ(out[1].begin, 12U);
  // Without a word about ratings, "B-1" is the bomber's name.
  const std::vector<std::string> bomber{"The", "B-1", "flew", "over", "Texas"};
  EXPECT_EQ(NoRatingNames(bomber, {{1, 2, "WEAPON"}}).size(), 1U);
}

TEST(OrganizationsWithTheirOf, AnOrganisationWordBeforeOfAndAPlaceStartsTheOrganisation) {
  // "Bank of Ireland said" with only "Ireland" found.
  const std::vector<std::string> tokens{"Bank", "of", "Ireland", "said", "it", "would", "act"};
  const auto out = OrganizationsWithTheirOf(tokens, {{2, 3, "COUNTRY"}});
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 0U);
  EXPECT_EQ(out[0].end, 3U);
  EXPECT_EQ(out[0].type, "ORGANIZATION");
  // "The National Bank of Egypt said": the capitalised words before it, not "The".
  const std::vector<std::string> national{"The", "National", "Bank", "of", "Egypt", "said"};
  const auto egypt = OrganizationsWithTheirOf(national, {{4, 5, "COUNTRY"}});
  ASSERT_EQ(egypt.size(), 1U);
  EXPECT_EQ(egypt[0].begin, 1U);
  EXPECT_EQ(egypt[0].end, 5U);
  // A lower-case "bank of Ireland" is no name.
  const std::vector<std::string> lower{"the", "bank", "of", "Ireland", "said"};
  EXPECT_EQ(OrganizationsWithTheirOf(lower, {{3, 4, "COUNTRY"}})[0].type, "COUNTRY");
}

TEST(NamesEndOnAWord, AConnectorAtTheEndTakesTheNameAfterItOrGoes) {
  // "said Wexler and Stone chairman Ann Lee" with "Wexler and" labelled a place.
  const std::vector<std::string> firm{"said", "Wexler", "and", "Stone", "chairman", "Ann", "Lee"};
  const auto joined = NamesEndOnAWord(firm, {{1, 3, "LOCATION"}, {4, 7, "PERSON"}});
  ASSERT_EQ(joined.size(), 2U);
  EXPECT_EQ(joined[0].end, 4U);
  // "Atkinson and Binney addressed them": two people, so "and" is dropped.
  const std::vector<std::string> people{"Atkinson", "and", "Binney", "addressed", "them"};
  const auto two = NamesEndOnAWord(people, {{0, 2, "PERSON"}});
  ASSERT_EQ(two.size(), 1U);
  EXPECT_EQ(two[0].end, 1U);
  // "the Bank of" cut before its place: "of" takes the next capitalised word.
  const std::vector<std::string> bank{"the", "Bank", "of", "Ghana", "said"};
  const auto whole = NamesEndOnAWord(bank, {{1, 3, "ORGANIZATION"}});
  ASSERT_EQ(whole.size(), 1U);
  EXPECT_EQ(whole[0].end, 4U);
}

TEST(WholeCountryNames, AnOfficialCountryNameSplitInTwoIsOneCountry) {
  const Gazetteer gazetteer;
  if (gazetteer.FindCountry("Sri Lanka") == nullptr) GTEST_SKIP() << "iso-codes not installed";
  // "to give Sri Lanka 6.5 billion rupees" labelled "Sri" one place and "Lanka 6.5" another.
  const std::vector<std::string> tokens{"to",  "give",    "Sri",    "Lanka",
                                        "6.5", "billion", "rupees", "."};
  const auto out = WholeCountryNames(tokens, {{2, 3, "LOCATION"}, {3, 5, "LOCATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 2U);
  EXPECT_EQ(out[0].end, 4U);
  EXPECT_EQ(out[0].type, "COUNTRY");
}

TEST(PersonNameParticles, ASurnameWithAnArabicArticleEndsThePerson) {
  const Gazetteer gazetteer;
  // "Minister Mana Said al-Oteiba arrived": "al-Oteiba" starts lower-case and was left out.
  const std::vector<std::string> tokens{"Minister", "Mana", "Said", "al-Oteiba", "arrived"};
  const auto out = PersonNameParticles(tokens, {{0, 3, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].end, 4U);
  // "al-" alone or before a lower-case word is no name.
  const std::vector<std::string> plain{"Ali", "Hassan", "al-based", "firms"};
  EXPECT_EQ(PersonNameParticles(plain, {{0, 2, "PERSON"}}, gazetteer)[0].end, 2U);
}

TEST(PersonNameParticles, ARunOfParticlesAndAnUnknownGivenNameJoinThePerson) {
  const Gazetteer gazetteer;
  // "chairman Cor van der Klugt told ..." labelled "Klugt" alone (the node "chairman Cor van der"
  // was judged junk): a capitalised word in no other mention before the particles is the name's.
  const std::vector<std::string> tokens{"chairman", "Cor", "van", "der", "Klugt", "told"};
  const auto out = PersonNameParticles(tokens, {{4, 5, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 1U);
  EXPECT_EQ(out[0].end, 5U);
  // "Alfredo de la Madrid": "la" after a particle is one too; the city mention it took goes.
  const std::vector<std::string> spanish{"Alfredo", "de", "la", "Madrid", "visited"};
  const auto joined = PersonNameParticles(spanish, {{0, 1, "PERSON"}, {3, 4, "CITY"}}, gazetteer);
  ASSERT_EQ(joined.size(), 1U);
  EXPECT_EQ(joined[0].end, 4U);
  EXPECT_EQ(joined[0].type, "PERSON");
  // A word inside another mention stays there: "Banco van Klugt" gives the person no given name.
  const std::vector<std::string> firm{"Banco", "van", "Klugt", "said"};
  const auto kept =
      PersonNameParticles(firm, {{0, 1, "ORGANIZATION"}, {2, 3, "PERSON"}}, gazetteer);
  ASSERT_EQ(kept.size(), 2U);
  EXPECT_EQ(kept[0].end, 1U);
  EXPECT_EQ(kept[1].begin, 2U);
}

TEST(PersonNameParticles, AParticleJoinsTheSurnameToThePerson) {
  const Gazetteer gazetteer;
  // "Minister Ronnie de Mel spoke" labelled "Minister Ronnie", and "de Mel said" labelled "Mel".
  const std::vector<std::string> full{"Minister", "Ronnie", "de", "Mel", "spoke"};
  const auto joined = PersonNameParticles(full, {{0, 2, "PERSON"}}, gazetteer);
  ASSERT_EQ(joined.size(), 1U);
  EXPECT_EQ(joined[0].end, 4U);
  const std::vector<std::string> surname{"The", "minister", "said", "de", "Mel", "left"};
  const auto started = PersonNameParticles(surname, {{4, 5, "PERSON"}}, gazetteer);
  ASSERT_EQ(started.size(), 1U);
  EXPECT_EQ(started[0].begin, 3U);
  // A firm keeps its own words: "Banco de Venezuela" is no person.
  const std::vector<std::string> firm{"Banco", "de", "Venezuela", "said"};
  const auto bank = PersonNameParticles(firm, {{0, 1, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(bank.size(), 1U);
  EXPECT_EQ(bank[0].end, 1U);
}

TEST(TitledPersons, AHouseSpeakerIsAPerson) {
  const Gazetteer gazetteer;
  // "U.S. House Speaker Anna Lindqvist said" as one organisation mention.
  const std::vector<std::string> tokens{"U.S.",      "House", "Speaker", "Anna",
                                        "Lindqvist", "said",  "."};
  const auto out = TitledPersons(tokens, {{0, 5, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 2U);
  EXPECT_EQ(out[0].end, 5U);
  EXPECT_EQ(out[0].type, "PERSON");
}

TEST(TitledPersons, AnHonorificNeedsNoGivenNameAndOtherMentionsStay) {
  const Gazetteer gazetteer;
  const std::vector<std::string> tokens{"Mrs.", "Okafor", "left", "Nigeria", "."};
  const auto out = TitledPersons(tokens, {{0, 1, "PERSON"}, {3, 4, "COUNTRY"}}, gazetteer);
  ASSERT_EQ(out.size(), 2U);
  EXPECT_EQ(out[0].begin, 0U);
  EXPECT_EQ(out[0].end, 2U);
  EXPECT_EQ(out[0].type, "PERSON");
  EXPECT_EQ(out[1].type, "COUNTRY");
}

TEST(TitledPersons, AnEarlierPersonMentionKeepsItsStart) {
  const Gazetteer gazetteer;
  const std::vector<std::string> tokens{"Prime", "Minister", "Karl", "Moe", "won", "."};
  const auto out = TitledPersons(tokens, {{0, 3, "PERSON"}, {3, 4, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 0U);
  EXPECT_EQ(out[0].end, 4U);
  EXPECT_EQ(out[0].type, "PERSON");
}

TEST(TitledPersons, NoGivenNameOrACountryAfterTheTitleChangesNothing) {
  const Gazetteer gazetteer;
  // "General" is a title, but "Dynamics" no given name; "President" before a country neither.
  const std::vector<std::string> tokens{"General", "Dynamics", "and", "President", "France", "."};
  const std::vector<EntityMention> in{{0, 2, "ORGANIZATION"}};
  const auto out = TitledPersons(tokens, in, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].begin, 0U);
  EXPECT_EQ(out[0].end, 2U);
  EXPECT_EQ(out[0].type, "ORGANIZATION");
}

}  // namespace
}  // namespace kg::nlp
