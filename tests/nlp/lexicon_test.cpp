// What kg reads from WordNet beyond nouns: verb lemmas, adjectives and verb frames.
#include "nlp/lexicon.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "nlp/entity_typer.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

TEST(Lexicon, VerbsAndAdjectivesAreKnown) {
  const auto lexicon = Lexicon::Open();
  EXPECT_EQ(lexicon->VerbLemma("led"), "lead");
  EXPECT_TRUE(lexicon->IsAdjective("existing"));
  EXPECT_FALSE(lexicon->IsAdjective("quickly"));
}

TEST(Lexicon, AVerbTakesAnObjectWhenItsFirstSenseHasATransitiveFrame) {
  const auto lexicon = Lexicon::Open();
  EXPECT_TRUE(lexicon->TakesObject("raise"));
  EXPECT_TRUE(lexicon->TakesObject("acquire"));
  EXPECT_FALSE(lexicon->TakesObject("exist"));
  EXPECT_FALSE(lexicon->TakesObject("retire"));  // first sense: go into retirement
  EXPECT_FALSE(lexicon->TakesObject("qwzx"));    // no verb at all
}

TEST(Lexicon, AnAdjectiveWordNetSpellsWithACapitalIsProper) {
  const auto lexicon = Lexicon::Open();
  EXPECT_TRUE(lexicon->IsProperAdjective("Iraqi"));
  EXPECT_TRUE(lexicon->IsProperAdjective("SCOTTISH"));  // any case in
  EXPECT_TRUE(lexicon->IsProperAdjective("Islamic"));
  EXPECT_FALSE(lexicon->IsProperAdjective("Financial"));  // "Financial results rose"
  EXPECT_FALSE(lexicon->IsProperAdjective("federal"));
  EXPECT_FALSE(lexicon->IsProperAdjective("Qwzx"));
}

TEST(Lexicon, APeopleIsAKindOfPersonAndAPersonIsAnInstance) {
  const auto lexicon = Lexicon::Open();
  const NounInfo& kurd = lexicon->Noun("Kurd");
  ASSERT_FALSE(kurd.senses.empty());
  EXPECT_TRUE(kurd.senses.front().proper);
  EXPECT_FALSE(kurd.senses.front().instance);
  const NounInfo& lincoln = lexicon->Noun("Lincoln");
  ASSERT_FALSE(lincoln.senses.empty());
  EXPECT_TRUE(lincoln.senses.front().instance);
}

TEST(EntityTyper, AStateOfAFederationOrAProvinceIsNoCountry) {
  // WordNet's {state, province} shares the word "state" with the nation: "Texas" had been a
  // COUNTRY.
  const EntityTyper typer(Lexicon::Open(), std::make_shared<const Gazetteer>());
  for (const char* province : {"Minnesota", "Texas", "Bavaria", "Queensland"})
    EXPECT_TRUE(typer.IsProvince(province)) << province;
  for (const char* other : {"France", "Japan", "Paris", "Tarsk"})
    EXPECT_FALSE(typer.IsProvince(other)) << other;
}

// The type `typer` gives a name written as `name`, with no recogniser's hint.
model::EntityType ProperType(const EntityTyper& typer, const std::string& name) {
  MentionText m;
  m.name = name;
  m.full = name;
  m.words = SplitWords(name);
  m.proper = true;
  return typer.Type(m);
}

TEST(EntityTyper, ANameWithANumberIsNoPerson) {
  // "Sterling M3", a money supply measure, had been typed a person by its given name in front.
  const EntityTyper typer(Lexicon::Open(), std::make_shared<const Gazetteer>());
  const auto type = [&](const std::string& name) { return ProperType(typer, name); };
  EXPECT_NE(type("Sterling M3"), model::EntityType::kPerson);
  EXPECT_EQ(type("Sterling Hayden"), model::EntityType::kPerson);
  // Whatever the recogniser said: "PA-28-181 Archer" tagged a person is a model.
  EXPECT_EQ(NumberedNameType(SplitWords("PA-28-181 Archer")), model::EntityType::kProduct);
  EXPECT_EQ(NumberedNameType(SplitWords("Sterling M3")), model::EntityType::kOther);
  EXPECT_EQ(NumberedNameType(SplitWords("Piper Aircraft")), std::nullopt);
}

TEST(EntityTyper, AModelDesignationIsAProduct) {
  // "the MD-11" had been typed a place and "the DC-10" a quantity.
  EXPECT_TRUE(IsModelDesignation("MD-11"));
  EXPECT_TRUE(IsModelDesignation("F-18"));
  EXPECT_TRUE(IsModelDesignation("SS-20"));
  EXPECT_FALSE(IsModelDesignation("G-7"));       // the group of nations
  EXPECT_FALSE(IsModelDesignation("I-95"));      // a road
  EXPECT_FALSE(IsModelDesignation("Baa-2"));     // a credit rating
  EXPECT_FALSE(IsModelDesignation("A-1"));       // a credit rating
  EXPECT_FALSE(IsModelDesignation("CF6-80C2"));  // a digit before the hyphen
  EXPECT_FALSE(IsModelDesignation("mid-1987"));
  // "MVME134" and "MC68020" had been typed places (sheet 1369).
  EXPECT_TRUE(IsModelDesignation("MVME134"));
  EXPECT_TRUE(IsModelDesignation("MC68020"));
  EXPECT_FALSE(IsModelDesignation("M25"));   // a road
  EXPECT_FALSE(IsModelDesignation("A320"));  // one capital: left to the recogniser
  EXPECT_FALSE(IsModelDesignation("OPEC"));
  EXPECT_FALSE(IsModelDesignation("1987"));
}

TEST(EntityTyper, ACreditRatingIsNoQuantity) {
  // "lowered the debt to A-2 from A-1" had typed the grades QUANTITY, as if amounts.
  const EntityTyper typer(Lexicon::Open(), std::make_shared<const Gazetteer>());
  const auto type = [&](const std::string& name) { return ProperType(typer, name); };
  EXPECT_EQ(type("Baa-2"), model::EntityType::kOther);
  EXPECT_EQ(type("A-1"), model::EntityType::kOther);
  EXPECT_EQ(type("BB-minus"), model::EntityType::kOther);
  EXPECT_EQ(type("300"), model::EntityType::kQuantity);
  EXPECT_TRUE(IsCreditRating("Aa-3"));
  EXPECT_TRUE(IsCreditRating("A-1-plus"));
  EXPECT_FALSE(IsCreditRating("CCC"));  // the Commodity Credit Corporation
  EXPECT_FALSE(IsCreditRating("PA-28"));
}

}  // namespace
}  // namespace kg::nlp
