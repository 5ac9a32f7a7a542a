#include "localprojection.h"

#include <cmath>

namespace yw::gis {

LocalProjection::LocalProjection(double originLon, double originLat)
    : m_lon0(originLon)
    , m_lat0(originLat)
    , m_kx(kMetresPerDegree * std::cos(originLat * M_PI / 180.0))
{}

Point LocalProjection::toMetres(const Point &p) const
{
    return Point((p.x() - m_lon0) * m_kx, (p.y() - m_lat0) * kMetresPerDegree);
}

Point LocalProjection::toLonLat(const Point &m) const
{
    return Point(m_lon0 + m.x() / m_kx, m_lat0 + m.y() / kMetresPerDegree);
}

namespace {
template<typename F> MultiPolygon mapPoints(const MultiPolygon &in, F f)
{
    MultiPolygon out = in;
    for (Polygon &poly : out) {
        for (Point &p : poly.outer())
            p = f(p);
        for (auto &ring : poly.inners())
            for (Point &p : ring)
                p = f(p);
    }
    return out;
}
} // namespace

MultiPolygon LocalProjection::toMetres(const MultiPolygon &lonLat) const
{
    return mapPoints(lonLat, [this](const Point &p) { return toMetres(p); });
}

MultiPolygon LocalProjection::toLonLat(const MultiPolygon &metres) const
{
    return mapPoints(metres, [this](const Point &p) { return toLonLat(p); });
}

double LocalProjection::areaM2(const MultiPolygon &lonLat) const
{
    return std::abs(bg::area(toMetres(lonLat)));
}

double LocalProjection::distanceM(const Point &a, const Point &b) const
{
    return bg::distance(toMetres(a), toMetres(b));
}

} // namespace yw::gis
