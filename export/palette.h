#pragma once

#include "model/entity_type.h"

namespace kg::exporter {

// One fill colour per entity type (ColorBrewer Set3, "#rrggbb"), the same in DOT and yEd, so a
// reader sees the kinds at a glance.
[[nodiscard]] const char* FillColour(model::EntityType t);

}  // namespace kg::exporter
