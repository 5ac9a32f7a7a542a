#pragma once

#include "areafeature.h"
#include "database.h"

#include <QRectF>

#include <vector>

namespace yw::mapview {

// Reads the outlines of one level of the city's areas (districts, streets, communities, unit
// grids) from the case database as map features in metres (EPSG:3857): what the one map and a
// scenario's map draw. A broken shape is skipped and counted.
class AreaFeatureReader
{
public:
    struct Level
    {
        QString layerId; // districts, streets, communities, grids
        std::vector<yw::map::AreaFeature> features;
        int broken = 0;
        QRectF lonLatBounds;
    };

    static yw::core::Result<Level> read(yw::store::Database &db, const QString &layerId);
};

} // namespace yw::mapview
