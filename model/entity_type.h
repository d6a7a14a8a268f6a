#pragma once

#include <optional>
#include <string_view>

namespace kg::model {

// The entity types every layer agrees on. kOther is a common noun phrase that names no entity
// of a known kind ("the effort", "security guarantees").
enum class EntityType {
  kPerson,
  kOrganization,
  kCountry,
  kCity,
  kLocation,
  kEvent,
  kWeapon,
  kProduct,
  kMoney,
  kDate,
  kQuantity,
  kOther,
};

inline constexpr EntityType kAllEntityTypes[] = {
    EntityType::kPerson,   EntityType::kOrganization, EntityType::kCountry,  EntityType::kCity,
    EntityType::kLocation, EntityType::kEvent,        EntityType::kWeapon,   EntityType::kProduct,
    EntityType::kMoney,    EntityType::kDate,         EntityType::kQuantity, EntityType::kOther};

// "PERSON", "ORGANIZATION", ...: the spelling used in the store, on the command line and in
// exports.
[[nodiscard]] std::string_view TypeName(EntityType type);

// Case-insensitive inverse of TypeName; also accepts "ORG", "LOC", "GPE", "PER". Empty when
// unknown.
[[nodiscard]] std::optional<EntityType> ParseType(std::string_view name);

// True for the types that name a place (country, city, other location).
[[nodiscard]] bool IsPlace(EntityType type);

}  // namespace kg::model
