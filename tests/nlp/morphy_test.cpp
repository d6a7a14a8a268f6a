// kg's Morphy gives the base forms libwordnet's morphstr gives, without its file reads.
#include "nlp/morphy.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <wn.h>

#include "nlp/conllu.h"
#include "nlp/lexicon.h"

namespace kg::nlp {
namespace {

std::optional<std::string> Library(const std::string& word, int pos) {
  std::string buf = word;
  const char* base = morphstr(buf.data(), pos);
  return base == nullptr ? std::nullopt : std::optional<std::string>(base);
}

class MorphyTest : public ::testing::Test {
 protected:
  void SetUp() override { lexicon_ = Lexicon::Open(); }  // wninit, under Open's lock
  std::shared_ptr<Lexicon> lexicon_;
  Morphy morphy_{SetSearchdir()};
};

TEST_F(MorphyTest, ExceptionsRulesAndTheDictionaryCheck) {
  EXPECT_EQ(morphy_.BaseForm("geese", NOUN), "goose");        // exception list
  EXPECT_EQ(morphy_.BaseForm("crises", NOUN), "crisis");      // exception list
  EXPECT_EQ(morphy_.BaseForm("studies", NOUN), "study");      // -ies -> -y
  EXPECT_EQ(morphy_.BaseForm("boxesful", NOUN), "boxful");    // rules before "ful"
  EXPECT_EQ(morphy_.BaseForm("hosted", VERB), "host");        // -ed, in the dictionary
  EXPECT_EQ(morphy_.BaseForm("led", VERB), "lead");           // exception list
  EXPECT_EQ(morphy_.BaseForm("Better", ADJ), "good");         // lower-cased first
  EXPECT_EQ(morphy_.BaseForm("glass", NOUN), std::nullopt);   // "-ss" is no plural
  EXPECT_EQ(morphy_.BaseForm("qwzxes", NOUN), std::nullopt);  // "qwzx" is no word
  EXPECT_EQ(morphy_.BaseForm("host", VERB), std::nullopt);    // already a base form
}

// Every word of the exception lists and of UD English EWT dev (when ../shared is there), in
// every part of speech, against the library.
TEST_F(MorphyTest, AgreesWithLibwordnetsMorphstr) {
  std::set<std::string> words = {"boxesful", "mouthsful", "ax",          "axes", "men", "women",
                                 "look_up",  "looked-up", "state-owned", "runs", "ss",  "is"};
  for (const char* name : {"noun", "verb", "adj", "adv"}) {
    std::ifstream in(std::string(SetSearchdir()) + "/" + name + ".exc");
    std::string word;
    std::string rest;
    while (in >> word && std::getline(in, rest)) words.insert(word);
  }
  const char* source = std::getenv("KG_SOURCE_DIR");
  const std::filesystem::path dev = std::filesystem::path(source == nullptr ? "." : source) /
                                    "../shared/treebanks/ud-english-ewt/dev.conllu";
  if (std::filesystem::exists(dev)) {
    for (const ConlluSentence& s : ReadConlluFile(dev.string())) {
      for (const Token& t : s.sentence.tokens) words.insert(t.form);
    }
  }
  ASSERT_GT(words.size(), 1000U);
  int checked = 0;
  for (const std::string& w : words) {
    for (const int pos : {NOUN, VERB, ADJ, ADV, SATELLITE}) {
      ASSERT_EQ(morphy_.BaseForm(w, pos), Library(w, pos)) << w << " pos " << pos;
      ++checked;
    }
  }
  EXPECT_GT(checked, 5000);
}

}  // namespace
}  // namespace kg::nlp
