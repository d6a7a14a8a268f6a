#pragma once

#include <string>
#include <string_view>

namespace kg::exporter {

// Text safe inside XML elements and attribute values; control characters XML 1.0 forbids are
// dropped.
[[nodiscard]] std::string XmlEscape(std::string_view text);
// Text safe inside a double-quoted DOT string: quotes and backslashes escaped, line breaks as \n.
[[nodiscard]] std::string DotEscape(std::string_view text);
// A number with four decimals, the same on every machine.
[[nodiscard]] std::string FormatNumber(double value);

}  // namespace kg::exporter
