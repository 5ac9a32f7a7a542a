#pragma once

#include "gridindex.h"

namespace yw::gis {

// Where a point lies: unit grid → community → street → district (the codes nest by prefix,
// GB/T 30428.1: 6 + 3 + 3 + 3 digits).
struct Location
{
    QString gridCode;
    QString communityCode;
    QString streetCode;
    QString districtCode;
    bool isValid() const { return !gridCode.isEmpty(); }
};

// A unit grid near a point, other than the one holding it.
struct NearbyGrid
{
    QString gridCode;
    double distanceM = 0;
};

class Locator
{
public:
    Locator() = default;
    explicit Locator(std::vector<GridCell> grids) { m_grids.build(std::move(grids)); }

    Location locate(double lon, double lat) const;
    // The grid index only (hot loops that need no strings).
    int locateIndex(double lon, double lat) const { return m_grids.locate(lon, lat); }
    const GridIndex &grids() const { return m_grids; }
    // The other unit grids within radiusM of the point, nearest first (boundary checks: a point
    // a few metres from a grid edge may belong to the neighbour).
    std::vector<NearbyGrid> nearby(double lon, double lat, double radiusM) const;

private:
    GridIndex m_grids;
};

} // namespace yw::gis
