#include "nlp/text_normalizer.h"

#include <array>
#include <utility>

namespace kg::nlp {
namespace {

struct Replacement {
  std::string_view from;
  std::string_view to;
};

// Multi-byte sequences the parser does not know, with what it reads better. A dash between words
// becomes the treebanks' "--" (tagged as a comma, PTB's dash): a single spaced "-" is tagged HYPH
// and glues the words beside it into one compound ("a summit - held in Paris - with India" parsed
// with "summit" a compound of "held").
constexpr std::array kReplacements = {
    Replacement{"\u201C", "\""},   Replacement{"\u201D", "\""},   Replacement{"\u201E", "\""},
    Replacement{"\u00AB", "\""},   Replacement{"\u00BB", "\""},   Replacement{"\u2018", "'"},
    Replacement{"\u2019", "'"},    Replacement{"\u201A", "'"},    Replacement{"\u2032", "'"},
    Replacement{"\u2014", " -- "}, Replacement{"\u2013", " -- "}, Replacement{"\u2012", " -- "},
    Replacement{"\u2015", " -- "}, Replacement{"\u2026", "..."},  Replacement{"\u00A0", " "},
    Replacement{"\u2009", " "},    Replacement{"\u200A", " "},    Replacement{"\u2002", " "},
    Replacement{"\u2003", " "},    Replacement{"\u202F", " "},    Replacement{"\u200B", ""},
    Replacement{"\uFEFF", ""},     Replacement{"\u2010", "-"},    Replacement{"\u2011", "-"},
};

class Builder {
 public:
  void Add(std::string_view piece, std::size_t from) {
    for (const char c : piece) {
      out_.text.push_back(c);
      out_.origin.push_back(static_cast<std::uint32_t>(from));
    }
  }
  NormalizedText Finish(std::size_t input_size) {
    out_.origin.push_back(static_cast<std::uint32_t>(input_size));
    return std::move(out_);
  }

 private:
  NormalizedText out_;
};

}  // namespace

std::size_t NormalizedText::OriginalEnd(std::size_t i) const {
  if (i == 0) return origin[0];
  if (i >= text.size()) return origin[text.size()];
  // The byte before i came from some input position; the span ends where the next input
  // character starts, which is origin[i] unless both bytes came from one replaced sequence.
  return origin[i] == origin[i - 1] ? std::size_t{origin[i]} + 1 : std::size_t{origin[i]};
}

NormalizedText Normalize(std::string_view input) {
  Builder builder;
  std::size_t i = 0;
  while (i < input.size()) {
    const auto c = static_cast<unsigned char>(input[i]);
    if (c >= 0x80) {
      bool replaced = false;
      for (const auto& r : kReplacements) {
        if (input.substr(i, r.from.size()) == r.from) {
          builder.Add(r.to, i);
          i += r.from.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) {
        builder.Add(input.substr(i, 1), i);
        ++i;
      }
      continue;
    }
    if (c == '\r' || c == '\t' || c == '\f' || c == '\v' || (c < 0x20 && c != '\n') || c == 0x7F) {
      builder.Add(" ", i);
    } else if (c == '`') {
      builder.Add("'", i);
    } else {
      builder.Add(input.substr(i, 1), i);
    }
    ++i;
  }
  return builder.Finish(input.size());
}

NormalizedText NormalizePtb(std::string_view input) {
  const NormalizedText first = Normalize(input);
  Builder builder;
  const std::string& t = first.text;
  std::size_t i = 0;
  while (i < t.size()) {
    if (t.compare(i, 2, "''") == 0 || t.compare(i, 2, "``") == 0) {
      builder.Add("\"", first.origin[i]);
      i += 2;
      continue;
    }
    builder.Add(std::string_view(t).substr(i, 1), first.origin[i]);
    ++i;
  }
  return builder.Finish(input.size());
}

bool IsValidUtf8(std::string_view text, std::size_t* bad_offset) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    unsigned min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    } else {
      *bad_offset = i;
      return false;
    }
    if (i + len > text.size()) {
      *bad_offset = i;
      return false;
    }
    unsigned code = c & (0x7Fu >> len);
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) {
        *bad_offset = i;
        return false;
      }
      code = (code << 6) | (cc & 0x3Fu);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace kg::nlp
