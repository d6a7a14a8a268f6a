#pragma once

namespace kg::cli {

// The exit codes kg documents in `kg --help`.
enum ExitCode : int {
  kExitOk = 0,             // everything asked was done
  kExitFailure = 1,        // I/O, store or internal failure; nothing half-done was kept
  kExitUsage = 2,          // bad command line
  kExitRejected = 3,       // finished, but some inputs were rejected (each reported on stderr)
  kExitInterrupted = 130,  // stopped by Ctrl-C (128 + SIGINT); what was stored is whole
};

}  // namespace kg::cli
