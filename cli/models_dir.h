#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace kg::cli {

// Where kg finds its trained models, first match wins: the --models option when given, then
// $KG_MODELS, then the install prefix's share/kg/models, then the source tree's models/
// (compiled in). A directory is used when it holds a tagger model; with none, the last candidate
// is returned and loading names the missing file.
[[nodiscard]] std::string ResolveModelsDir(const std::string& option);

// Adds `--parser` to a command that extracts (ingest, extract). The UD parser is kg's only one
// since the Link Grammar extractor was removed (issue 11): `--parser ud` is still accepted, so
// that scripts written for two parsers run, and any other value fails the command line with one
// line naming the value and the parser there is.
void AddParserOption(CLI::App& cmd);

}  // namespace kg::cli
