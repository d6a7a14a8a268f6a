// kg: articles in, a typed knowledge graph out. This file only wires the commands together and
// turns errors into one line and an exit code.
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "model/error.h"

namespace {

constexpr const char* kFooter = R"(Examples:
  kg --db news.db ingest samples/
  kg --db news.db triples --subject Macron
  kg --db news.db path Merz Putin
  kg --db news.db query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --evidence
  kg --db news.db export --format dot | dot -Tsvg > graph.svg

The store is ./kg.db unless --db or $KG_DB says otherwise.
Exit codes: 0 success; 1 failure (nothing half-written is kept); 2 usage error;
3 finished, but some inputs were rejected (each named on stderr).)";

int ExitCodeFor(kg::ErrorCode code) {
  switch (code) {
    case kg::ErrorCode::kInvalidInput:
    case kg::ErrorCode::kNotFound:
    case kg::ErrorCode::kCorruption:
    case kg::ErrorCode::kIoError:
    case kg::ErrorCode::kNotSupported:
      return kg::cli::kExitFailure;
  }
  return kg::cli::kExitFailure;
}

// The first word that is neither an option nor --db's value, when no command has that name:
// CLI11 would only say that the argument was not expected.
std::optional<std::string> UnknownCommand(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--db") {
      ++i;
      continue;
    }
    if (arg.empty() || arg.front() == '-') continue;
    const auto named =
        app.get_subcommands([&](const CLI::App* sub) { return sub->check_name(std::string(arg)); });
    if (named.empty()) return std::string(arg);
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kg: build a knowledge graph from news articles, then ask it questions."};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);  // CMake's project version
  app.require_subcommand(1);
  kg::cli::Context ctx;
  app.add_option("--db", ctx.db, "The graph store (SQLite file); default ./kg.db or $KG_DB");
  kg::cli::SetupIngest(app, ctx);
  kg::cli::SetupExtract(app, ctx);
  kg::cli::SetupImport(app, ctx);
  kg::cli::SetupTriples(app, ctx);
  kg::cli::SetupEntities(app, ctx);
  kg::cli::SetupNeighbors(app, ctx);
  kg::cli::SetupPath(app, ctx);
  kg::cli::SetupExport(app, ctx);
  kg::cli::SetupStats(app, ctx);
  kg::cli::SetupTag(app, ctx);
  kg::cli::SetupQuery(app, ctx);
  kg::cli::SetupRank(app, ctx);
  kg::cli::SetupComponents(app, ctx);
  kg::cli::SetupAnalyze(app, ctx);
  kg::cli::SetupCoref(app, ctx);
  kg::cli::SetupTrain(app, ctx);
  kg::cli::SetupMerge(app, ctx);
  kg::cli::SetupMerges(app, ctx);
  if (const auto unknown = UnknownCommand(app, argc, argv)) {
    std::cerr << "kg: error: unknown command '" << *unknown
              << "' (hint: kg --help lists the commands)\n";
    return kg::cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kg::cli::kExitOk : kg::cli::kExitUsage;
  } catch (const kg::Error& e) {
    std::cerr << "kg: error: " << e.what() << "\n";
    return ExitCodeFor(e.code());
  } catch (const std::exception& e) {
    std::cerr << "kg: error: " << e.what() << "\n";
    return kg::cli::kExitFailure;
  }
  return ctx.exit_code;
}
