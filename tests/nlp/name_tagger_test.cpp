// The rule-based name finder (whose spans are features of the entity recogniser) on sentences
// written for the tests.
#include "nlp/name_tagger.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::nlp {
namespace {

class NameTaggerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    tagger_ = new NameTagger(Lexicon::Open(), std::make_shared<const Gazetteer>());
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }

  // "Name/TYPE" for each name; nationalities as "/NAT".
  static std::vector<std::string> Names(const std::string& sentence, NameMemory& memory) {
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < sentence.size()) {
      const std::size_t e = std::min(sentence.find(' ', i), sentence.size());
      tokens.push_back(sentence.substr(i, e - i));
      i = e + 1;
    }
    std::vector<std::string> out;
    for (const NameSpan& s : tagger_->Tag(tokens, memory)) {
      std::string name;
      for (std::size_t k = s.begin; k < s.end; ++k) name += (name.empty() ? "" : " ") + tokens[k];
      out.push_back(name + "/" +
                    (s.nationality ? std::string("NAT") : std::string(model::TypeName(s.type))));
    }
    return out;
  }
  static std::vector<std::string> Names(const std::string& sentence) {
    NameMemory memory;
    return Names(sentence, memory);
  }

  static NameTagger* tagger_;
};

NameTagger* NameTaggerTest::tagger_ = nullptr;

TEST_F(NameTaggerTest, PeoplePlacesAndOrganisations) {
  EXPECT_EQ(Names("Maria Lopez of the World Bank flew to Denmark on Monday ."),
            (std::vector<std::string>{"Maria Lopez/PERSON", "World Bank/ORGANIZATION",
                                      "Denmark/COUNTRY"}));
}

TEST_F(NameTaggerTest, SentenceInitialCommonWordsAreNotNames) {
  EXPECT_EQ(Names("They met in Paris ."), (std::vector<std::string>{"Paris/CITY"}));
  EXPECT_EQ(Names("Prices rose in Canada ."), (std::vector<std::string>{"Canada/COUNTRY"}));
}

TEST_F(NameTaggerTest, NationalitiesAreMarked) {
  EXPECT_EQ(Names("The German minister met Swedish officials ."),
            (std::vector<std::string>{"German/NAT", "Swedish/NAT"}));
}

TEST_F(NameTaggerTest, ASurnameAfterTheFullNameIsThePerson) {
  NameMemory memory;
  (void)Names("Tomas Berglund won the race .", memory);
  EXPECT_EQ(Names("Berglund said he was tired .", memory),
            (std::vector<std::string>{"Berglund/PERSON"}));
  EXPECT_EQ(Names("Later , Berglund left .", memory),
            (std::vector<std::string>{"Berglund/PERSON"}));
}

TEST_F(NameTaggerTest, AcronymsAreOrganisationsAndEventsHaveTheirOwnType) {
  EXPECT_EQ(Names("Officials of NATO attended the Geneva Summit ."),
            (std::vector<std::string>{"NATO/ORGANIZATION", "Geneva Summit/EVENT"}));
}

}  // namespace
}  // namespace kg::nlp
