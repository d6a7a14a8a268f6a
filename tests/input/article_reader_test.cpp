#include "input/article_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace kg::input {
namespace {

std::vector<model::Article> Decode(const std::string& ext, const std::string& content,
                                   std::vector<model::Diagnostic>* diags) {
  std::vector<model::Article> out;
  *diags = DecodeContent("in" + ext, ext, content,
                         [&](model::Article&& a) { out.push_back(std::move(a)); });
  return out;
}

TEST(ArticleReader, JsonLinesKeepGoodLinesAndNameBadOnes) {
  std::vector<model::Diagnostic> d;
  const auto articles = Decode(".jsonl",
                               "{\"text\":\"One.\",\"title\":\"T\",\"url\":\"http://x\"}\n"
                               "{\"text\": 5}\n"
                               "not json\n"
                               "\n"
                               "{\"title\":\"no text\"}\n"
                               "{\"text\":\"Two.\"}\n",
                               &d);
  ASSERT_EQ(articles.size(), 2U);
  EXPECT_EQ(articles[0].title, "T");
  EXPECT_EQ(articles[0].source, "in.jsonl:1");
  EXPECT_EQ(articles[1].source, "in.jsonl:6");
  ASSERT_EQ(d.size(), 3U);
  EXPECT_EQ(d[0].line, 2U);
  EXPECT_EQ(d[0].reason, "\"text\" must be a string");
  EXPECT_EQ(d[1].line, 3U);
  EXPECT_EQ(d[2].reason, "missing \"text\" field");
}

TEST(ArticleReader, BinaryEmptyAndInvalidUtf8AreRejectedWithTheReason) {
  std::vector<model::Diagnostic> d;
  EXPECT_TRUE(Decode(".txt", std::string("ab\0cd", 5), &d).empty());
  EXPECT_EQ(d.at(0).reason, "binary file (NUL byte at offset 2), not text");
  EXPECT_TRUE(Decode(".txt", "", &d).empty());
  EXPECT_EQ(d.at(0).reason, "empty file");
  EXPECT_TRUE(Decode(".txt", "caf\xe9", &d).empty());
  EXPECT_EQ(d.at(0).reason, "invalid UTF-8 at byte 3 (rejected; convert the file to UTF-8)");
}

TEST(ArticleReader, FoldersAreReadRecursivelyAndMissingPathsReported) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(testing::TempDir()) / "kg_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "Second article.";
  std::ofstream(dir / "sub" / "a.html") << "<p>First article.</p>";
  std::ofstream(dir / "notes.csv") << "x,y";
  std::vector<std::string> sources;
  std::istringstream stdin_text("From standard input.");
  const ReadReport r = ReadArticles({dir.string(), (dir / "missing.txt").string(), "-"}, stdin_text,
                                    [&](model::Article&& a) { sources.push_back(a.source); });
  EXPECT_EQ(sources, (std::vector<std::string>{(dir / "b.txt").string(),
                                               (dir / "sub" / "a.html").string(), "<stdin>"}));
  EXPECT_EQ(r.ignored_files, 1U);
  ASSERT_EQ(r.rejected.size(), 1U);
  EXPECT_EQ(r.rejected[0].reason, "no such file or folder");
}

}  // namespace
}  // namespace kg::input
