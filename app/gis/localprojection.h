#pragma once

#include "geometry.h"

namespace yw::gis {

// A local equirectangular plane around an origin: metres east and north. At city scale
// (tens of kilometres) its error is far below a metre per hundred metres, which is what the
// demo synthesis, distances and buffers need. Transformations between real coordinate
// systems go through PROJ (CoordinateTransform).
class LocalProjection
{
public:
    static constexpr double kMetresPerDegree = 111320.0; // along a meridian, near enough

    LocalProjection() = default;
    LocalProjection(double originLon, double originLat);

    Point toMetres(const Point &lonLat) const;
    Point toLonLat(const Point &metres) const;
    MultiPolygon toMetres(const MultiPolygon &lonLat) const;
    MultiPolygon toLonLat(const MultiPolygon &metres) const;
    // Metres per degree of longitude at the origin.
    double metresPerDegreeLon() const { return m_kx; }
    // Area in square metres of a lon/lat shape.
    double areaM2(const MultiPolygon &lonLat) const;
    double distanceM(const Point &a, const Point &b) const;

private:
    double m_lon0 = 0;
    double m_lat0 = 0;
    double m_kx = kMetresPerDegree;
};

} // namespace yw::gis
