#include "input/article_reader.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "input/html_to_text.h"
#include "model/unicode.h"

namespace kg::input {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 6> kArticleExtensions = {".txt",  ".md",  ".text",
                                                                ".html", ".htm", ".jsonl"};

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

// Why content cannot be an article, or empty when it can.
std::string ContentProblem(std::string_view content) {
  if (content.empty()) return "empty file";
  if (content.size() > model::kMaxArticleBytes) {
    return "too large (" + std::to_string(content.size() >> 20) + " MiB; at most " +
           std::to_string(model::kMaxArticleBytes >> 20) + " MiB an article)";
  }
  const std::size_t nul = content.find('\0');
  if (nul != std::string_view::npos) {
    return "binary file (NUL byte at offset " + std::to_string(nul) + "), not text";
  }
  std::size_t bad = 0;
  if (!model::IsValidUtf8(content, &bad)) {
    return "invalid UTF-8 at byte " + std::to_string(bad) +
           " (rejected; convert the file to UTF-8)";
  }
  if (IsBlank(content)) return "no text (only white space)";
  return {};
}

// The first line is the title when it is short and has no final full stop.
std::string TitleOf(std::string_view text) {
  std::size_t b = 0;
  while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  const std::size_t e = text.find('\n', b);
  std::string_view line = text.substr(b, e == std::string_view::npos ? text.size() - b : e - b);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  if (line.empty() || line.size() > 150 || line.back() == '.') return {};
  return std::string(line);
}

// NFC (UAX #15) for everything later steps compare: "Cafe\u0301" and "Caf\u00E9" are one name.
model::Article Normalised(model::Article&& a) {
  a.text = model::Nfc(a.text);
  a.title = model::Nfc(a.title);
  return std::move(a);
}

std::string StringField(const rapidjson::Value& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

std::vector<model::Diagnostic> DecodeJsonLines(
    const std::string& source, std::string_view content,
    const std::function<void(model::Article&&)>& on_article) {
  std::vector<model::Diagnostic> rejected;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const std::string line(content.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (IsBlank(line)) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError()) {
      rejected.push_back({source, line_no,
                          std::string("invalid JSON: ") +
                              rapidjson::GetParseError_En(doc.GetParseError()) + " at column " +
                              std::to_string(doc.GetErrorOffset() + 1)});
      continue;
    }
    if (!doc.IsObject()) {
      rejected.push_back({source, line_no, "expected a JSON object with a \"text\" field"});
      continue;
    }
    const auto text = doc.FindMember("text");
    if (text == doc.MemberEnd()) {
      rejected.push_back({source, line_no, "missing \"text\" field"});
      continue;
    }
    if (!text->value.IsString()) {
      rejected.push_back({source, line_no, "\"text\" must be a string"});
      continue;
    }
    model::Article article;
    article.source = source + ":" + std::to_string(line_no);
    article.text.assign(text->value.GetString(), text->value.GetStringLength());
    article.title = StringField(doc, "title");
    article.url = StringField(doc, "url");
    article.date = StringField(doc, "date");
    const std::string problem = ContentProblem(article.text);
    if (!problem.empty()) {
      rejected.push_back({source, line_no, problem == "empty file" ? "empty \"text\"" : problem});
      continue;
    }
    if (article.title.empty()) article.title = TitleOf(article.text);
    on_article(Normalised(std::move(article)));
  }
  return rejected;
}

// The article files under folder, in sorted path order; ignored counts the others.
std::vector<fs::path> ListArticleFiles(const fs::path& folder, std::error_code& ec,
                                       std::size_t& ignored) {
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator
           it(folder, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string ext = model::FoldCase(it->path().extension().string());
    if (std::find(kArticleExtensions.begin(), kArticleExtensions.end(), ext) ==
        kArticleExtensions.end()) {
      ++ignored;
      continue;
    }
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Articles in one file: a JSONL file's non-blank lines, else 1.
std::size_t ArticlesIn(const fs::path& file) {
  if (model::FoldCase(file.extension().string()) != ".jsonl") return 1;
  std::ifstream in(file, std::ios::binary);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) n += IsBlank(line) ? 0 : 1;
  return n;
}

}  // namespace

std::optional<std::size_t> CountArticles(const std::vector<std::string>& paths) {
  std::size_t n = 0;
  for (const std::string& arg : paths) {
    if (arg == "-") return std::nullopt;
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
      n += fs::exists(arg, ec) ? ArticlesIn(arg) : 0;
      continue;
    }
    std::size_t ignored = 0;
    for (const fs::path& file : ListArticleFiles(arg, ec, ignored)) n += ArticlesIn(file);
  }
  return n;
}

std::vector<model::Diagnostic> DecodeContent(
    const std::string& source, std::string_view extension, std::string_view content,
    const std::function<void(model::Article&&)>& on_article) {
  const std::string problem = ContentProblem(content);
  if (!problem.empty()) return {{source, 0, problem}};
  const std::string ext = model::FoldCase(std::string(extension));
  if (ext == ".jsonl") return DecodeJsonLines(source, content, on_article);
  model::Article article;
  article.source = source;
  if (ext == ".html" || ext == ".htm") {
    HtmlDocument doc = HtmlToText(content);
    article.title = std::move(doc.title);
    article.text = std::move(doc.text);
    if (IsBlank(article.text)) return {{source, 0, "HTML page without readable text"}};
  } else {
    article.text.assign(content);
    article.title = TitleOf(article.text);
  }
  on_article(Normalised(std::move(article)));
  return {};
}

ReadReport ReadArticles(const std::vector<std::string>& paths, std::istream& standard_input,
                        const std::function<void(model::Article&&)>& on_article) {
  ReadReport report;
  const auto counted = [&](model::Article&& a) {
    ++report.articles;
    on_article(std::move(a));
  };
  const auto read_file = [&](const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      report.rejected.push_back({path.string(), 0, "cannot open file for reading"});
      return;
    }
    const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
      report.rejected.push_back({path.string(), 0, "read error"});
      return;
    }
    auto diags = DecodeContent(path.string(), path.extension().string(), content, counted);
    report.rejected.insert(report.rejected.end(), diags.begin(), diags.end());
  };
  for (const std::string& arg : paths) {
    if (arg == "-") {
      const std::string content{std::istreambuf_iterator<char>(standard_input),
                                std::istreambuf_iterator<char>()};
      std::size_t b = 0;
      while (b < content.size() && std::isspace(static_cast<unsigned char>(content[b]))) ++b;
      const bool jsonl = b < content.size() && content[b] == '{';
      auto diags = DecodeContent("<stdin>", jsonl ? ".jsonl" : ".txt", content, counted);
      report.rejected.insert(report.rejected.end(), diags.begin(), diags.end());
      continue;
    }
    std::error_code ec;
    const fs::path path(arg);
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      report.rejected.push_back({arg, 0, "no such file or folder"});
      continue;
    }
    if (!fs::is_directory(status)) {
      read_file(path);
      continue;
    }
    std::vector<fs::path> files = ListArticleFiles(path, ec, report.ignored_files);
    if (ec) report.rejected.push_back({arg, 0, "cannot read folder: " + ec.message()});
    if (files.empty() && !ec) {
      report.rejected.push_back({arg, 0, "folder has no article files (.txt .md .html .jsonl)"});
    }
    for (const fs::path& file : files) read_file(file);
  }
  return report;
}

}  // namespace kg::input
