#include "webmercator.h"

#include <cmath>

namespace yw::map {

QPointF WebMercator::toMetres(double lon, double lat)
{
    const double x = lon * kHalfWorld / 180.0;
    const double clamped = std::max(-85.05112878, std::min(85.05112878, lat));
    const double y = std::log(std::tan((90.0 + clamped) * M_PI / 360.0)) * kEarthRadius;
    return {x, y};
}

QPointF WebMercator::toLonLat(const QPointF &m)
{
    const double lon = m.x() / kHalfWorld * 180.0;
    const double lat = 360.0 / M_PI * std::atan(std::exp(m.y() / kEarthRadius)) - 90.0;
    return {lon, lat};
}

double WebMercator::metresPerPixel(double zoom)
{
    return 2 * kHalfWorld / (kTileSize * std::pow(2.0, zoom));
}

double WebMercator::groundMetresPerPixel(double zoom, double lat)
{
    return metresPerPixel(zoom) * std::cos(lat * M_PI / 180.0);
}

QRectF WebMercator::tileBounds(int z, int x, int y)
{
    const double size = 2 * kHalfWorld / std::pow(2.0, z);
    const double left = -kHalfWorld + x * size;
    const double top = kHalfWorld - y * size;
    return QRectF(left, top - size, size, size); // bottom-left origin, height upwards
}

} // namespace yw::map
