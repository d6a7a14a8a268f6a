#include "cli/interrupt.h"

#include <csignal>

namespace kg::cli {
namespace {

// A signal handler can only reach static storage: the one mutable static in kg, and why.
volatile std::sig_atomic_t interrupted = 0;
struct sigaction previous {};

extern "C" void OnInterrupt(int /*signal*/) {
  interrupted = 1;
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process
}

}  // namespace

InterruptGuard::InterruptGuard() {
  interrupted = 0;
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;  // reads and SQLite's writes go on; the flag is checked between
  sigaction(SIGINT, &action, &previous);
}

InterruptGuard::~InterruptGuard() { sigaction(SIGINT, &previous, nullptr); }

bool InterruptGuard::Requested() { return interrupted != 0; }

}  // namespace kg::cli
