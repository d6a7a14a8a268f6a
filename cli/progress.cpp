#include "cli/progress.h"

#include <cstdio>

#include <unistd.h>

namespace kg::cli {

ProgressLine::ProgressLine(bool enabled, std::optional<std::size_t> total)
    : enabled_(enabled), total_(total) {}

ProgressLine::~ProgressLine() { Clear(); }

bool ProgressLine::Wanted(std::optional<bool> flag, bool quiet) {
  if (flag) return *flag;
  return !quiet && ::isatty(STDERR_FILENO) == 1;
}

void ProgressLine::Update(std::size_t done, std::size_t sentences) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const bool last = total_ && done >= *total_;
  if (!last && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(sentences) / elapsed : 0.0;
  std::string line = std::to_string(done);
  if (total_) line += "/" + std::to_string(*total_);
  line += " articles, " + std::to_string(static_cast<long>(rate)) + " sentences/s";
  if (total_ && done > 0 && done < *total_) {
    const double left = elapsed / static_cast<double>(done) * static_cast<double>(*total_ - done);
    line += ", ETA " + HumanSeconds(left);
  }
  std::fprintf(stderr, "\r\033[Kingest: %s", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

std::string HumanSeconds(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s % 3600 / 60);
  } else if (s >= 60) {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lds", s);
  }
  return buf;
}

}  // namespace kg::cli
