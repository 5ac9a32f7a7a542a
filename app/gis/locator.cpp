#include "locator.h"

#include "localprojection.h"

#include <algorithm>

namespace yw::gis {

Location Locator::locate(double lon, double lat) const
{
    const int i = m_grids.locate(lon, lat);
    if (i < 0)
        return {};
    const QString &code = m_grids.cell(i).code;
    return Location{code, code.left(12), code.left(9), code.left(6)};
}

std::vector<NearbyGrid> Locator::nearby(double lon, double lat, double radiusM) const
{
    std::vector<NearbyGrid> out;
    const int own = m_grids.locate(lon, lat);
    const LocalProjection local(lon, lat);
    const double dLon = radiusM / local.metresPerDegreeLon();
    const double dLat = radiusM / LocalProjection::kMetresPerDegree;
    const Box box(Point(lon - dLon, lat - dLat), Point(lon + dLon, lat + dLat));
    const Point here(0, 0); // the origin of the local plane
    for (int i : m_grids.intersecting(box)) {
        if (i == own)
            continue;
        const double d = bg::distance(here, local.toMetres(m_grids.cell(i).shape));
        if (d <= radiusM)
            out.push_back({m_grids.cell(i).code, d});
    }
    std::sort(out.begin(), out.end(),
              [](const NearbyGrid &a, const NearbyGrid &b) { return a.distanceM < b.distanceM; });
    return out;
}

} // namespace yw::gis
