#include "export/escape.h"

#include <algorithm>
#include <charconv>

namespace kg::exporter {

namespace {

bool NeedsXmlEscape(char c) {
  return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' ||
         (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r');
}

void AppendXml(std::string& out, std::string_view text) {
  // Most names and predicates need nothing: one append instead of one per character.
  if (std::none_of(text.begin(), text.end(), NeedsXmlEscape)) {
    out.append(text);
    return;
  }
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (!NeedsXmlEscape(c)) out += c;  // the rest are control characters XML 1.0 forbids
    }
  }
}

}  // namespace

Sink& Sink::operator<<(Xml x) {
  AppendXml(buffer_, x.text);
  return Spill();
}

std::string DotEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      continue;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string FormatNumber(double value) {
  char buf[512];  // the widest double in fixed notation fits
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 4);
  if (ec != std::errc()) return "0.0000";  // not reached
  return std::string(buf, end);
}

}  // namespace kg::exporter
