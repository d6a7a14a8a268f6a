#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "extract/extract.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct ImportOptions {
  std::string file;
  bool json = false;
};

void RunImport(const ImportOptions& opts, Context& ctx) {
  std::ifstream in(opts.file, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNotFound, opts.file + ": cannot open file for reading");
  const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const input::TripleFile file = input::ReadTriples(opts.file, content);
  ReportDiagnostics(file.rejected);
  store::Store store(ctx.db);
  const store::IngestResult r = store.ImportTriples(opts.file, content, file.triples);
  if (opts.json) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "imported", static_cast<std::int64_t>(r.triples));
    Member(w, "unchanged", !r.inserted);
    Member(w, "rejected", static_cast<std::int64_t>(file.rejected.size()));
    w.EndObject();
  } else {
    std::cout << (r.inserted ? "imported " + std::to_string(r.triples) + " triples"
                             : std::string("unchanged: this file was imported before"))
              << " (" << file.rejected.size() << " lines rejected) into " << ctx.db << "\n";
  }
  if (!file.rejected.empty()) ctx.exit_code = kExitRejected;
}

}  // namespace

void SetupImport(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Store triples made elsewhere (TSV or JSONL)");
  cmd->add_option(
         "file", opts->file,
         "TSV: subject, subject_type, predicate, object, object_type[, relation[, confidence]]")
      ->required();
  cmd->add_flag("--json", opts->json, "Print the summary as JSON");
  cmd->footer(
      "Example:\n  printf 'Denmark\\tCOUNTRY\\tfund\\tERAM missiles\\tWEAPON\\n' > t.tsv && kg "
      "import t.tsv");
  cmd->callback([opts, &ctx] { RunImport(*opts, ctx); });
}

}  // namespace kg::cli
