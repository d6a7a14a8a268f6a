#include "input/triple_reader.h"

#include <gtest/gtest.h>

namespace kg::input {
namespace {

constexpr const char* kFile =
    "subject\tsubject_type\tpredicate\tobject\tobject_type\n"
    "Denmark\tCOUNTRY\tfund\tERAM\tWEAPON\n"
    "broken line\n"
    "\n"
    "Norway\tCOUNTRY\tfund\tIRIS-T\tWEAPON\n"
    "Sweden\tCOUNTRY\tfund\tArcher\tWEAPON\n";

// kg import reads a large file a batch at a time: the batches hold the same triples, and a bad
// line keeps its line number in the file, whichever batch it falls in.
TEST(TripleReader, BatchesReadWhatTheWholeFileReads) {
  const TripleFile whole = ReadTriples("t.tsv", kFile);
  ASSERT_EQ(whole.triples.size(), 3U);
  ASSERT_EQ(whole.rejected.size(), 1U);
  EXPECT_EQ(whole.rejected[0].line, 3U);

  TripleReader reader("t.tsv", kFile);
  TripleFile batch;
  std::vector<std::string> subjects;
  std::vector<std::size_t> bad_lines;
  std::size_t batches = 0;
  while (reader.Next(2, batch)) {
    ++batches;
    EXPECT_LE(batch.triples.size(), 2U);
    for (const auto& t : batch.triples) subjects.push_back(t.subject.name);
    for (const auto& d : batch.rejected) bad_lines.push_back(d.line);
  }
  EXPECT_EQ(batches, 2U);
  EXPECT_EQ(subjects, (std::vector<std::string>{"Denmark", "Norway", "Sweden"}));
  EXPECT_EQ(bad_lines, std::vector<std::size_t>{3});
  EXPECT_FALSE(reader.Next(2, batch));
  EXPECT_TRUE(batch.triples.empty());
}

TEST(TripleReader, AnEmptyFileIsOneDiagnostic) {
  TripleReader reader("t.tsv", "\n\n");
  TripleFile batch;
  ASSERT_TRUE(reader.Next(10, batch));
  ASSERT_EQ(batch.rejected.size(), 1U);
  EXPECT_EQ(batch.rejected[0].reason, "empty file");
  EXPECT_FALSE(reader.Next(10, batch));
}

TEST(TripleReader, AJsonLineWithAnEmptyPredicateIsRejectedWithItsLine) {
  // The TSV reader rejected an empty predicate; the JSON lines reader had stored the triple.
  const TripleFile file =
      ReadTriples("t.jsonl",
                  "{\"subject\":\"A\",\"predicate\":\"fund\",\"object\":\"B\"}\n"
                  "{\"subject\":{\"name\":\"A\"},\"predicate\":\"\",\"object\":\"B\"}\n");
  ASSERT_EQ(file.triples.size(), 1U);
  ASSERT_EQ(file.rejected.size(), 1U);
  EXPECT_EQ(file.rejected[0].line, 2U);
  EXPECT_EQ(file.rejected[0].reason, "\"predicate\" is empty");
}

}  // namespace
}  // namespace kg::input
