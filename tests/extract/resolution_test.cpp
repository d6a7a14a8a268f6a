// Entity resolution of one article's mentions, as the UD pipeline hands them over: name identity
// (acronyms, legal suffixes, full stops, exonyms), people against countries, pronouns and
// definite descriptions; and the recasing of all-capital sentences before parsing.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/entities/entity_resolver.h"
#include "nlp/all_caps.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

using model::EntityType;

struct M {
  std::string name;
  std::optional<EntityType> type;  // the recogniser's type, if any
  bool pronoun = false;
  bool definite = false;
  std::optional<std::size_t> antecedent = std::nullopt;  // a pronoun's, as coreference chose it
  std::size_t sentence = 0;
  bool speaker = false;         // the subject of a verb of saying
  bool role = false;            // the role of a title edge whose subject is the mention before
  bool predicative = false;     // what a copula says something is
  bool headline = false;        // the headline marks the name as a company with a ticker
  bool headline_named = false;  // the headline writes the name (Mention::headline_named)
  std::size_t first_written = std::string::npos;  // Mention::first_written
};

class ResolutionTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = nlp::Lexicon::Open();
    gazetteer_ = std::make_shared<const nlp::Gazetteer>();
  }

  // The entity name each mention resolves to ("" for none), in order.
  std::vector<std::string> Resolve(const std::vector<M>& ms) {
    std::vector<Mention> mentions;
    for (const M& m : ms) {
      Mention x;
      x.text.name = m.name;
      x.text.words = nlp::SplitWords(m.name);
      x.text.full = m.name;
      x.text.proper = m.type.has_value();
      x.text.hint = m.type;
      x.pronoun = m.pronoun;
      x.definite = m.definite;
      x.antecedent = m.antecedent;
      x.sentence = m.sentence;
      x.text.speaker = m.speaker;
      x.role_of_previous = m.role;
      x.predicative = m.predicative;
      x.headline_firm = m.headline;
      x.headline_named = m.headline_named;
      x.first_written = m.first_written;
      mentions.push_back(std::move(x));
    }
    const nlp::EntityTyper typer(lexicon_, gazetteer_);
    EntityResolver resolver(typer, *gazetteer_);
    const auto resolved = resolver.Resolve(mentions);
    entities_ = resolver.entities();
    std::vector<std::string> out;
    for (const auto& r : resolved) out.push_back(r ? entities_[*r].name : "");
    return out;
  }

  const model::Entity* Find(const std::string& name) const {
    for (const auto& e : entities_)
      if (e.name == name) return &e;
    return nullptr;
  }

  static std::shared_ptr<nlp::Lexicon> lexicon_;
  static std::shared_ptr<const nlp::Gazetteer> gazetteer_;
  std::vector<model::Entity> entities_;
};

std::shared_ptr<nlp::Lexicon> ResolutionTest::lexicon_;
std::shared_ptr<const nlp::Gazetteer> ResolutionTest::gazetteer_;

constexpr auto kOrg = EntityType::kOrganization;
constexpr auto kPerson = EntityType::kPerson;

TEST_F(ResolutionTest, AnAcronymJoinsTheOneLongFormOfItsArticle) {
  const auto names = Resolve({{"Nordic Energy Council", kOrg}, {"NEC", kOrg}, {"N.E.C.", kOrg}});
  EXPECT_EQ(names, (std::vector<std::string>{"Nordic Energy Council", "Nordic Energy Council",
                                             "Nordic Energy Council"}));
}

TEST_F(ResolutionTest, LegalSuffixesAreOneNodeAndAnAliasForOtherArticles) {
  const auto names = Resolve({{"Brannock Corp.", kOrg}, {"Brannock", kOrg}});
  EXPECT_EQ(names[0], names[1]);
  const model::Entity* e = Find(names[0]);
  ASSERT_NE(e, nullptr);
  // Another article's "Brannock Corp" finds this entity through these aliases in the store.
  EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), "Brannock Corp"), e->aliases.end());
  EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), "Brannock"), e->aliases.end());
}

TEST_F(ResolutionTest, OneNameInTwoLegalFormsIsAParentAndItsUnit) {
  // "Brannock Group Ltd said its Swiss unit, Brannock Group AG, ...": two firms (the unit's
  // agreement had been the parent's); the bare name and the short name are the one named first.
  const auto names = Resolve({{"Brannock Group Ltd", kOrg},
                              {"Brannock Group AG", kOrg},
                              {"Brannock Group", kOrg},
                              {"Brannock", kOrg},
                              {"Brannock Group A.G.", kOrg}});
  EXPECT_EQ(names[0], "Brannock Group Ltd");
  EXPECT_NE(names[1], names[0]);
  EXPECT_EQ(names[2], names[0]);
  EXPECT_EQ(names[3], names[0]);
  EXPECT_EQ(names[4], names[1]);
  // Neither carries the bare name as an alias: another article's "Brannock Group" would join
  // the one it met first in the store.
  const model::Entity* unit = Find(names[1]);
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(std::find(unit->aliases.begin(), unit->aliases.end(), "Brannock Group"),
            unit->aliases.end());
}

TEST_F(ResolutionTest, AOneWordNameIsTheOneFirmItBegins) {
  // "Varnholt Shield Resources Ltd reported a loss. Varnholt said ..."
  const auto firm = Resolve({{"Varnholt Shield Resources Ltd", kOrg}, {"Varnholt", kOrg}});
  EXPECT_EQ(firm[1], "Varnholt Shield Resources Ltd");
  // In this article only: another article's "Varnholt" may be the parent or a sister firm.
  const model::Entity* e = Find(firm[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(std::find(e->aliases.begin(), e->aliases.end(), "Varnholt"), e->aliases.end());
  // Two firms it could begin: neither.
  const auto two =
      Resolve({{"Varnholt Mining Corp", kOrg}, {"Varnholt Energy Inc", kOrg}, {"Varnholt", kOrg}});
  EXPECT_EQ(two[2], "Varnholt");
  // A body inside another is not what the other's name alone names ("the House" and "the House
  // Farm Committee"), nor is a firm a person's surname.
  const auto body = Resolve({{"Storting Farm Committee", kOrg}, {"Storting", kOrg}});
  EXPECT_EQ(body[1], "Storting");
  const auto person =
      Resolve({{"Ola Dunmore", kPerson}, {"Dunmore Mills Inc", kOrg}, {"Dunmore", std::nullopt}});
  EXPECT_NE(person[2], "Dunmore Mills Inc");
}

TEST_F(ResolutionTest, AWordWrittenBeforeTheFirmIsNoShortNameOfIt) {
  // "A Norddeutsche Handelsbank (NordHB) unit ..., co-lead manager NordHB said" before "The
  // bond, for NordHB Finance N.V., ...": the parent spoke, not its unit.
  M unit{"NordHB Finance N.V.", kOrg};
  unit.first_written = 300;
  M parent{"NordHB", kOrg};
  parent.first_written = 40;
  EXPECT_EQ(Resolve({parent, unit})[0], "NordHB");
  EXPECT_EQ(Resolve({unit, parent})[1], "NordHB");
  // Written after the firm (or where the body does not say), it is the firm's.
  parent.first_written = 320;
  EXPECT_EQ(Resolve({unit, parent})[1], "NordHB Finance N.V.");
  parent.first_written = std::string::npos;
  EXPECT_EQ(Resolve({unit, parent})[1], "NordHB Finance N.V.");
}

TEST_F(ResolutionTest, AShortNameAnAppositionSetsApartFromTheFirmIsNotIt) {
  // "Varnholt, the brokerage subsidiary of Varnholt Group Inc, said ..." then "Varnholt said":
  // the unit, which the role edge sets apart from its parent (sheet 1189 judged five of its
  // edges given to the parent partly right).
  const auto unit =
      Resolve({{"Varnholt", kOrg},
               {"Varnholt Group Inc", kOrg, false, false, std::nullopt, 0, false, true},
               {"Varnholt", kOrg, false, false, std::nullopt, 1}});
  EXPECT_EQ(unit[0], "Varnholt");
  EXPECT_EQ(unit[2], "Varnholt");
  EXPECT_EQ(unit[1], "Varnholt Group Inc");
}

TEST_F(ResolutionTest, AFirmsCoreNameJoinsIt) {
  // "Wessanen now has 15 separate businesses" after "Koninklijke Wessanen NV": two nodes, and
  // "the company" found two firms and so none.
  const auto names = Resolve({{"Koninklijke Orvik NV", kOrg}, {"Orvik", kOrg}});
  EXPECT_EQ(names[1], "Koninklijke Orvik NV");
  // Two firms with that word: neither ("Baker Hughes Inc" and "Hughes Tool Co").
  const auto two = Resolve({{"Baker Orvik Inc", kOrg}, {"Orvik Tool Co", kOrg}, {"Orvik", kOrg}});
  EXPECT_EQ(two[2], "Orvik");
}

TEST_F(ResolutionTest, ANameOfBothAPersonAndAFirmJoinsNeither) {
  // "Carter has more than 300 clients" after "Chairman Donald Carter" and "the Carter
  // Organisation Inc": the firm's clients were credited to the chairman.
  const auto names =
      Resolve({{"Ola Dunmore", kPerson}, {"Dunmore Mills Inc", kOrg}, {"Dunmore", std::nullopt}});
  EXPECT_EQ(names[2], "Dunmore");
  // With no such firm, the surname joins the person.
  const auto person = Resolve({{"Ola Dunmore", kPerson}, {"Dunmore", std::nullopt}});
  EXPECT_EQ(person[1], "Ola Dunmore");
}

TEST_F(ResolutionTest, ASurnameWithAnInitialBeyondAsciiJoinsItsFullName) {
  const auto names =
      Resolve({{"\u00C9milie \u00C5ngstr\u00F6m", kPerson}, {"\u00C5ngstr\u00F6m", kPerson}});
  EXPECT_EQ(names[1], names[0]);
}

TEST_F(ResolutionTest, AnExonymIsTheCurrentName) {
  EXPECT_EQ(Resolve({{"Kiev", EntityType::kCity}})[0], "Kyiv");
}

TEST_F(ResolutionTest, ACountryNameIsNoSurname) {
  const auto names = Resolve({{"Chris Chad", kPerson}, {"Chad", std::nullopt}});
  EXPECT_EQ(names[0], "Chris Chad");
  EXPECT_EQ(names[1], "Chad");
}

TEST_F(ResolutionTest, APronounIsTheEntityOfTheMentionCoreferenceChose) {
  const auto names = Resolve({{"Governor Ines Moll", kPerson},
                              {"budget", std::nullopt},
                              {"She", std::nullopt, true, false, 0},
                              {"it", std::nullopt, true, false, 1},
                              {"He", std::nullopt, true}});
  EXPECT_EQ(names[2], "Ines Moll");
  EXPECT_EQ(names[3], "budget");
  EXPECT_EQ(names[4], "");  // coreference declined: no guess of its own
}

TEST_F(ResolutionTest, TheTitleNounIsThePersonWhoBoreIt) {
  const auto names = Resolve({{"Mayor Ada Quist", kPerson},
                              {"Senator Eli Roth", kPerson},
                              {"Ada Quist", kPerson},
                              {"senator", std::nullopt, false, true}});
  EXPECT_EQ(names[3], "Eli Roth");
}

TEST_F(ResolutionTest, WhatQualifiesALeadingTitleIsNoPartOfThePersonsName) {
  const auto names = Resolve({{"Green Party MP Anna Lindqvist", kPerson},
                              {"Health Minister Pal Berge", kPerson},
                              {"Anna Lindqvist", kPerson},
                              {"Secretary of State Rhys Dale", kPerson}});
  EXPECT_EQ(names[0], "Anna Lindqvist");
  EXPECT_EQ(names[1], "Pal Berge");
  EXPECT_EQ(names[2], "Anna Lindqvist");
  // A lower-case word after the title: no confident cut, the name stays whole.
  EXPECT_EQ(names[3], "Secretary of State Rhys Dale");
  const model::Entity* e = Find("Anna Lindqvist");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), "Green Party MP Anna Lindqvist"),
            e->aliases.end());
}

TEST_F(ResolutionTest, AKindNounIsTheNearestEntityOfThatKind) {
  const auto names = Resolve({{"Ola Vik", kPerson},
                              {"Tarn Robotics", kOrg},
                              {"Ola Vik", kPerson},
                              {"company", std::nullopt, false, true}});
  EXPECT_EQ(names[3], "Tarn Robotics");
  // An indefinite "company" is a company, no antecedent.
  const auto plain = Resolve({{"Tarn Robotics", kOrg}, {"company", std::nullopt}});
  EXPECT_EQ(plain[1], "company");
}

TEST_F(ResolutionTest, ADescriptionIsNoPhraseWhoseNounSitsInAModifier) {
  // "His recommendations among Oslo banks are ... the banks came to an agreement" had made the
  // recommendations the banks ("among" was missing from the prepositions).
  const auto among = Resolve(
      {{"recommendations among Oslo banks", std::nullopt}, {"banks", std::nullopt, false, true}});
  EXPECT_EQ(among[1], "banks");
  // Nor a phrase whose clause ends on the noun: "a statement that two banks would place the
  // paper ... the paper" had made the statement the paper.
  const auto clause = Resolve({{"statement that two banks would place the paper", std::nullopt},
                               {"paper", std::nullopt, false, true}});
  EXPECT_EQ(clause[1], "paper");
  // A phrase headed by the noun is its antecedent.
  const auto headed =
      Resolve({{"Oslo savings banks", std::nullopt}, {"banks", std::nullopt, false, true}});
  EXPECT_EQ(headed[1], "Oslo savings banks");
}

TEST_F(ResolutionTest, ACurrencyByItsNounAloneIsTheOneTheStoryNamedSoFirst) {
  // A market report that wrote "the dollar" before "the Australian dollar" means the U.S.
  // dollar by "the dollar" after: "the Fed intervened to protect the dollar" had protected the
  // Australian one.
  const auto market = Resolve({{"dollar", std::nullopt, false, true, std::nullopt, 0},
                               {"Australian dollar", std::nullopt, false, true, std::nullopt, 1},
                               {"dollar", std::nullopt, false, true, std::nullopt, 2}});
  EXPECT_EQ(market[2], "dollar");
  // A story that leads with the Australian dollar means it by "the dollar".
  const auto sydney = Resolve({{"Australian dollar", std::nullopt, false, true, std::nullopt, 0},
                               {"dollar", std::nullopt, false, true, std::nullopt, 1}});
  EXPECT_EQ(sydney[1], "Australian dollar");
}

TEST_F(ResolutionTest, TheBankIsAnOrganisationNamedABank) {
  // "Congress returned from recess. ... the bank had adjusted the rates" had made Congress the
  // bank; "the bank" after the Norvik Bundesbank is that bank, not the Banking Committee.
  const auto congress = Resolve({{"Congress", kOrg}, {"bank", std::nullopt, false, true}});
  EXPECT_EQ(congress[1], "bank");
  const auto bundesbank = Resolve({{"Norvik Bundesbank", kOrg},
                                   {"Banking Committee", kOrg},
                                   {"bank", std::nullopt, false, true}});
  EXPECT_EQ(bundesbank[2], "Norvik Bundesbank");
}

TEST_F(ResolutionTest, ACompanyIsNoPublicBody) {
  // "Tarn Robotics said in a filing with the Fisheries Commission ..., the company said." with
  // the firm's name typed a person by the recogniser: the commission is no company.
  const auto names = Resolve({{"Tarn Robotics", kPerson},
                              {"Fisheries Commission", kOrg},
                              {"company", std::nullopt, false, true}});
  EXPECT_EQ(names[2], "company");
}

TEST_F(ResolutionTest, OfTwoFirmsTheCompanyIsTheHeadlines) {
  // "CHEMLAWN <CHEM> RISES ON HOPES FOR HIGHER BIDS" over a story naming two firms, none of them
  // leading as a speaker: "the company could go for 30 dlrs" had pointed nowhere.
  M first{"Tarn Robotics Corp", kOrg};
  first.headline = true;
  M company{"company", std::nullopt, false, true};
  company.sentence = 2;
  const auto names = Resolve({first, {"Orvik Tools Inc", kOrg}, company});
  EXPECT_EQ(names[2], "Tarn Robotics Corp");
  // Unmarked, neither.
  const auto unmarked = Resolve({{"Tarn Robotics Corp", kOrg}, {"Orvik Tools Inc", kOrg}, company});
  EXPECT_EQ(unmarked[2], "company");
}

TEST_F(ResolutionTest, OfTwoFirmsWithNoTickerTheCompanyIsTheOneTheHeadlineNames) {
  // "DEGUSSA COMBINES PHARMACEUTICAL INTERESTS" over "Degussa AG is combining its ... activities
  // into the Frankfurt-based Asta Pharma AG, the company said": "company" had been a node of its
  // own, the speaker of three statements. Two firms the headline names are neither.
  M first{"Tarn Robotics AG", kOrg};
  first.headline_named = true;
  M company{"company", std::nullopt, false, true};
  company.sentence = 1;
  const auto names = Resolve({first, {"Orvik Tools AG", kOrg}, company});
  EXPECT_EQ(names[2], "Tarn Robotics AG");
  M second{"Orvik Tools AG", kOrg};
  second.headline_named = true;
  const auto both = Resolve({first, second, company});
  EXPECT_EQ(both[2], "company");
  // A ticker in the headline marks the firm first.
  M marked{"Orvik Tools AG", kOrg};
  marked.headline = true;
  const auto ticker = Resolve({first, marked, company});
  EXPECT_EQ(ticker[2], "Orvik Tools AG");
}

TEST_F(ResolutionTest, ADescriptionOfTheFirmsKindIsTheOneFirmNamed) {
  // "Tarn Robotics Corp ... The talk was that the machine tools firm would split its stock": the
  // description had been a node of its own. Not one that says it is another ("the parent
  // company", "the Norwegian company": a country's firm may be another; "the local company", a
  // foreign firm's partner), nor what a copula says the firm is.
  M kind{"machine tools firm", std::nullopt, false, true};
  kind.sentence = 1;
  M parent{"parent company", std::nullopt, false, true};
  parent.sentence = 1;
  M local{"local company", std::nullopt, false, true};
  local.sentence = 1;
  M foreign{"Norwegian company", std::nullopt, false, true};
  foreign.sentence = 1;
  M biggest{"biggest tools firm", std::nullopt, false, true};
  biggest.sentence = 1;
  biggest.predicative = true;
  const auto names = Resolve({{"Tarn Robotics Corp", kOrg}, kind, parent, foreign, biggest, local});
  EXPECT_EQ(names[1], "Tarn Robotics Corp");
  EXPECT_EQ(names[2], "parent company");
  EXPECT_EQ(names[3], "Norwegian company");
  EXPECT_EQ(names[4], "biggest tools firm");
  EXPECT_EQ(names[5], "local company");
}

TEST_F(ResolutionTest, WhereTheFirmIsBasedSaysItIsTheOneNamed) {
  // "the Akron, Ohio-based company" after "GenCorp Inc" had been a node of its own.
  M based{"Akron Ohio-based company", std::nullopt, false, true};
  based.sentence = 1;
  M foreign{"Norwegian company", std::nullopt, false, true};
  foreign.sentence = 1;
  const auto names = Resolve({{"Tarn Robotics Corp", kOrg}, based, foreign});
  EXPECT_EQ(names[1], "Tarn Robotics Corp");
  EXPECT_EQ(names[2], "Norwegian company");
}

TEST_F(ResolutionTest, AFirmNamedWithALegalFormIsACompanyWhateverItsTag) {
  // "Tarn Robotics Corp said ... . The company said ..." with the firm tagged a person.
  const auto names =
      Resolve({{"Tarn Robotics Corp", kPerson}, {"company", std::nullopt, false, true}});
  EXPECT_EQ(names[1], "Tarn Robotics Corp");
}

TEST_F(ResolutionTest, APhraseEndingInCompanyIsNoFirmForTheCompany) {
  // "Analysts said comments by the company Tuesday fuelled the rumors. The company said ...":
  // "company" ends the phrase in lower case, as no legal form is written; the description had
  // resolved to the phrase, which became the next report's speaker.
  const auto names = Resolve({{"comments by the company", std::nullopt},
                              {"company", std::nullopt, false, true, std::nullopt, 1}});
  EXPECT_EQ(names[1], "company");
}

TEST_F(ResolutionTest, TheCompanySaidAtTheEndOfASentencePointsBackToItsName) {
  // "Tarn Robotics will hire 40 engineers, the company said." read speech first: the
  // description's mention comes first in the list but after the name in the text.
  std::vector<Mention> mentions(2);
  mentions[0].text.name = "company";
  mentions[0].text.words = {"company"};
  mentions[0].text.full = "the company";
  mentions[0].definite = true;
  mentions[0].start = 42;
  mentions[1].text.name = mentions[1].text.full = "Tarn Robotics";
  mentions[1].text.words = {"Tarn", "Robotics"};
  mentions[1].text.proper = true;
  mentions[1].text.hint = kOrg;
  const nlp::EntityTyper typer(lexicon_, gazetteer_);
  EntityResolver resolver(typer, *gazetteer_);
  const auto resolved = resolver.Resolve(mentions);
  ASSERT_TRUE(resolved[0] && resolved[1]);
  EXPECT_EQ(*resolved[0], *resolved[1]);
}

TEST_F(ResolutionTest, EveryJoinIsRecordedWithItsRule) {
  const auto names = Resolve({{"Nordic Energy Council", kOrg},
                              {"NEC", kOrg},
                              {"Premier Ada Quist", kPerson},
                              {"Quist", kPerson},
                              {"she", std::nullopt, true, false, 2},
                              {"Varnholt Shield Resources Ltd", kOrg},
                              {"Varnholt", kOrg},
                              {"Varnholt Shield Resources", kOrg},
                              {"Kiev", EntityType::kCity},
                              {"company", std::nullopt, false, true}});
  const auto merges = [&](const std::string& name) {
    std::vector<std::string> out;
    if (const model::Entity* e = Find(name))
      for (const model::EntityMerge& m : e->merges) out.push_back(m.name + ":" + m.rule);
    return out;
  };
  EXPECT_EQ(merges("Nordic Energy Council"), (std::vector<std::string>{"NEC:acronym"}));
  EXPECT_EQ(merges("Ada Quist"), (std::vector<std::string>{"Premier Ada Quist:title",
                                                           "Quist:surname", "she:coreference"}));
  // The firm's first word is recorded though it is no alias (it holds in this article only).
  EXPECT_EQ(merges("Varnholt Shield Resources Ltd"),
            (std::vector<std::string>{"Varnholt:firm-short-name",
                                      "Varnholt Shield Resources:name-variant",
                                      "company:definite-description"}));
  EXPECT_EQ(merges("Kyiv"), (std::vector<std::string>{"Kiev:exonym"}));
  EXPECT_EQ(names[9], "Varnholt Shield Resources Ltd");
}

TEST_F(ResolutionTest, AShortNameOfTheFirmAStoryLeadsWithJoinsNoUnitNamedAfter) {
  // "Deak International, a ... firm, announced ..." then "The New York firm will be known as
  // Deak International Trading Ltd": "Deak said" had joined the renamed unit, and "the company
  // said" with it.
  const auto names = Resolve({{"Varnholt International", kOrg},
                              {"Varnholt International Trading Ltd", kOrg},
                              {"Varnholt", kOrg}});
  EXPECT_EQ(names[2], "Varnholt");
  // A unit named after the firm leaves the short name the firm's ("Swire Pacific Ltd", then
  // "Swire Properties", then "Swire said").
  const auto unit =
      Resolve({{"Halden Pacific Ltd", kOrg}, {"Halden Properties", kOrg}, {"Halden", kOrg}});
  EXPECT_EQ(unit[2], "Halden Pacific Ltd");
}

TEST_F(ResolutionTest, ASurnameWithItsParticleIsThePersonWhoseNameEndsSo) {
  // "Finance Minister Ronnie de Mel ..." then "de Mel said": one person, under a title.
  const auto names = Resolve({{"Finance Minister Ronnie de Mel", kPerson}, {"de Mel", kPerson}});
  EXPECT_EQ(names[0], "Ronnie de Mel");
  EXPECT_EQ(names[1], "Ronnie de Mel");
}

TEST_F(ResolutionTest, AllCapitalSentencesAreRecasedInPlace) {
  const std::string text = "BRANNOCK MINING SUED THE OSCE ON FRIDAY. Then quiet.";
  const std::string recased = nlp::RecaseAllCaps(text, *lexicon_);
  EXPECT_EQ(recased, "Brannock mining sued the OSCE on Friday. Then quiet.");
  EXPECT_EQ(recased.size(), text.size());
  EXPECT_EQ(RecaseAllCaps("The EU and NATO met.", *lexicon_), "The EU and NATO met.");
  // Capitalised words before an abbreviation's full stop are names, not capitals: the stretch
  // "Korvell Systems Inc" has lower-case letters after its words' first.
  for (const std::string mixed :
       {"Korvell Systems Inc. signed a deal.", "Former President Robert D. Hostetler resigned."})
    EXPECT_EQ(RecaseAllCaps(mixed, *lexicon_), mixed);
  // The letters of an abbreviation keep their capitals: "u.S." had named no country.
  EXPECT_EQ(RecaseAllCaps("VANTORA RAISES STAKE IN FIRM OF U.S.", *lexicon_),
            "Vantora raises stake in firm of U.S.");
}

TEST_F(ResolutionTest, HeadlineCaseLinesAreRecasedButNamesKeepTheirCapitals) {
  const std::string text =
      "Harbour Workers Strike to Support Kenya Dockers\n\nThe Harbour Workers Union said so.\n";
  const std::string recased = nlp::RecaseHeadlines(text, *lexicon_);
  EXPECT_EQ(
      recased,
      "Harbour workers strike to support Kenya dockers\n\nThe Harbour Workers Union said so.\n");
  // A sentence, a short line and a line in capitals are left alone.
  EXPECT_EQ(nlp::RecaseHeadlines("Ruth Ames Visits Lagos Today.", *lexicon_),
            "Ruth Ames Visits Lagos Today.");
  EXPECT_EQ(nlp::RecaseHeadlines("Ruth Ames\n", *lexicon_), "Ruth Ames\n");
  EXPECT_EQ(nlp::RecaseHeadlines("NATO Leaders Gather Again Tonight", *lexicon_),
            "NATO leaders gather again tonight");
}

TEST_F(ResolutionTest, AWireCapitalOnASmallWordAfterUSIsTakenOff) {
  // "The U.S. Wants Chile to cut" had been tagged one place "U.S. Wants Chile".
  EXPECT_EQ(nlp::RecaseAfterCountryAbbreviations(
                "The U.S. Wants Chile to cut tariffs, and trade between the U.S. And Peru grew.",
                *lexicon_),
            "The U.S. wants Chile to cut tariffs, and trade between the U.S. and Peru grew.");
  // Names and words in capitals stay.
  EXPECT_EQ(
      nlp::RecaseAfterCountryAbbreviations("The U.S. Treasury and U.S. AND Corp met.", *lexicon_),
      "The U.S. Treasury and U.S. AND Corp met.");
  // A common word alone after it is no name's first word ("U.S. Officials said" had been an
  // organisation); one before a capitalised word may be ("U.S. Agriculture Department").
  EXPECT_EQ(nlp::RecaseAfterCountryAbbreviations(
                "U.S. Officials said U.S. Pressure and the U.S. Agriculture Department mattered "
                "to the U.K. Government and the U.S. Chamber of Commerce.",
                *lexicon_),
            "U.S. officials said U.S. pressure and the U.S. Agriculture Department mattered to "
            "the U.K. Government and the U.S. Chamber of Commerce.");
  // After "U.S.," a relative or other small word takes its capital off ("the U.S., Whose
  // nominee ... resigned" gave the node "Whose nominee"); the places of a list keep theirs,
  // whatever WordNet knows ("japan" is lacquer).
  EXPECT_EQ(nlp::RecaseAfterCountryAbbreviations(
                "Talks with the U.S., Whose envoy left, and with the U.S., Japan and Britain.",
                *lexicon_),
            "Talks with the U.S., whose envoy left, and with the U.S., Japan and Britain.");
  // A name goes on after "and" to an organisation's word ("U.S. Securities and Exchange
  // Commission" had become "U.S. securities" and the node "Exchange Commission"); a common word
  // before "and" and other capitalised words stays a common word.
  EXPECT_EQ(nlp::RecaseAfterCountryAbbreviations(
                "The U.S. Securities and Exchange Commission, the U.S. Food and Drug "
                "Administration and U.S. Officials and Japanese Negotiators met.",
                *lexicon_),
            "The U.S. Securities and Exchange Commission, the U.S. Food and Drug "
            "Administration and U.S. officials and Japanese Negotiators met.");
}

TEST_F(ResolutionTest, AFirmsNameWithoutItsFirmWordsIsThatFirmButNotAUnitsFront) {
  // "Halvard Applications Group Inc said ... Halvard Applications said": one firm. "Norsk Motors"
  // before "Norsk Motors Acceptance Corp" only (a unit with a name of its own) stays apart.
  const auto names = Resolve({{"Halvard Applications Group Inc", kOrg},
                              {"Halvard Applications", std::nullopt},
                              {"Norsk Motors Acceptance Corp", kOrg},
                              {"Norsk Motors", kOrg}});
  EXPECT_EQ(names[1], "Halvard Applications Group Inc");
  EXPECT_EQ(names[3], "Norsk Motors");
}

TEST_F(ResolutionTest, ATitleWithItsOfPhraseIsNoPartOfAPersonsName) {
  const auto names =
      Resolve({{"Secretary of State George Lindqvist", kPerson}, {"George Lindqvist", kPerson}});
  EXPECT_EQ(names[0], "George Lindqvist");
  EXPECT_EQ(names[1], "George Lindqvist");
}

TEST_F(ResolutionTest, TheCompanyAfterTwoFirmsIsTheOneTheStoryLeadsWithAsSpeaker) {
  // "Tarvik Corp said it agreed to buy Halden Inc. ... The company said ...": Tarvik. When a
  // rating agency leads ("Moody's said it cut Tarvik's rating"), the company is not Moody's but
  // the one firm besides it.
  const auto names = Resolve({{"Tarvik Corp", kOrg, false, false, std::nullopt, 1, true},
                              {"Halden Inc", kOrg, false, false, std::nullopt, 1},
                              {"company", std::nullopt, false, true, std::nullopt, 3, true}});
  EXPECT_EQ(names[2], "Tarvik Corp");
  const auto rated =
      Resolve({{"Moody's Investors Service Inc", kOrg, false, false, std::nullopt, 1, true},
               {"Tarvik Corp", kOrg, false, false, std::nullopt, 1},
               {"company", std::nullopt, false, true, std::nullopt, 3, true}});
  EXPECT_EQ(rated[2], "Tarvik Corp");
  // "A Halden Inc spokesman said the company had no comment": the spokesman's firm (session 24:
  // a held-out sheet wanted "A Purolator official said the company ..." read so).
  const auto spoken =
      Resolve({{"Tarvik Corp", kOrg, false, false, std::nullopt, 1, true},
               {"Halden Inc", kOrg, false, false, std::nullopt, 1},
               {"Halden Inc spokesman", std::nullopt, false, false, std::nullopt, 4, true},
               {"company", std::nullopt, false, true, std::nullopt, 4}});
  EXPECT_EQ(spoken[3], "Halden Inc");
}

TEST_F(ResolutionTest, ARatingAgencyIsNoCompanyEvenAsTheOneFirmNamed) {
  // "Moody's Investors Service Inc said it cut Tarvik's notes ... The agency noted the company
  // earned three mln dlrs": the company is the firm rated (here no node of its own), never the
  // agency ("Moody's -earned-> three mln dlrs" had been stored).
  const auto names =
      Resolve({{"Moody's Investors Service Inc", kOrg, false, false, std::nullopt, 1, true},
               {"company", std::nullopt, false, true, std::nullopt, 3}});
  EXPECT_EQ(names[1], "company");
}

TEST_F(ResolutionTest, TheWireASourceSpokeToIsNoCompany) {
  // "..., a spokesman told Reuters. The company will close the plant": not Reuters.
  const auto names = Resolve({{"Reuters", kOrg, false, false, std::nullopt, 1},
                              {"company", std::nullopt, false, true, std::nullopt, 2}});
  EXPECT_EQ(names[1], "company");
}

TEST_F(ResolutionTest, TheTitleOfOnePersonIsThatPerson) {
  // "Prime Minister Alan Brede spoke ... The prime minister urged ..." with the title an edge
  // of its own ("Alan Brede -be-> Prime Minister"); "the finance minister" fits nobody.
  const auto names =
      Resolve({{"Alan Brede", kPerson, false, false, std::nullopt, 0},
               {"Prime Minister", std::nullopt, false, false, std::nullopt, 0, false, true},
               {"prime minister", std::nullopt, false, true, std::nullopt, 1},
               {"finance minister", std::nullopt, false, true, std::nullopt, 2}});
  EXPECT_EQ(names[2], "Alan Brede");
  EXPECT_NE(names[3], "Alan Brede");
  // Two prime ministers: neither.
  const auto two =
      Resolve({{"Alan Brede", kPerson, false, false, std::nullopt, 0},
               {"Prime Minister", std::nullopt, false, false, std::nullopt, 0, false, true},
               {"Rafi Subandi", kPerson, false, false, std::nullopt, 1},
               {"Prime Minister", std::nullopt, false, false, std::nullopt, 1, false, true},
               {"prime minister", std::nullopt, false, true, std::nullopt, 2}});
  EXPECT_NE(two[4], "Alan Brede");
  EXPECT_NE(two[4], "Rafi Subandi");
}

TEST_F(ResolutionTest, ATownThatSpeaksAfterAPersonOfThatSurnameIsThePerson) {
  // "Analyst George Salem ... upgraded ..." then "Salem said he ..." with "Salem" alone read as
  // the town: the speaker had been a city, and the pronoun went to the bare title "Analyst".
  const auto names = Resolve({{"George Salem", EntityType::kPerson},
                              {"Salem", EntityType::kCity, false, false, std::nullopt, 1, true}});
  EXPECT_EQ(names[0], "George Salem");
  EXPECT_EQ(names[1], "George Salem");
  // A town that does not speak stays a town ("in Salem").
  const auto town = Resolve({{"George Salem", EntityType::kPerson},
                             {"Salem", EntityType::kCity, false, false, std::nullopt, 1, false}});
  EXPECT_EQ(town[1], "Salem");
}

TEST_F(ResolutionTest, TheCompanyIsTheFirmItsSpeakerWearsAndNoDescription) {
  // "A Purolex official said the company has no comment" after two firms had no antecedent:
  // the official speaks for Purolex.
  M official{"Purolex official", std::nullopt};
  official.sentence = 2;
  official.speaker = true;
  M company{"company", std::nullopt};
  company.definite = true;
  company.sentence = 2;
  const auto names = Resolve({{"Purolex Courier Corp", kOrg},
                              {"Hadden Partners Inc", kOrg, false, false, std::nullopt, 1},
                              official,
                              company});
  EXPECT_EQ(names[3], "Purolex Courier Corp");
  // When the firm the speaker wears is no candidate ("The Texaco lawyers said the company would
  // seek ..." with Texaco named only inside other phrases), the company is not the one other
  // firm named: it had been Pennzoil.
  M lawyers{"Tarco lawyers", std::nullopt};
  lawyers.sentence = 1;
  lawyers.speaker = true;
  M seeker{"company", std::nullopt};
  seeker.definite = true;
  seeker.sentence = 1;
  const auto worn = Resolve({{"Penrose Co", kOrg}, lawyers, seeker});
  EXPECT_EQ(worn[2], "company");
  // "It's a very large company" says what something is: a later "the company" is no such
  // description ("very large company" had been the node).
  M large{"very large company", std::nullopt};
  large.sentence = 1;
  large.predicative = true;
  M later{"company", std::nullopt};
  later.definite = true;
  later.sentence = 2;
  const auto described = Resolve({{"Purolex Courier Corp", kOrg}, large, later});
  EXPECT_EQ(described[2], "Purolex Courier Corp");
}

TEST_F(ResolutionTest, ALeaderIsAPersonsTitle) {
  // "Senate Democratic Leader Robert Byrd said ..." had been one organisation node, and "the
  // Senate" told was merged into it.
  const auto names = Resolve({{"Senate Majority Leader Tom Vale", kPerson},
                              {"Senate", kOrg, false, false, std::nullopt, 1}});
  EXPECT_EQ(names[0], "Tom Vale");
  EXPECT_EQ(names[1], "Senate");
}

TEST_F(ResolutionTest, AWordOfOrganisationsAloneIsTheOneBodyNamedWithIt) {
  // "the Bank of Lagos said ..." then "the Bank said ...": "Bank" had been a node of its own.
  const auto names = Resolve({{"Bank of Lagos", kOrg},
                              {"Bank", kOrg, false, true, std::nullopt, 1},
                              {"Association of Cocoa Growers", kOrg, false, false, std::nullopt, 2},
                              {"Bank", kOrg, false, false, std::nullopt, 3}});
  EXPECT_EQ(names[1], "Bank of Lagos");
  EXPECT_EQ(names[3], "Bank of Lagos");
  ASSERT_NE(Find("Bank of Lagos"), nullptr);
  // No alias: another article's "Bank" is another bank.
  for (const std::string& alias : Find("Bank of Lagos")->aliases) EXPECT_NE(alias, "Bank");
  // Two banks named: "the Bank" is neither.
  const auto two = Resolve({{"Bank of Lagos", kOrg},
                            {"World Bank", kOrg},
                            {"Bank", kOrg, false, true, std::nullopt, 1}});
  EXPECT_EQ(two[2], "Bank");
  // A legal form alone is no short name ("Ltd" of a name the parse cut).
  const auto legal = Resolve({{"Brierley Holdings Ltd", kOrg}, {"Ltd", kOrg}});
  EXPECT_NE(legal[1], "Brierley Holdings Ltd");
}

}  // namespace
}  // namespace kg::extract
