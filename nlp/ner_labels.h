#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// The name classes the statistical recogniser predicts: one coarse set that both training
// sources map into (GUM's mention types and UNER's PER/ORG/LOC/OTH). Places are refined to
// COUNTRY/CITY/LOCATION by the gazetteers after tagging, and value types (MONEY, DATE, QUANTITY,
// PERCENT) come from rules (nlp/value_rules.h), not from the model.
enum class NameClass : std::uint8_t {
  kPerson,
  kOrganization,
  kPlace,
  kEvent,
  kProduct,
  kNorp,  // nationalities, religious and political groups ("German", "Muslims", "Democrats")
  kMisc,  // other names: UNER's OTH, GUM's named abstracts, substances, animals
};
inline constexpr std::size_t kNameClassCount = 7;

// BIO labels over NameClass: 0 is O, then B-x and I-x for each class in enum order.
inline constexpr std::size_t kNerLabelCount = 1 + 2 * kNameClassCount;
using NerLabel = std::uint8_t;
inline constexpr NerLabel kOutside = 0;

[[nodiscard]] constexpr NerLabel BeginLabel(NameClass c) {
  return static_cast<NerLabel>(1 + 2 * static_cast<int>(c));
}
[[nodiscard]] constexpr NerLabel InsideLabel(NameClass c) {
  return static_cast<NerLabel>(2 + 2 * static_cast<int>(c));
}
[[nodiscard]] constexpr bool IsBegin(NerLabel l) { return l != kOutside && l % 2 == 1; }
[[nodiscard]] constexpr bool IsInside(NerLabel l) { return l != kOutside && l % 2 == 0; }
[[nodiscard]] constexpr NameClass ClassOf(NerLabel l) {
  return static_cast<NameClass>((l - 1) / 2);
}

// "PERSON", "ORGANIZATION", "LOCATION", "EVENT", "PRODUCT", "NORP", "OTHER".
[[nodiscard]] std::string_view ClassName(NameClass c);
// "O", "B-PERSON", "I-ORGANIZATION", ...
[[nodiscard]] std::string LabelName(NerLabel l);

// Whether label l may follow label prev in a BIO sequence (I-x only after B-x or I-x).
[[nodiscard]] constexpr bool Allowed(NerLabel prev, NerLabel l) {
  if (l == kOutside || IsBegin(l)) return true;
  return prev != kOutside && ClassOf(prev) == ClassOf(l);
}

// A name in a BIO sequence: tokens [begin, end) of one class.
struct LabelSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  NameClass cls = NameClass::kMisc;
  bool operator==(const LabelSpan&) const = default;
};

// The names of a BIO sequence in order; an I- label that does not continue its class is ignored.
[[nodiscard]] std::vector<LabelSpan> LabelSpans(const std::vector<NerLabel>& labels);

// "U.S. House Speaker Jim Wright said Congress should act" labelled one organisation from "U.S."
// to "Congress": no name holds a verb in lower case. `span` over `tokens` (one sentence's words,
// `upos` their UPOS tags, parallel, or empty) cut at each lower-case word tagged VERB or AUX;
// the pieces on either side keep the class when they start with a capital letter, the others
// are dropped. Without tags, or without such a word, the span comes back whole. Never throws.
[[nodiscard]] std::vector<LabelSpan> SplitAtVerbs(const std::vector<std::string>& tokens,
                                                  const std::vector<std::string>& upos,
                                                  const LabelSpan& span);

}  // namespace kg::nlp
