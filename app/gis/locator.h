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

class Locator
{
public:
    Locator() = default;
    explicit Locator(std::vector<GridCell> grids) { m_grids.build(std::move(grids)); }

    Location locate(double lon, double lat) const;
    // The grid index only (hot loops that need no strings).
    int locateIndex(double lon, double lat) const { return m_grids.locate(lon, lat); }
    const GridIndex &grids() const { return m_grids; }

private:
    GridIndex m_grids;
};

} // namespace yw::gis
