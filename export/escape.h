#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace kg::exporter {

// Text safe inside a double-quoted DOT string: quotes and backslashes escaped, line breaks as \n.
[[nodiscard]] std::string DotEscape(std::string_view text);
// A number with four decimals, the same on every machine.
[[nodiscard]] std::string FormatNumber(double value);

// Text to escape for XML on its way into a Sink: sink << Xml{name} writes it safe inside XML
// elements and attribute values, with the control characters XML 1.0 forbids dropped.
struct Xml {
  std::string_view text;
};

// Output gathered in memory and handed to the stream in large blocks: an export of a million
// edges makes tens of millions of small appends, which a std::ostream makes several times slower.
class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) { buffer_.reserve(kBlock + kBlock / 4); }
  ~Sink() { Flush(); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  Sink& operator<<(std::string_view text) {
    buffer_.append(text);
    return Spill();
  }
  Sink& operator<<(char c) {
    buffer_.push_back(c);
    return Spill();
  }
  Sink& operator<<(Xml x);
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  Sink& Spill() {
    if (buffer_.size() >= kBlock) Flush();
    return *this;
  }
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace kg::exporter
