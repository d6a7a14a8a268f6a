#include "extract/entities/article_types.h"

#include <gtest/gtest.h>

#include "extract/entities/name_types.h"

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
  EXPECT_EQ(NameEndType("Bank", EntityType::kPerson), std::nullopt);  // one word
  // Only a person or an untyped name is retyped: a place the recogniser found stays one.
  EXPECT_EQ(NameEndType("Marlow Street", EntityType::kOther), std::nullopt);
  EXPECT_EQ(NameEndType("Lake Union", EntityType::kLocation), std::nullopt);
}

}  // namespace
}  // namespace kg::extract
