#include "nlp/ner_labels.h"

namespace kg::nlp {

std::string_view ClassName(NameClass c) {
  switch (c) {
    case NameClass::kPerson:
      return "PERSON";
    case NameClass::kOrganization:
      return "ORGANIZATION";
    case NameClass::kPlace:
      return "LOCATION";
    case NameClass::kEvent:
      return "EVENT";
    case NameClass::kProduct:
      return "PRODUCT";
    case NameClass::kNorp:
      return "NORP";
    case NameClass::kMisc:
      return "OTHER";
  }
  return "OTHER";
}

std::string LabelName(NerLabel l) {
  if (l == kOutside) return "O";
  return (IsBegin(l) ? "B-" : "I-") + std::string(ClassName(ClassOf(l)));
}

std::vector<LabelSpan> LabelSpans(const std::vector<NerLabel>& labels) {
  std::vector<LabelSpan> out;
  std::size_t i = 0;
  while (i < labels.size()) {
    if (!IsBegin(labels[i])) {
      ++i;
      continue;
    }
    const NameClass c = ClassOf(labels[i]);
    std::size_t end = i + 1;
    while (end < labels.size() && labels[end] == InsideLabel(c)) ++end;
    out.push_back({i, end, c});
    i = end;
  }
  return out;
}

}  // namespace kg::nlp
