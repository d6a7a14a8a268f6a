#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.h"
#include "cli/render.h"

namespace kg::cli {

// Each command is an options struct plus a Setup that registers it on the app; the callback runs
// the command and leaves its exit code in the context.
void SetupIngest(CLI::App& app, Context& ctx);
void SetupExtract(CLI::App& app, Context& ctx);
void SetupImport(CLI::App& app, Context& ctx);
void SetupTriples(CLI::App& app, Context& ctx);
void SetupEntities(CLI::App& app, Context& ctx);
void SetupNeighbors(CLI::App& app, Context& ctx);
void SetupPath(CLI::App& app, Context& ctx);
void SetupExport(CLI::App& app, Context& ctx);
void SetupStats(CLI::App& app, Context& ctx);
void SetupTag(CLI::App& app, Context& ctx);
void SetupQuery(CLI::App& app, Context& ctx);
void SetupRank(CLI::App& app, Context& ctx);
void SetupComponents(CLI::App& app, Context& ctx);
void SetupAnalyze(CLI::App& app, Context& ctx);
void SetupCoref(CLI::App& app, Context& ctx);
void SetupTrain(CLI::App& app, Context& ctx);
// Adds `ner` to the `train` command.
void SetupTrainNer(CLI::App& train);
void SetupMerge(CLI::App& app, Context& ctx);
void SetupMerges(CLI::App& app, Context& ctx);

}  // namespace kg::cli
