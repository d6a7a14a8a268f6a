#include "nlp/ner_labels.h"

#include <cctype>

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

std::vector<LabelSpan> SplitAtVerbs(const std::vector<std::string>& tokens,
                                    const std::vector<std::string>& upos, const LabelSpan& span) {
  std::vector<LabelSpan> out;
  std::size_t start = span.begin;
  const auto close = [&](std::size_t end) {
    if (end > start && !tokens[start].empty() &&
        std::isupper(static_cast<unsigned char>(tokens[start][0])) != 0)
      out.push_back({start, end, span.cls});
  };
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const bool verb = i < upos.size() && (upos[i] == "VERB" || upos[i] == "AUX") &&
                      !tokens[i].empty() &&
                      std::islower(static_cast<unsigned char>(tokens[i][0])) != 0;
    if (!verb) continue;
    close(i);
    start = i + 1;
  }
  if (start == span.begin) return {span};
  close(span.end);
  return out;
}

}  // namespace kg::nlp
