#pragma once

#include "database.h"
#include "locator.h"

namespace yw::intake {

// The locator over the unit grids stored in a database (area_shapes): what intake, the map,
// imports and the benchmarks look points up in.
yw::core::Result<yw::gis::Locator> loadLocator(yw::store::Database &db);

} // namespace yw::intake
