#pragma once

// Ctrl-C during a long command: the first SIGINT only sets a flag that the command checks between
// articles, so that what is stored stays whole; a second SIGINT ends the process at once (SQLite
// rolls back the transaction in flight).
//
//   InterruptGuard guard;                  // SIGINT handled while guard lives
//   if (InterruptGuard::Requested()) ...   // between two units of work

namespace kg::cli {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // Whether SIGINT arrived since the guard was made. Safe to call from any thread.
  [[nodiscard]] static bool Requested();
};

}  // namespace kg::cli
