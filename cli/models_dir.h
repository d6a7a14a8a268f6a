#pragma once

#include <string>

namespace kg::cli {

// Where kg finds its trained models, first match wins: the --models option when given, then
// $KG_MODELS, then the install prefix's share/kg/models, then the source tree's models/
// (compiled in). A directory is used when it holds a tagger model; with none, the last candidate
// is returned and loading names the missing file.
[[nodiscard]] std::string ResolveModelsDir(const std::string& option);

}  // namespace kg::cli
