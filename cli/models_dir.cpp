#include "cli/models_dir.h"

#include <cstdlib>
#include <filesystem>

#include "nlp/analyzer.h"

namespace kg::cli {

std::string ResolveModelsDir(const std::string& option) {
  if (!option.empty()) return option;
  const char* env = std::getenv("KG_MODELS");
  if (env != nullptr && *env != '\0') return env;
  for (const char* dir : {KG_INSTALL_MODELS_DIR, KG_SOURCE_MODELS_DIR}) {
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::path(dir) / nlp::kTaggerFile, ec)) return dir;
  }
  return KG_SOURCE_MODELS_DIR;
}

}  // namespace kg::cli
