#include "areafeaturereader.h"

#include "geodatarepository.h"
#include "geometry.h"
#include "webmercator.h"

namespace yw::mapview {

using yw::map::WebMercator;

namespace {
// Outline in lon/lat (EPSG:4490) → path in metres (EPSG:3857).
QPainterPath toPath(const yw::gis::MultiPolygon &shape)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &poly : shape) {
        auto ring = [&](const auto &r) {
            bool first = true;
            for (const auto &pt : r) {
                const QPointF m = WebMercator::toMetres(pt.x(), pt.y());
                if (first)
                    path.moveTo(m);
                else
                    path.lineTo(m);
                first = false;
            }
            path.closeSubpath();
        };
        ring(poly.outer());
        for (const auto &inner : poly.inners())
            ring(inner);
    }
    return path;
}
} // namespace

yw::core::Result<AreaFeatureReader::Level> AreaFeatureReader::read(yw::store::Database &db, const QString &layerId)
{
    yw::store::GeodataRepository geo(db);
    Level level;
    level.layerId = layerId;
    auto s = geo.forEach(layerId, [&](const QVariantList &values, const QString &wkt) {
        yw::gis::MultiPolygon shape;
        if (!yw::gis::fromWkt(wkt, shape) || shape.empty()) {
            ++level.broken;
            return true;
        }
        yw::map::AreaFeature f;
        f.code = values.value(0).toString();
        f.name = values.value(1).toString();
        f.path = toPath(shape);
        f.bounds = f.path.boundingRect();
        const QRectF ll =
            QRectF(WebMercator::toLonLat(f.bounds.topLeft()), WebMercator::toLonLat(f.bounds.bottomRight())).normalized();
        level.lonLatBounds = level.lonLatBounds.isNull() ? ll : level.lonLatBounds.united(ll);
        level.features.push_back(std::move(f));
        return true;
    });
    if (!s)
        return s.error();
    return level;
}

} // namespace yw::mapview
