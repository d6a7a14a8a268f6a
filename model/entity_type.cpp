#include "model/entity_type.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kg::model {

std::string_view TypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrganization:
      return "ORGANIZATION";
    case EntityType::kCountry:
      return "COUNTRY";
    case EntityType::kCity:
      return "CITY";
    case EntityType::kLocation:
      return "LOCATION";
    case EntityType::kEvent:
      return "EVENT";
    case EntityType::kWeapon:
      return "WEAPON";
    case EntityType::kProduct:
      return "PRODUCT";
    case EntityType::kMoney:
      return "MONEY";
    case EntityType::kDate:
      return "DATE";
    case EntityType::kQuantity:
      return "QUANTITY";
    case EntityType::kOther:
      return "OTHER";
    case EntityType::kStatement:
      return "STATEMENT";
  }
  return "OTHER";
}

std::optional<EntityType> ParseType(std::string_view name) {
  std::string upper(name);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (const EntityType type : kAllEntityTypes) {
    if (TypeName(type) == upper) return type;
  }
  if (upper == "PER") return EntityType::kPerson;
  if (upper == "ORG") return EntityType::kOrganization;
  if (upper == "GPE") return EntityType::kCountry;
  if (upper == "LOC") return EntityType::kLocation;
  return std::nullopt;
}

bool IsPlace(EntityType type) {
  return type == EntityType::kCountry || type == EntityType::kCity || type == EntityType::kLocation;
}

bool IsEntity(EntityType type) { return type != EntityType::kStatement; }

}  // namespace kg::model
