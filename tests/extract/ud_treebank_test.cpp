// The UD extractor over whole treebanks of gold UD trees (../shared/treebanks, skipped when
// absent): it must never throw, and what it emits must obey the argument rules a user relies on.

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "extract/clauses/clause_extractor.h"
#include "nlp/conllu.h"

namespace kg::extract {
namespace {

std::filesystem::path SharedTreebank(const std::string& name) {
  const char* source = std::getenv("KG_SOURCE_DIR");
  const std::filesystem::path root = source ? source : ".";
  return root / ".." / "shared" / "treebanks" / name / "dev.conllu";
}

bool IsFunctionWord(const std::string& name) {
  static const char* const kWords[] = {"the", "a",  "an",   "and", "or", "of",  "to",  "he",
                                       "she", "it", "they", "we",  "i",  "you", "his", "her"};
  std::string lower;
  for (const char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : kWords)
    if (lower == w) return true;
  return false;
}

bool IsBareNumber(const std::string& name) {
  return !name.empty() && name.find_first_not_of("0123456789.,") == std::string::npos;
}

void CheckTreebank(const std::string& name) {
  const auto path = SharedTreebank(name);
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::size_t triples = 0;
  for (const nlp::ConlluSentence& s : nlp::ReadConlluFile(path.string())) {
    for (const ClauseTriple& t : ExtractClauseTriples(s.sentence, {})) {
      ++triples;
      for (const Argument* a : {&t.subject, &t.object}) {
        EXPECT_FALSE(a->name.empty());
        EXPECT_FALSE(IsFunctionWord(a->name)) << a->name;
        EXPECT_FALSE(IsBareNumber(a->name) && a->type != model::EntityType::kDate) << a->name;
        EXPECT_LE(a->start, a->end);
      }
      EXPECT_FALSE(t.predicate.empty());
      EXPECT_GT(t.confidence, 0.0);
      EXPECT_LT(t.confidence, 1.0);
      EXPECT_TRUE(t.attributed_to.empty() || !t.asserted) << t.attributed_to;
    }
  }
  EXPECT_GT(triples, 500U);  // a floor against a rule that silently stops firing
}

TEST(UdTreebank, EwtDevObeysTheArgumentRules) { CheckTreebank("ud-english-ewt"); }

TEST(UdTreebank, GumDevObeysTheArgumentRules) { CheckTreebank("gum"); }

}  // namespace
}  // namespace kg::extract
