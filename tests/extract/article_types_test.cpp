#include "extract/entities/article_types.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/entities/name_spans.h"
#include "extract/entities/name_types.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using model::EntityType;

model::Triple Edge(const std::string& s, EntityType st, const std::string& o, EntityType ot) {
  model::Triple t;
  t.subject = {s, st};
  t.predicate = "buy";
  t.object = {o, ot};
  return t;
}

EntityType TypeOf(const model::ArticleGraph& g, const std::string& name) {
  for (const model::Entity& e : g.entities)
    if (e.name == name) return e.type;
  return EntityType::kOther;
}

// Invented names, typed as the recogniser mistypes such names on wire copy.
TEST(ArticleTypes, LegalFormsCompanyWordsStatesAndPeopleAreRetyped) {
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Torvik Malt Ltd", EntityType::kPerson, {}, 1},
                {"Halden", EntityType::kPerson, {}, 2},
                {"Halden Brewing Co", EntityType::kOrganization, {}, 1},
                {"Ontario", EntityType::kCountry, {}, 1},
                {"Norway", EntityType::kCountry, {}, 1},
                {"Venezuelans", EntityType::kPerson, {}, 1},
                {"Oskar Lind", EntityType::kPerson, {}, 1},
                {"positions such as", EntityType::kOther, {}, 1}};
  g.triples = {Edge("Halden", EntityType::kPerson, "Torvik Malt Ltd", EntityType::kPerson),
               Edge("Oskar Lind", EntityType::kPerson, "Ontario", EntityType::kCountry)};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Torvik Malt Ltd"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Halden"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Ontario"), EntityType::kLocation);
  EXPECT_EQ(TypeOf(g, "Norway"), EntityType::kCountry);
  EXPECT_EQ(TypeOf(g, "Venezuelans"), EntityType::kOther);
  EXPECT_EQ(TypeOf(g, "Oskar Lind"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(g, "positions such as"), EntityType::kOther);
  // The triples' ends follow their entities.
  EXPECT_EQ(g.triples[0].subject.type, EntityType::kOrganization);
  EXPECT_EQ(g.triples[0].object.type, EntityType::kOrganization);
  EXPECT_EQ(g.triples[1].subject.type, EntityType::kPerson);
  EXPECT_EQ(g.triples[1].object.type, EntityType::kLocation);
}

TEST(ArticleTypes, AFirmsOfficeIsNoFirm) {
  // "The Chairman of Exxon Corp told reporters" had typed the office an organisation.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Chairman of Vardo Mills Ltd", EntityType::kOther, {}, 1},
                {"Bank of Vardo Ltd", EntityType::kOther, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Chairman of Vardo Mills Ltd"), EntityType::kOther);
  EXPECT_EQ(TypeOf(g, "Bank of Vardo Ltd"), EntityType::kOrganization);
}

TEST(ArticleTypes, AnUnknownPlaceThatSpeaksIsAFirmOrAPerson) {
  // "Halvorsen Little said it acquired Tarn." with the firm tagged a place; "Brandvik said ..."
  // beside "Ole Brandvik"; a known place that speaks stays one ("London said ...").
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Halvorsen Little", EntityType::kLocation, {}, 1},
                {"Brandvik", EntityType::kCity, {}, 1},
                {"Ole Brandvik", EntityType::kPerson, {}, 1},
                {"London", EntityType::kCity, {}, 1},
                {"Tarnby", EntityType::kCity, {}, 1}};
  const auto said = [](const std::string& who, EntityType type) {
    model::Triple t;
    t.subject = {who, type};
    t.predicate = "say";
    t.object = {"it grew", EntityType::kStatement};
    return t;
  };
  g.triples = {said("Halvorsen Little", EntityType::kLocation), said("Brandvik", EntityType::kCity),
               said("London", EntityType::kCity),
               Edge("Ole Brandvik", EntityType::kPerson, "Tarnby", EntityType::kCity)};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Halvorsen Little"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Brandvik"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(g, "London"), EntityType::kCity);
  EXPECT_EQ(TypeOf(g, "Tarnby"), EntityType::kCity);  // no speaker
}

TEST(ArticleTypes, ALegalFormBeforeOfAndAPlaceIsAnOrganizationButAPersonOfAFirmIsNot) {
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Torvik Malt Ltd of Bergen", EntityType::kPerson, {}, 1},
                {"Oskar Lind of Halden Brewing Co of Bergen", EntityType::kPerson, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Torvik Malt Ltd of Bergen"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Oskar Lind of Halden Brewing Co of Bergen"), EntityType::kPerson);
}

TEST(ArticleTypes, TheShortNameOfAFirmTheArticleNamesInFullIsAnOrganization) {
  // Invented firms, written as wire copy writes them: the full name once, the short one after.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.article.text =
      "Vestby Tarn Power Corp said its plant is late. Vestby Tarn had projected operation in May. "
      "Ostra Line Ltd asked its banks for time, and Ostra Line paid nothing. Oskar Lind said "
      "Lind's Malt Co would wait. Brenna Haug of Haug Partners Inc agreed.";
  g.entities = {{"Vestby Tarn", EntityType::kPerson, {}, 2},
                {"Ostra Line", EntityType::kLocation, {}, 2},
                {"Oskar Lind", EntityType::kPerson, {}, 1},
                {"Brenna Haug", EntityType::kPerson, {}, 1}};
  g.triples = {Edge("Vestby Tarn", EntityType::kPerson, "Ostra Line", EntityType::kLocation)};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Vestby Tarn"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Ostra Line"), EntityType::kOrganization);
  EXPECT_EQ(g.triples[0].subject.type, EntityType::kOrganization);
  EXPECT_EQ(g.triples[0].object.type, EntityType::kOrganization);
  // A person whose name only shares words with a firm's stays one: "Lind's Malt Co" is no
  // "Oskar Lind Co", and "Haug Partners Inc" does not start with "Brenna Haug".
  EXPECT_EQ(TypeOf(g, "Oskar Lind"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(g, "Brenna Haug"), EntityType::kPerson);
}

TEST(ArticleTypes, AUnitNamedWithItsParentsNameLastIsAnOrganization) {
  // "Avco Lycoming Textron, a subsidiary of Textron Inc, said ...": the unit had been typed a
  // person. A person named after a firm's founder stays one.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.article.text =
      "Orvik Harstad Tarvo, a unit of Tarvo Inc, won a contract. Henry Orland of Orland Corp "
      "agreed.";
  g.entities = {{"Orvik Harstad Tarvo", EntityType::kPerson, {}, 1},
                {"Henry Orland", EntityType::kPerson, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Orvik Harstad Tarvo"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Henry Orland"), EntityType::kPerson);
}

TEST(ArticleTypes, ANameShapedLikeAFirmsOrABanksIsNoPerson) {
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Vestcorp", EntityType::kPerson, {}, 1},
                {"Tarn Bancorp", EntityType::kPerson, {}, 1},
                {"Ostbanken", EntityType::kPerson, {}, 1},
                {"Fed", EntityType::kPerson, {}, 1},
                {"Oskar Banke", EntityType::kPerson, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Vestcorp"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Tarn Bancorp"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Ostbanken"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Fed"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Oskar Banke"), EntityType::kPerson);
}

TEST(ArticleTypes, APlaceBeforeAFirmsLongerNameStaysAPlace) {
  // "Norway" of "Norway Tarn Shipping Co" and "Bergen" of "Bergen Co" are places the firms are
  // named after; a country is never retyped, and a place only when the legal form follows it.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.article.text = "Norway Tarn Shipping Co said Norway would help. Ostra Vik Shipping Co grew.";
  g.entities = {{"Norway", EntityType::kCountry, {}, 1},
                {"Ostra Vik", EntityType::kLocation, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Norway"), EntityType::kCountry);
  EXPECT_EQ(TypeOf(g, "Ostra Vik"), EntityType::kLocation);
}

TEST(ArticleTypes, ANewsAgencyIsAnOrganization) {
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Reuters", EntityType::kPerson, {}, 1},
                {"Xinhua", EntityType::kOther, {}, 1},
                {"Reuben", EntityType::kPerson, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Reuters"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Xinhua"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Reuben"), EntityType::kPerson);
}

TEST(ArticleTypes, AFirmNamedInsideAnotherNodeMakesItsWordAnOrganization) {
  // "Halden" typed a person, the firm named only inside "Halden Brewing Co's decision to sell its
  // stake"; "Oskar Lind" inside "Oskar Lind's plan" is no firm.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Halden Brewing Co's decision to sell its stake", EntityType::kOther, {}, 1},
                {"Halden", EntityType::kPerson, {}, 1},
                {"Oskar Lind's plan", EntityType::kOther, {}, 1},
                {"Lind", EntityType::kPerson, {}, 1}};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(TypeOf(g, "Halden"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(g, "Lind"), EntityType::kPerson);
}

TEST(ArticleTypes, OneNameRetypedIntoAnotherJoinsIt) {
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Halden Brewing Co", EntityType::kOrganization, {"Halden Brewing"}, 2},
                {"Halden Brewing Co", EntityType::kPerson, {"Halden Co"}, 1}};
  CorrectArticleTypes(g, gazetteer);
  ASSERT_EQ(g.entities.size(), 1U);
  EXPECT_EQ(g.entities[0].mentions, 3);
  EXPECT_EQ(g.entities[0].aliases.size(), 2U);
}

TEST(ArticleTypes, KindsOfCompanyAreNamedButMakersWhoArePeopleAreNot) {
  EXPECT_TRUE(NamesAnOrganizationKind({"drug", "maker"}));
  EXPECT_TRUE(NamesAnOrganizationKind({"regional", "lender"}));
  EXPECT_TRUE(NamesAnOrganizationKind({"Firm"}));
  EXPECT_FALSE(NamesAnOrganizationKind({"key", "decision", "maker"}));
  EXPECT_FALSE(NamesAnOrganizationKind({"film", "maker"}));
  EXPECT_FALSE(NamesAnOrganizationKind({"former", "banker"}));
  EXPECT_FALSE(NamesAnOrganizationKind({}));
}

TEST(ArticleTypes, ANameEndingInAnExchangeOrAStreetIsNoPerson) {
  using model::EntityType;
  EXPECT_EQ(NameEndType("Halden Stock Exchange", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Torvik Holdings", EntityType::kOther), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Marlow Street", EntityType::kPerson), EntityType::kLocation);
  EXPECT_EQ(NameEndType("Ruth Ames", EntityType::kPerson), std::nullopt);
  // An acronym alone is no person's name ("MHI has pared costs"); a short name in capitals and
  // small letters may be ("Ames").
  EXPECT_EQ(NameEndType("TVK", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Gazette", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("White House", EntityType::kLocation), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Kremlin", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Ames", EntityType::kPerson), std::nullopt);
  // A trade a firm is named by ("Kaiser Cement", "Morgan Guaranty"); not a surname that is a
  // material ("David Steel").
  EXPECT_EQ(NameEndType("Halden Cement", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Marlow Guaranty", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Davin Steel", EntityType::kPerson), std::nullopt);
  // "Hokuriku Electric Industry" had been a place.
  EXPECT_EQ(NameEndType("Halden Electric Industry", EntityType::kLocation),
            EntityType::kOrganization);
  // "International", "Capital Markets", "Energy" and a legal form end firms' names; "Bank" or a
  // legal form inside a name called a person's makes it a firm's.
  EXPECT_EQ(NameEndType("Halden International", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Marlow Capital Markets", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Davin Energy", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Torvik N.V.", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Al Bank Al Halden", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Ruth Bankes Ames", EntityType::kPerson), std::nullopt);
  EXPECT_EQ(NameEndType("Central Bank President Ola Berg", EntityType::kPerson), std::nullopt);
  EXPECT_EQ(NameEndType("Halden News Agency HNA", EntityType::kLocation),
            EntityType::kOrganization);
  // Firms known by their founders' names; a surname as often a person's stays.
  EXPECT_EQ(NameEndType("Merrill Lynch", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Cargill", EntityType::kOther), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Goldman", EntityType::kPerson), std::nullopt);
  // A continent or world region is a place, whatever the recogniser said.
  EXPECT_EQ(NameEndType("Europe", EntityType::kCity), EntityType::kLocation);
  EXPECT_EQ(NameEndType("Latin America", EntityType::kOther), EntityType::kLocation);
  EXPECT_EQ(NameEndType("Europe", EntityType::kLocation), std::nullopt);
  EXPECT_EQ(NameEndType("Bank", EntityType::kPerson), std::nullopt);  // one word
  EXPECT_EQ(NameEndType("Halden Foundation", EntityType::kLocation), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Marlow Sea", EntityType::kOrganization), EntityType::kLocation);
  // The word of water or land first ("Strait of Hormuz" was an organisation), not in a firm's
  // name; a firm named for its mines or as a venture ("Gaspe Mines", "Greens Creek Joint
  // Venture" had been a place).
  EXPECT_EQ(NameEndType("Strait of Halden", EntityType::kOrganization), EntityType::kLocation);
  EXPECT_EQ(NameEndType("Gulf of Halden Fishing Co", EntityType::kOrganization), std::nullopt);
  EXPECT_EQ(NameEndType("Halden Mines", EntityType::kLocation), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Marlow Creek Joint Venture", EntityType::kLocation),
            EntityType::kOrganization);
  // A street untyped or a place stays as the recogniser has it; so does a country.
  EXPECT_EQ(NameEndType("Marlow Street", EntityType::kOther), std::nullopt);
  EXPECT_EQ(NameEndType("Lake Union", EntityType::kLocation), std::nullopt);
  EXPECT_EQ(NameEndType("Soviet Union", EntityType::kCountry), std::nullopt);
  // A name that begins with an acronym is a firm's, unless a title names a person in it.
  EXPECT_EQ(NameEndType("TVK Skypak", EntityType::kOther), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("TVK chairman Ola Berg", EntityType::kOther), std::nullopt);
  EXPECT_EQ(NameEndType("J.P. Marlow", EntityType::kOther), std::nullopt);
  EXPECT_EQ(NameEndType("TVK Berg", EntityType::kPerson), std::nullopt);
  // A one-word name built on "bank" is a bank; a short surname is not.
  EXPECT_EQ(NameEndType("Haldenbank", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Eubank", EntityType::kPerson), std::nullopt);
  // "The Treasury said it will sell 13.2 billion dlrs of bills" had the Treasury a person in
  // twelve triples of the 1,000 stories; a body named by one word of organisations is a body.
  EXPECT_EQ(NameEndType("Treasury", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Parliament", EntityType::kOther), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Treasury", EntityType::kLocation), std::nullopt);
}

TEST(ArticleTypes, ForeignBanksAndMarketIndexesAreNoPeople) {
  // Session 22's sheets marked "Banque Indosuez" and "Citibank NA" people; the 1,000 stories had
  // "Banco Santander", "Skandinaviska Enskilda Banken" and "Dow Jones Industrial Average" too.
  EXPECT_EQ(NameEndType("Banque Halden", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Banco Torvik", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Haldenbank NA", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Halden Enskilda Banken", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Halden Industrial Average", EntityType::kPerson), EntityType::kOther);
  // "Credit Lyonnais" typed a place, "Caisse Nationale" a person: a Romance word of firms first.
  EXPECT_EQ(NameEndType("Credit Haldenais", EntityType::kLocation), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("Caisse Torvikoise", EntityType::kPerson), EntityType::kOrganization);
  EXPECT_EQ(NameEndType("credit Haldenais", EntityType::kOther), std::nullopt);
  // A person keeps a name that only sounds like one ("Banco" is no first name).
  EXPECT_EQ(NameEndType("Ruth Bancroft", EntityType::kPerson), std::nullopt);
}

TEST(ArticleTypes, ThePluralOfAKindOfPersonNamesPeopleNotAPerson) {
  // "Aides said ...", "Conservatives won ...": one capitalised word that is the plural of a kind
  // of person had been a PERSON node; a surname ending in "s" stays a person.
  const nlp::Gazetteer gazetteer;
  model::ArticleGraph g;
  g.entities = {{"Aides", EntityType::kPerson, {}, 1},
                {"Conservatives", EntityType::kPerson, {}, 1},
                {"Andrews", EntityType::kPerson, {}, 1},
                {"Halden Brewing Co", EntityType::kOrganization, {}, 1}};
  g.triples = {Edge("Aides", EntityType::kPerson, "Halden Brewing Co", EntityType::kOrganization),
               Edge("Conservatives", EntityType::kPerson, "Andrews", EntityType::kPerson)};
  CorrectArticleTypes(g, gazetteer);
  EXPECT_EQ(g.triples[0].subject.type, EntityType::kOther);
  EXPECT_EQ(g.triples[1].subject.type, EntityType::kOther);
  EXPECT_EQ(g.triples[1].object.type, EntityType::kPerson);
}

std::vector<std::string> Tags(const nlp::AnalyzedSentence& s) {
  std::vector<std::string> out;
  for (const nlp::Token& t : s.tokens) out.push_back(t.entity);
  return out;
}

TEST(NameSpans, ANameInAppositionToAnOrganizationIsItsOtherName) {
  const nlp::Gazetteer gazetteer;
  // "The Harbour Loan Association, Sallie Brook, sold notes." with the short name read as a
  // woman's.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 4 det
Harbour Harbour PROPN NNP 4 compound B-ORGANIZATION
Loan Loan PROPN NNP 4 compound I-ORGANIZATION
Association Association PROPN NNP 10 nsubj I-ORGANIZATION
, , PUNCT , 6 punct
Sallie Sallie PROPN NNP 4 appos B-PERSON
Brook Brook PROPN NNP 6 flat I-PERSON
, , PUNCT , 6 punct
sold sell VERB VBD 0 root
notes note NOUN NNS 9 obj
. . PUNCT . 9 punct)")};
  RepairNameSpans(sentences, gazetteer);
  const auto tags = Tags(sentences[0]);
  EXPECT_EQ(tags[5], "B-ORGANIZATION");
  EXPECT_EQ(tags[6], "I-ORGANIZATION");
}

TEST(NameSpans, AFirstWordTaggedAProperNounJoinsTheNameAfterIt) {
  const nlp::Gazetteer gazetteer;
  // "Atlantic Halden, aware of the rumors, issued a statement." with "Atlantic" tagged ADJ but
  // NNP and only "Halden" tagged: the node had been "Halden".
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Atlantic Atlantic ADJ NNP 2 amod
Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
issued issue VERB VBD 0 root
. . PUNCT . 3 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
}

TEST(NameSpans, GeneralBeforeACommonWordIsAFirmsNameNotARank) {
  const nlp::Gazetteer gazetteer;
  // "General Motors hopes to sell cars." and "General Patton led the army." both tagged people.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(General General PROPN NNP 2 compound B-PERSON
Motors Motors PROPN NNPS 3 nsubj I-PERSON
hopes hope VERB VBZ 0 root
. . PUNCT . 3 punct)"),
      testing::Sentence(R"(General General PROPN NNP 2 compound B-PERSON
Patton Patton PROPN NNP 3 nsubj I-PERSON
led lead VERB VBD 0 root
. . PUNCT . 3 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]), (std::vector<std::string>{"B-PERSON", "I-PERSON", "O", "O"}));
}

TEST(NameSpans, CapitalisedWordsHungInsideANameJoinItAndTwoCountriesSplit) {
  const nlp::Gazetteer gazetteer;
  // "The Marlow Investment Bank backed Norway and Denmark." with only "Bank" tagged.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 4 det
Marlow Marlow PROPN NNP 4 compound
Investment investment NOUN NN 4 compound
Bank Bank NOUN NN 5 nsubj B-PERSON
backed back VERB VBD 0 root
Norway Norway PROPN NNP 5 obj B-ORGANIZATION
and and CCONJ CC 8 cc I-ORGANIZATION
Denmark Denmark PROPN NNP 6 conj I-ORGANIZATION
. . PUNCT . 5 punct)")};
  RepairNameSpans(sentences, gazetteer);
  // (A name that ends in "Bank" is an organisation's, whatever the recogniser typed it.)
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "O", "B-COUNTRY", "O", "B-COUNTRY", "O"}));
  // A title stays outside a person's name; a firm named with "and" stays whole.
  std::vector<nlp::AnalyzedSentence> more{
      testing::Sentence(R"(Chancellor Chancellor PROPN NNP 2 compound
Brandt Brandt PROPN NNP 3 nsubj B-PERSON
praised praise VERB VBD 0 root
Marks Marks PROPN NNP 3 obj B-ORGANIZATION
and and CCONJ CC 6 cc I-ORGANIZATION
Spencer Spencer PROPN NNP 4 conj I-ORGANIZATION
. . PUNCT . 3 punct)")};
  RepairNameSpans(more, gazetteer);
  EXPECT_EQ(Tags(more[0]), (std::vector<std::string>{"O", "B-PERSON", "O", "B-ORGANIZATION",
                                                     "I-ORGANIZATION", "I-ORGANIZATION", "O"}));
}

TEST(NameSpans, AHyphenatedModifierIsNoPartOfTheName) {
  const nlp::Gazetteer gazetteer;
  // "The Oslo-based Norvik Fund backed it." with "Oslo-based" hung inside the firm's name.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 4 det
Oslo-based Oslo-based ADJ JJ 4 amod
Norvik Norvik PROPN NNP 4 compound B-ORGANIZATION
Fund Fund PROPN NNP 5 nsubj I-ORGANIZATION
backed back VERB VBD 0 root
it it PRON PRP 5 obj
. . PUNCT . 5 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]), (std::vector<std::string>{"O", "O", "B-ORGANIZATION",
                                                          "I-ORGANIZATION", "O", "O", "O"}));
}

TEST(NameSpans, CapitalisedWordsBeforeACommissionAreItsFront) {
  const nlp::Gazetteer gazetteer;
  // "Varn filed with the Fisheries and Oceans Commission." with only "Commission" tagged and
  // the parse making "Fisheries" and "Oceans" a list; an earlier firm's legal form stops it.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Varn Varn PROPN NNP 2 nsubj
filed file VERB VBD 0 root
with with ADP IN 5 case
the the DET DT 5 det
Fisheries Fisheries PROPN NNPS 2 obl
and and CCONJ CC 7 cc
Oceans Oceans PROPN NNPS 5 conj
Commission Commission PROPN NNP 7 flat B-ORGANIZATION
. . PUNCT . 2 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O"}));
}

TEST(NameSpans, APossessiveBeforeACommissionsFrontIsNoPartOfIt) {
  const nlp::Gazetteer gazetteer;
  // "the government's Fisheries and Oceans Commission" with only "Commission" tagged.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(the the DET DT 2 det
government government NOUN NN 7 nmod:poss
's 's PART POS 2 case
Fisheries Fisheries PROPN NNPS 7 compound
and and CCONJ CC 6 cc
Oceans Oceans PROPN NNPS 4 conj
Commission Commission PROPN NNP 8 nsubj B-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 8 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
}

TEST(NameSpans, AnUntaggedWordOfOrganisationsEndsTheNamesBeforeIt) {
  const nlp::Gazetteer gazetteer;
  // "Varn told the Fisheries and Oceans Commission." with nothing tagged and the parse making
  // "Fisheries" and "Commission" two indirect objects.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Varn Varn PROPN NNP 2 nsubj
told tell VERB VBD 0 root
the the DET DT 4 det
Fisheries Fisheries PROPN NNPS 2 iobj
and and CCONJ CC 7 cc
Oceans Oceans PROPN NNPS 7 compound
Commission Commission PROPN NNP 2 iobj
. . PUNCT . 2 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O"}));
}

TEST(NameSpans, ATitleInsideAnOrganisationsSpanStartsAPerson) {
  const nlp::Gazetteer gazetteer;
  // "Canal Board Administrator Ola Berg said." with "Canal Board Administrator Ola" tagged one
  // organisation and "Berg" untagged; "General Electric" stays a firm.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Canal Canal PROPN NNP 2 compound B-ORGANIZATION
Board Board PROPN NNP 6 nsubj I-ORGANIZATION
Administrator Administrator PROPN NNP 2 flat I-ORGANIZATION
Ola Ola PROPN NNP 2 flat I-ORGANIZATION
Berg Berg PROPN NNP 2 flat
said say VERB VBD 0 root
. . PUNCT . 6 punct)"),
      testing::Sentence(R"(Shares share NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
at at ADP IN 5 case
General General PROPN NNP 5 compound B-ORGANIZATION
Electric Electric PROPN NNP 2 obl I-ORGANIZATION
. . PUNCT . 2 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]), (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "O",
                                                          "B-PERSON", "I-PERSON", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]),
            (std::vector<std::string>{"O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "O"}));
}

TEST(NameSpans, ACountryAndAnotherPlaceAreTwoSpans) {
  const nlp::Gazetteer gazetteer;
  // "It sells in Europe and Australia." tagged one country.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(It it PRON PRP 2 nsubj
sells sell VERB VBZ 0 root
in in ADP IN 4 case
Europe Europe PROPN NNP 2 obl B-COUNTRY
and and CCONJ CC 6 cc I-COUNTRY
Australia Australia PROPN NNP 4 conj I-COUNTRY
. . PUNCT . 2 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "B-LOCATION", "O", "B-COUNTRY", "O"}));
}

TEST(NameSpans, ARomanceFirmsNameRunsOverItsParticles) {
  const nlp::Gazetteer gazetteer;
  // "Banque Rurale du Nord said." with only "Banque" tagged and "Nord" a place.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Banque Banque PROPN NNP 5 nsubj B-ORGANIZATION
Rurale Rurale PROPN NNP 1 flat
du du PROPN NNP 1 flat
Nord Nord PROPN NNP 1 flat B-LOCATION
said say VERB VBD 0 root
. . PUNCT . 5 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "O", "O"}));
}

TEST(NameSpans, AFirmsFrontWordParsedAsASubjectOfItsOwnJoinsTheFirm) {
  const nlp::Gazetteer gazetteer;
  // "Marlow Grain Inc said profits rose." with "Marlow" a second subject of "said".
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Marlow Marlow PROPN NNP 4 nsubj
Grain Grain PROPN NNP 3 compound B-ORGANIZATION
Inc Inc PROPN NNP 4 nsubj I-ORGANIZATION
said say VERB VBD 0 root
profits profit NOUN NNS 6 nsubj
rose rise VERB VBD 4 ccomp
. . PUNCT . 4 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]), (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION",
                                                          "I-ORGANIZATION", "O", "O", "O", "O"}));
}

TEST(NameSpans, ASentencesFirstWordInsideAFirmsNameIsPartOfIt) {
  const nlp::Gazetteer gazetteer;
  // "Coastal Grain Inc said profits rose." with "Coastal" tagged an adjective and left out of
  // the name, and "Strong sales lifted Marlow Corp." where the first word is no part of a name.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(Coastal coastal ADJ JJ 3 amod
Grain Grain PROPN NNP 3 compound B-ORGANIZATION
Inc Inc PROPN NNP 4 nsubj I-ORGANIZATION
said say VERB VBD 0 root
profits profit NOUN NNS 6 nsubj
rose rise VERB VBD 4 ccomp
. . PUNCT . 4 punct)"),
                                               testing::Sentence(R"(Strong strong ADJ JJ 2 amod
sales sale NOUN NNS 3 nsubj
lifted lift VERB VBD 0 root
Marlow Marlow PROPN NNP 5 compound B-ORGANIZATION
Corp Corp PROPN NNP 3 obj I-ORGANIZATION
. . PUNCT . 3 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]), (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION",
                                                          "I-ORGANIZATION", "O", "O", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]),
            (std::vector<std::string>{"O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "O"}));
}

TEST(NameSpans, AnOrganisationRunsOnOverForAndAPossessiveFrontJoinsIt) {
  const nlp::Gazetteer gazetteer;
  // "The Grain Commission for West Africa met." with "West Africa" tagged a place, and
  // "Lund's Seed Traders Inc rose." with nothing tagged.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 3 det
Grain Grain PROPN NNP 3 compound B-ORGANIZATION
Commission Commission PROPN NNP 7 nsubj I-ORGANIZATION
for for ADP IN 6 case
West West PROPN NNP 6 compound B-LOCATION
Africa Africa PROPN NNP 3 nmod I-LOCATION
met meet VERB VBD 0 root
. . PUNCT . 7 punct)"),
                                               testing::Sentence(R"(Lund Lund PROPN NNP 5 nmod:poss
's 's PART POS 1 case
Seed Seed PROPN NNP 5 compound
Traders Traders PROPN NNPS 5 compound
Inc Inc PROPN NNP 6 nsubj
rose rise VERB VBD 0 root
. . PUNCT . 6 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
}

TEST(NameSpans, APossessiveNameOfAPlaceIsOneFirm) {
  const nlp::Gazetteer gazetteer;
  // "Marlow's of Oslo insured it." with "Marlow" tagged a person, and "Ines's car" untouched.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Marlow Marlow PROPN NNP 5 nsubj B-PERSON
's 's PART POS 1 case
of of ADP IN 4 case
Oslo Oslo PROPN NNP 1 nmod B-CITY
insured insure VERB VBD 0 root
it it PRON PRP 5 obj
. . PUNCT . 5 punct)"),
      testing::Sentence(R"(Ines Ines PROPN NNP 3 nmod:poss B-PERSON
's 's PART POS 1 case
car car NOUN NN 4 nsubj
stalled stall VERB VBD 0 root
. . PUNCT . 4 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "O", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]), (std::vector<std::string>{"B-PERSON", "O", "O", "O", "O"}));
}

TEST(NameSpans, ATitleAbbreviationTaggedAPersonOfItsOwnIsTheNextPersonsFront) {
  const nlp::Gazetteer gazetteer;
  // "It was backed by Lt. Gen. Ola Berg." tagged "Lt." one person and "Gen. Ola Berg" another.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(It it PRON PRP 3 nsubj:pass
was be AUX VBD 3 aux:pass
backed back VERB VBN 0 root
by by ADP IN 5 case
Lt. Lt. PROPN NNP 3 obl:agent B-PERSON
Gen. Gen. PROPN NNP 5 flat B-PERSON
Ola Ola PROPN NNP 5 flat I-PERSON
Berg Berg PROPN NNP 7 flat I-PERSON
. . PUNCT . 3 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON",
                                      "I-PERSON", "O"}));
}

TEST(NameSpans, AFoundersPossessiveBeforeAFirmsNameIsPartOfIt) {
  const nlp::Gazetteer gazetteer;
  // "Lindqvist's Garden Tools Inc said ..." tagged "Lindqvist" a person and the rest OTHER; and
  // "Halden Corp's Halden Motors Corp said ...": a parent's possessive before its unit stays out.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Lindqvist Lindqvist PROPN NNP 5 nmod:poss B-PERSON
's 's PART POS 1 case
Garden Garden PROPN NNP 5 compound B-OTHER
Tools Tools PROPN NNPS 5 compound I-OTHER
Inc Inc PROPN NNP 6 nsubj I-OTHER
said say VERB VBD 0 root
. . PUNCT . 6 punct)"),
      testing::Sentence(R"(Halden Halden PROPN NNP 2 compound B-ORGANIZATION
Corp Corp PROPN NNP 6 nmod:poss I-ORGANIZATION
's 's PART POS 2 case
Halden Halden PROPN NNP 6 compound B-OTHER
Motors Motors PROPN NNPS 6 compound I-OTHER
Corp Corp PROPN NNP 7 nsubj I-OTHER
said say VERB VBD 0 root
. . PUNCT . 7 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1])[3], "B-OTHER");
}

TEST(NameSpans, TheWordAfterATitleAndOfIsTheTitlesNotThePersonsFirstName) {
  const nlp::Gazetteer gazetteer;
  // "Secretary of State Anna Lindqvist said." tagged "State Anna Lindqvist" a person.
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Secretary Secretary PROPN NNP 6 nsubj
of of ADP IN 3 case
State State PROPN NNP 1 nmod B-PERSON
Anna Anna PROPN NNP 1 appos I-PERSON
Lindqvist Lindqvist PROPN NNP 4 flat I-PERSON
said say VERB VBD 0 root
. . PUNCT . 6 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"}));
}

TEST(NameSpans, AnOrganisationsAndPartAndAPersonsFlatWordsJoinTheirNames) {
  const nlp::Gazetteer gazetteer;
  // "The Ministry of Fisheries and Forestry agreed." tagged up to "Fisheries"; "K. L. Varma
  // spoke." with "K." a person, "L." nothing and "Varma" a people; "The Bank of Norway and
  // Halden Bank agreed.": a second name after "and" stays apart.
  std::vector<nlp::AnalyzedSentence> sentences{testing::Sentence(R"(The the DET DT 2 det
Ministry Ministry PROPN NNP 7 nsubj B-ORGANIZATION
of of ADP IN 4 case I-ORGANIZATION
Fisheries Fisheries PROPN NNPS 2 nmod I-ORGANIZATION
and and CCONJ CC 6 cc
Forestry Forestry PROPN NNP 4 conj
agreed agree VERB VBD 0 root
. . PUNCT . 7 punct)"),
                                               testing::Sentence(R"(K. K. PROPN NNP 4 nsubj B-PERSON
L. L. PROPN NNP 1 flat
Varma Varma PROPN NNP 1 flat B-NORP
spoke speak VERB VBD 0 root
. . PUNCT . 4 punct)"),
                                               testing::Sentence(R"(The the DET DT 2 det
Bank Bank PROPN NNP 8 nsubj B-ORGANIZATION
of of ADP IN 4 case I-ORGANIZATION
Norway Norway PROPN NNP 2 nmod I-ORGANIZATION
and and CCONJ CC 6 cc
Halden Halden PROPN NNP 7 compound B-ORGANIZATION
Bank Bank PROPN NNP 2 conj I-ORGANIZATION
agreed agree VERB VBD 0 root
. . PUNCT . 8 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]),
            (std::vector<std::string>{"B-PERSON", "I-PERSON", "I-PERSON", "O", "O"}));
  EXPECT_EQ(Tags(sentences[2]),
            (std::vector<std::string>{"O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "O", "B-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
}

TEST(NameSpans, AFirmsNameInThePossessiveKeepsItsFrontAndOwnsNothing) {
  const nlp::Gazetteer gazetteer;
  // "Fisher and Lowe's Corp said ..." with "Lowe" an adjective and only "Corp" tagged, and
  // "Halvard's said ..." with "'s" read as "has".
  std::vector<nlp::AnalyzedSentence> sentences{
      testing::Sentence(R"(Fisher Fisher PROPN NNP 6 nmod:poss
and and CCONJ CC 3 cc
Lowe Lowe ADJ JJ 1 conj B-PERSON
's 's PART POS 1 case
Corp Corp PROPN NNP 6 nsubj B-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 6 punct)"),
      testing::Sentence(R"(Halvard Halvard PROPN NNP 3 nsubj B-PERSON
's 's AUX VBZ 3 aux
said say VERB VBN 0 root
it it PRON PRP 5 nsubj
rose rise VERB VBD 3 ccomp
. . PUNCT . 3 punct)")};
  RepairNameSpans(sentences, gazetteer);
  EXPECT_EQ(Tags(sentences[0]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
                                      "I-ORGANIZATION", "I-ORGANIZATION", "O", "O"}));
  EXPECT_EQ(Tags(sentences[1]),
            (std::vector<std::string>{"B-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O", "O"}));
}

}  // namespace
}  // namespace kg::extract
