#pragma once

// Where extraction time went (`kg ingest --profile`), and the timers that measure it.
//
//   { StageTimer timer(profile.parse); Parse(); }   // adds the scope's seconds to profile.parse
//   StageClock clock; Parse(); profile.parse += clock.Lap(); Rules(); profile.rules += clock.Lap();

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kg::extract {

// Where extraction time went, summed over the articles an ArticleExtractor extracted (seconds of
// wall time on its thread). parse is the analyser's splitting, tokenising, tagging and parsing;
// rules is the clause rules and emission; typing is entity recognition, typing and resolution.
struct ExtractProfile {
  double parse = 0, rules = 0, typing = 0;
  std::size_t articles = 0, sentences = 0, words = 0;
  std::vector<std::pair<std::uint32_t, float>> parses;  // (words, seconds) of each parse

  void Add(const ExtractProfile& other);
};

// Adds the wall time between its construction and its destruction, in seconds, to `total`, which
// must outlive it. Seconds() reads the time so far without stopping the timer.
class StageTimer {
 public:
  explicit StageTimer(double& total) : total_(total) {}
  ~StageTimer() { total_ += Seconds(); }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

  [[nodiscard]] double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  double& total_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// One clock for consecutive stages: Lap() is the seconds since the last Lap (or construction).
class StageClock {
 public:
  [[nodiscard]] double Lap() {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start_).count();
    start_ = now;
    return seconds;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace kg::extract
