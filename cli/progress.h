#pragma once

// One line on standard error that a long command rewrites in place ("\r", then erase to the end
// of the line): articles done of total, sentences per second and the time left. It is drawn only
// when enabled (by default: standard error is a terminal and --quiet was not given), at most five
// times a second.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace kg::cli {

class ProgressLine {
 public:
  // total: the articles expected, or nullopt when unknown (standard input).
  ProgressLine(bool enabled, std::optional<std::size_t> total);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // done articles (stored or unchanged) and the sentences extracted so far.
  void Update(std::size_t done, std::size_t sentences);
  // Erases the line, so that what comes next starts on a clean one.
  void Clear();

  // --progress forces the line on, --no-progress off; otherwise on when stderr is a terminal.
  [[nodiscard]] static bool Wanted(std::optional<bool> flag, bool quiet);

 private:
  bool enabled_;
  bool drawn_ = false;
  std::optional<std::size_t> total_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

// "1h02m", "3m05s", "42s": a duration for people.
[[nodiscard]] std::string HumanSeconds(double seconds);

}  // namespace kg::cli
