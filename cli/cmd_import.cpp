#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "input/triple_reader.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct ImportOptions {
  std::string file;
  bool json = false;
};

// Triples parsed and written this many at a time: memory stays bounded (about 100 MB of parsed
// triples) whatever the file's size.
constexpr std::size_t kImportBatch = 200000;

// A file's bytes: mapped when it is a regular file (the page cache holds it, not the heap), read
// into memory otherwise (a pipe).
class FileBytes {
 public:
  explicit FileBytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ErrorCode::kNotFound, path + ": cannot open file for reading");
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      size_ = static_cast<std::size_t>(st.st_size);
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        ::madvise(map_, size_, MADV_SEQUENTIAL);
      }
    }
    ::close(fd);
    if (map_ != nullptr) return;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::kNotFound, path + ": cannot open file for reading");
    copy_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ~FileBytes() {
    if (map_ != nullptr) ::munmap(map_, size_);
  }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  [[nodiscard]] std::string_view view() const {
    return map_ != nullptr ? std::string_view(static_cast<const char*>(map_), size_)
                           : std::string_view(copy_);
  }

 private:
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string copy_;
};

void RunImport(const ImportOptions& opts, Context& ctx) {
  const FileBytes bytes(opts.file);
  const std::string_view content = bytes.view();
  input::TripleReader reader(opts.file, content);
  input::TripleFile part;
  std::size_t rejected = 0;
  // Each bad line is reported as it is met; the good ones go to the store a batch at a time.
  const auto next = [&]() -> const std::vector<model::Triple>* {
    if (!reader.Next(kImportBatch, part)) return nullptr;
    ReportDiagnostics(part.rejected);
    rejected += part.rejected.size();
    return &part.triples;
  };
  store::Store store(ctx.db);
  const store::IngestResult r = store.ImportTriples(opts.file, content, next);
  while (next() != nullptr) {  // stored before: still say which lines are bad
  }
  if (opts.json) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "imported", static_cast<std::int64_t>(r.triples));
    Member(w, "unchanged", !r.inserted);
    Member(w, "rejected", static_cast<std::int64_t>(rejected));
    w.EndObject();
  } else {
    std::cout << (r.inserted ? "imported " + std::to_string(r.triples) + " triples"
                             : std::string("unchanged: this file was imported before"))
              << " (" << rejected << " lines rejected) into " << ctx.db << "\n";
  }
  if (rejected > 0) ctx.exit_code = kExitRejected;
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
