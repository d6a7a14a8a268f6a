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

void AddParserOption(CLI::App& cmd) {
  cmd.add_option_function<std::string>(
         "--parser", [](const std::string&) {},
         "ud, the only parser: the nlp analyser's UD trees and the clause rules (the option "
         "stays for scripts that name it)")
      ->check(CLI::Validator(
          [](const std::string& value) {
            return value == "ud" ? std::string()
                                 : "'" + value +
                                       "' is no parser of kg: ud is the only one (Link Grammar "
                                       "was removed)";
          },
          "ud", "parser"));
}

}  // namespace kg::cli
