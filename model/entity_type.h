#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kg::model {

// The node types every layer agrees on. kOther is a common noun phrase that names no entity
// of a known kind ("the effort", "security guarantees"). kStatement is no entity: the clause a
// speaker or source is reported to have said, named as written ("the talks failed" of "Berg said
// the talks failed"). New types go last: snapshots store the type's number.
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
  kStatement,
};

// How many types there are: the size of a table indexed by a type's number.
inline constexpr std::size_t kEntityTypeCount =
    static_cast<std::size_t>(EntityType::kStatement) + 1;

inline constexpr EntityType kAllEntityTypes[] = {
    EntityType::kPerson,   EntityType::kOrganization, EntityType::kCountry,  EntityType::kCity,
    EntityType::kLocation, EntityType::kEvent,        EntityType::kWeapon,   EntityType::kProduct,
    EntityType::kMoney,    EntityType::kDate,         EntityType::kQuantity, EntityType::kOther,
    EntityType::kStatement};

// "PERSON", "ORGANIZATION", ...: the spelling used in the store, on the command line and in
// exports.
[[nodiscard]] std::string_view TypeName(EntityType type);

// Case-insensitive inverse of TypeName; also accepts "ORG", "LOC", "GPE", "PER". Empty when
// unknown.
[[nodiscard]] std::optional<EntityType> ParseType(std::string_view name);

// True for the types that name a place (country, city, other location).
[[nodiscard]] bool IsPlace(EntityType type);

// True for every type but kStatement: what `kg entities` lists and an entity sample draws from.
[[nodiscard]] bool IsEntity(EntityType type);

}  // namespace kg::model
