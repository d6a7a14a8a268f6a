// Firm names written as partners' surnames or with a lower-case legal form, on invented sentences.
#include "nlp/firm_names.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/spaced_words.h"

namespace kg::nlp {
namespace {

using testing::Words;

void ExpectOrganization(const EntityMention& m, std::size_t begin, std::size_t end) {
  EXPECT_EQ(m.begin, begin);
  EXPECT_EQ(m.end, end);
  EXPECT_EQ(m.type, "ORGANIZATION");
}

TEST(JoinFirmNames, PartnersWithABracketedAcronymAreOneOrganization) {
  const Gazetteer gazetteer;
  // The recogniser's guess: four people.
  const auto tokens = Words("Orbis hired Pell , Dorrance , Kimber and Thwaite ( PDKT ) today .");
  const auto out = JoinFirmNames(tokens,
                                 {{0, 1, "ORGANIZATION"},
                                  {2, 3, "PERSON"},
                                  {4, 5, "PERSON"},
                                  {6, 7, "PERSON"},
                                  {8, 9, "PERSON"},
                                  {10, 11, "ORGANIZATION"}},
                                 gazetteer);
  ASSERT_EQ(out.size(), 3U);
  ExpectOrganization(out[1], 2, 9);
  EXPECT_EQ(out[2].begin, 10U);
}

TEST(JoinFirmNames, AnAmpersandJoinsPartnersAndALegalFormAfterThemJoinsToo) {
  const Gazetteer gazetteer;
  const auto tokens = Words("Ravel , Quist , Mabry & Tolle LLP advised the bank .");
  const auto out = JoinFirmNames(tokens, {{0, 1, "PERSON"}, {2, 3, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  ExpectOrganization(out[0], 0, 8);
}

TEST(JoinFirmNames, APartnershipsBrothersClosesTheNameAsALegalFormDoes) {
  const Gazetteer gazetteer;
  // "analyst at Shearson Lehman Brothers": the recogniser had a place and a people.
  const auto tokens = Words("said Ola Brun , analyst at Varnholt Kessel Brothers .");
  const auto out =
      JoinFirmNames(tokens, {{1, 3, "PERSON"}, {6, 7, "LOCATION"}, {7, 9, "NORP"}}, gazetteer);
  ASSERT_EQ(out.size(), 2U);
  ExpectOrganization(out[1], 6, 9);
}

TEST(JoinFirmNames, AListOfPeopleOrOfCountriesStaysAList) {
  const Gazetteer gazetteer;
  const auto people = Words("Hale , Ortiz and Brun signed the letter .");
  const std::vector<EntityMention> three{{0, 1, "PERSON"}, {2, 3, "PERSON"}, {4, 5, "PERSON"}};
  EXPECT_EQ(JoinFirmNames(people, three, gazetteer).size(), 3U);
  const auto places = Words("Norway , Peru & Kenya signed the letter .");
  const std::vector<EntityMention> countries{
      {0, 1, "COUNTRY"}, {2, 3, "COUNTRY"}, {4, 5, "COUNTRY"}};
  EXPECT_EQ(JoinFirmNames(places, countries, gazetteer).size(), 3U);
}

TEST(JoinFirmNames, ALowerCaseLegalFormMakesTheNameBeforeItOneOrganization) {
  const Gazetteer gazetteer;
  const auto tokens = Words("Shares of Marden Aerospace corp rose , The Velko inc said .");
  const auto out = JoinFirmNames(tokens, {{2, 3, "ORGANIZATION"}, {3, 4, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 2U);
  ExpectOrganization(out[0], 2, 5);
  ExpectOrganization(out[1], 8, 10);  // "The" stays out
}

TEST(JoinFirmNames, AFirmWordBeforePartnersMakesThemOneFirmButPeopleWordsDoNot) {
  const Gazetteer gazetteer;
  const auto firm = Words("auditors Pell Dorrance and Thwaite signed the accounts .");
  const auto joined = JoinFirmNames(firm, {{1, 3, "PERSON"}, {4, 5, "PERSON"}}, gazetteer);
  ASSERT_EQ(joined.size(), 1U);
  ExpectOrganization(joined[0], 1, 5);
  const auto people = Words("lawyers Pell and Thwaite signed the accounts .");
  const auto kept = JoinFirmNames(people, {{1, 2, "PERSON"}, {3, 4, "PERSON"}}, gazetteer);
  ASSERT_EQ(kept.size(), 2U);
  EXPECT_EQ(kept[0].type, "PERSON");
}

TEST(JoinFirmNames, ANationalityOpeningAPartnersNameBeforeALegalFormIsTheFirmsFirstWord) {
  const Gazetteer gazetteer;
  // "American Telephone and Telegraph Co" had been two nodes, "American Telephone" and
  // "Telegraph Co".
  const auto tokens = Words("Canadian Pulp and Paper Co said it cut 200 jobs .");
  const auto out = JoinFirmNames(tokens, {{0, 1, "NORP"}, {3, 5, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  ExpectOrganization(out[0], 0, 5);
  // A nationality alone is a people, not a partner: "Canadian and Orvik Co" stays apart.
  const auto alone = Words("Canadian and Orvik Co bids were rejected .");
  EXPECT_EQ(JoinFirmNames(alone, {{0, 1, "NORP"}, {2, 4, "ORGANIZATION"}}, gazetteer).size(), 2U);
}

TEST(JoinFirmNames, APartnersNameTakesNoOpeningTheAndEveryLegalFormAfterIt) {
  const Gazetteer gazetteer;
  // "The Hongkong and Shanghai Banking Corp" had been a node beside "Hongkong and Shanghai
  // Banking Corp"; "Saatchi and Saatchi Co Plc" had lost its "Plc".
  const auto tokens = Words("The Orvik Trust and Banking Co Ltd approved the merger .");
  const auto out = JoinFirmNames(tokens, {}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  ExpectOrganization(out[0], 1, 7);
}

}  // namespace
TEST(JoinFirmNames, PartnersEndingInCoOrSonsAreOneOrganization) {
  const Gazetteer gazetteer;
  // The recogniser's guess: a person and a stray "Co".
  const auto tokens = Words("Brenner Voss and Co advised Ilford Pell & Sons .");
  const auto out = JoinFirmNames(tokens, {{0, 2, "PERSON"}, {3, 4, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 2U);
  ExpectOrganization(out[0], 0, 4);
  ExpectOrganization(out[1], 5, 9);
}

TEST(JoinFirmNames, TwoWordsJoinedInsideABodysNameAreOneBody) {
  const Gazetteer gazetteer;
  // "Freedom Savings and Loan Association said", found as nothing: the node had been
  // "Association", a person, and "Loan".
  const auto tokens = Words("Orvik Savings and Loan Association said it would merge .");
  const auto out = JoinFirmNames(tokens, {{4, 5, "PERSON"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  ExpectOrganization(out[0], 0, 5);
  // Up to the body's word: "Ways and Means Committee Chairman Dan Rostenkowski".
  const auto chair = Words("the Tax and Means Committee Chairman Dan Orvik said");
  const auto chaired = JoinFirmNames(chair, {{5, 8, "PERSON"}}, gazetteer);
  ASSERT_EQ(chaired.size(), 2U);
  ExpectOrganization(chaired[0], 1, 5);
  // Two banks stay two.
  const auto banks = Words("Orvik Bank and Tallin Bank lent it money .");
  const auto two =
      JoinFirmNames(banks, {{0, 2, "ORGANIZATION"}, {3, 5, "ORGANIZATION"}}, gazetteer);
  EXPECT_EQ(two.size(), 2U);
}

TEST(JoinFirmNames, AWordOfWhereAFirmIsBasedOpensNoName) {
  const Gazetteer gazetteer;
  // "The New York-based Bastian Technologies Corp said": the node had been the whole run, a
  // second node beside "Bastian Technologies Corp" of the next sentence.
  const auto tokens = Words("The New York-based Orvik Tools Corp said it grew .");
  const auto out = JoinFirmNames(tokens, {{1, 6, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 1U);
  ExpectOrganization(out[0], 3, 6);
}

TEST(JoinFirmNames, TwoFirmsWithLegalFormsJoinedByAndStayTwo) {
  const Gazetteer gazetteer;
  const auto tokens = Words("Harlow Corp and Trevan Natural Gas Corp settled the suits .");
  // Found as one mention by the recogniser, or as two.
  const auto split = JoinFirmNames(tokens, {{0, 7, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(split.size(), 2U);
  ExpectOrganization(split[0], 0, 2);
  ExpectOrganization(split[1], 3, 7);
  const auto kept =
      JoinFirmNames(tokens, {{0, 2, "ORGANIZATION"}, {3, 7, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(kept.size(), 2U);
  ExpectOrganization(kept[1], 3, 7);
}

TEST(JoinFirmNames, AsianAndAustralianLegalFormsEndFirmsWithTheFormsAfterThem) {
  // "Esso Production Malaysia Sdn Bhd" had been cut to "... Sdn" and "Syarikat Telekom Malaysia
  // Bhd" to "Bhd"; "Delhi Petroleum Pty Ltd" to "Delhi Petroleum Pty".
  const Gazetteer gazetteer;
  for (const char* form : {"Pty", "Pte", "Sdn", "Bhd", "Berhad", "Oy", "KGaA"})
    EXPECT_TRUE(IsLegalForm(form)) << form;
  const auto tokens = Words("The deal went to Karsa Mining Malaysia Sdn Bhd and Tellan Pty Ltd .");
  const auto out = JoinFirmNames(tokens, {{7, 8, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(out.size(), 2U);
  ExpectOrganization(out[0], 4, 9);
  ExpectOrganization(out[1], 10, 13);
}

TEST(JoinFirmNames, ContinentalLegalFormsEndFirmsToo) {
  const Gazetteer gazetteer;
  EXPECT_TRUE(IsLegalForm("AG"));
  EXPECT_TRUE(IsLegalForm("N.V."));
  EXPECT_TRUE(IsLegalForm("GmbH"));
  EXPECT_FALSE(IsLegalForm("as"));  // a word, never taken for Norway's A/S
  const auto tokens = Words("Halvik Bank Zurich AG and Trevan Cantrade Ltd placed the notes .");
  const auto split = JoinFirmNames(tokens, {{0, 8, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(split.size(), 2U);
  ExpectOrganization(split[0], 0, 4);
  ExpectOrganization(split[1], 5, 8);
  // A partnership's form with its full stops: "Cypress Partners L.P and ..." (the two firms had
  // been one node).
  EXPECT_TRUE(IsLegalForm("L.P"));
  EXPECT_TRUE(IsLegalForm("L.P."));
  const auto partners = Words("Corvel Partners L.P and Drift Ltd sold the shares .");
  const auto pair = JoinFirmNames(partners, {{0, 6, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(pair.size(), 2U);
  ExpectOrganization(pair[0], 0, 3);
  ExpectOrganization(pair[1], 4, 6);
}

TEST(JoinFirmNames, ACapitalisedLegalFormTakesTheCapitalisedWordsBeforeIt) {
  const Gazetteer gazetteer;
  const auto found_nothing = Words("Advanced Orbital Devices Inc said it will build chips .");
  const auto a = JoinFirmNames(found_nothing, {}, gazetteer);
  ASSERT_EQ(a.size(), 1U);
  ExpectOrganization(a[0], 0, 4);
  const auto found_form = Words("But Marden Cable Corp said it will build chips .");
  const auto b = JoinFirmNames(found_form, {{3, 4, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(b.size(), 1U);
  ExpectOrganization(b[0], 1, 4);  // "But" stays out
  // A mention that already holds the name is left alone.
  const auto c = JoinFirmNames(found_form, {{1, 4, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(c.size(), 1U);
  ExpectOrganization(c[0], 1, 4);
}

TEST(JoinFirmNames, AFirmNamedForItsPlaceTakesItsParentsWords) {
  const Gazetteer gazetteer;
  // "Honda Motor of America Inc" had been the node "America Inc".
  const auto of = Words("Orvik Motor of Canada Ltd said it would build a plant .");
  const auto a = JoinFirmNames(of, {{0, 1, "LOCATION"}, {3, 5, "ORGANIZATION"}}, gazetteer);
  ASSERT_EQ(a.size(), 1U);
  ExpectOrganization(a[0], 0, 5);
  // "General Motors do Brasil said" had been the node "Brasil", a place, saying it.
  const auto romance = Words("General Orvik do Brasil said it raised prices .");
  const auto b = JoinFirmNames(romance, {{3, 4, "COUNTRY"}}, gazetteer);
  ASSERT_EQ(b.size(), 1U);
  ExpectOrganization(b[0], 0, 4);
  // Not a title's words, nor a sentence's opening noun, nor a person's particle.
  const auto title = Words("Chairman of Orvik Corp Hale resigned .");
  EXPECT_EQ(JoinFirmNames(title, {}, gazetteer).at(0).begin, 2U);
  const auto shares = Words("Shares of Orvik Corp rose .");
  EXPECT_EQ(JoinFirmNames(shares, {}, gazetteer).at(0).begin, 2U);
  const auto person = Words("Joao do Brasil Hale said .");
  const auto c = JoinFirmNames(person, {{0, 4, "PERSON"}}, gazetteer);
  ASSERT_EQ(c.size(), 1U);
  EXPECT_EQ(c[0].type, "PERSON");
}

}  // namespace kg::nlp
