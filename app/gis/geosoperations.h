#pragma once

#include "geometry.h"

#include <QString>

#include <vector>

namespace yw::gis {

// The GEOS operations Yiwang needs (validity, union), on our Boost.Geometry shapes. GEOS is the
// reference implementation of these in the field (PostGIS and QGIS use it); each call has its
// own GEOS context, so it is safe from any thread.
class GeosOperations
{
public:
    // Empty if valid, otherwise GEOS's reason (e.g. "Self-intersection[113.01 28.19]").
    static QString invalidReason(const MultiPolygon &shape);
    // The union of the shapes (dissolved: shared edges disappear).
    static MultiPolygon unite(const std::vector<MultiPolygon> &shapes);
};

} // namespace yw::gis
