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

}  // namespace kg::nlp
