#pragma once

#include "model/entity_type.h"

namespace kg::exporter {

// One fill colour per entity type (ColorBrewer Set3, "#rrggbb"; white for a STATEMENT, which is
// no entity), the same in DOT and yEd, so a reader sees the kinds at a glance.
[[nodiscard]] const char* FillColour(model::EntityType t);

// The shape of a node: "note" (a page with a folded corner) for a STATEMENT, so a reported clause
// never reads as a thing; nullptr for an entity (the writer's default box). Graphviz's shape
// names; yEd has no note, GraphML writes its "parallelogram" instead.
[[nodiscard]] const char* DotShape(model::EntityType t);

}  // namespace kg::exporter
