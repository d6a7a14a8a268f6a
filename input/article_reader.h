#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/diagnostic.h"

namespace kg::input {

// What reading a set of paths found besides the articles handed to the callback.
struct ReadReport {
  std::size_t articles = 0;
  std::vector<model::Diagnostic> rejected;  // inputs (files, JSONL lines) that were not read
  std::size_t ignored_files = 0;            // files in folders with other extensions
};

// Reads articles from files, folders (recursively: .txt .md .text .html .htm .jsonl, in sorted
// path order) and "-" (standard input, as plain text, or JSONL when it starts with '{').
// JSONL: one object per line with a string "text" and optional "title", "url", "date".
// Each article goes to on_article as soon as it is read. A bad input (missing path, binary file,
// invalid UTF-8, empty text, broken JSONL line) becomes a Diagnostic and the rest goes on.
// on_article may throw; the exception propagates and reading stops.
// How many articles ReadArticles would hand over at most (files, plus JSONL lines), for progress
// reports; nullopt when paths include standard input, which cannot be read twice. Reads JSONL
// files once more to count their lines; never throws (unreadable paths count 0).
[[nodiscard]] std::optional<std::size_t> CountArticles(const std::vector<std::string>& paths);

ReadReport ReadArticles(const std::vector<std::string>& paths, std::istream& standard_input,
                        const std::function<void(model::Article&&)>& on_article);

// Decodes one file's content by its extension; exposed for tests and for the fuzzers.
// Returns the rejected records; articles go to on_article.
std::vector<model::Diagnostic> DecodeContent(
    const std::string& source, std::string_view extension, std::string_view content,
    const std::function<void(model::Article&&)>& on_article);

}  // namespace kg::input
