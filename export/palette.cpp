#include "export/palette.h"

namespace kg::exporter {

const char* FillColour(model::EntityType t) {
  switch (t) {
    case model::EntityType::kPerson:
      return "#8dd3c7";
    case model::EntityType::kOrganization:
      return "#ffffb3";
    case model::EntityType::kCountry:
      return "#bebada";
    case model::EntityType::kCity:
      return "#fb8072";
    case model::EntityType::kLocation:
      return "#80b1d3";
    case model::EntityType::kEvent:
      return "#fdb462";
    case model::EntityType::kWeapon:
      return "#b3de69";
    case model::EntityType::kProduct:
      return "#fccde5";
    case model::EntityType::kMoney:
      return "#ccebc5";
    case model::EntityType::kDate:
      return "#bc80bd";
    case model::EntityType::kQuantity:
      return "#ffed6f";
    case model::EntityType::kOther:
      return "#d9d9d9";
    case model::EntityType::kStatement:
      return "#ffffff";
  }
  return "#d9d9d9";
}

const char* DotShape(model::EntityType t) {
  return t == model::EntityType::kStatement ? "note" : nullptr;
}

}  // namespace kg::exporter
