#include "arealayerloader.h"

#include "backgroundread.h"
#include "geodatarepository.h"
#include "geometry.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::AreaFeature;
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

AreaLayerLoader::AreaLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
{
    connect(&m_watcher, &QFutureWatcher<Result<Areas>>::finished, this, [this] {
        m_reading = false;
        const Result<Areas> r = m_watcher.result();
        if (!r) {
            for (const char *id : {"districts", "streets", "communities", "grids"})
                m_layers.panel().setStatus(QLatin1String(id), tr("could not be read"));
            emit failed(m_context.describe(r.error()));
            if (m_firstRead.end())
                emit settled();
            return;
        }
        apply(r.value());
        if (m_firstRead.end())
            emit settled();
    });
}

AreaLayerLoader::~AreaLayerLoader()
{
    m_cancel->cancel(); // a read under way stops at once
    m_watcher.waitForFinished();
}

void AreaLayerLoader::start()
{
    for (const char *id : {"districts", "streets", "communities", "grids"})
        m_layers.panel().setStatus(QLatin1String(id), tr("loading…"));
    m_reading = true;
    m_watcher.setFuture(yw::shell::readInBackground<Areas>(m_context.database->location(),
                                                QStringLiteral("map-areas"), &AreaLayerLoader::read,
        m_cancel));
}

void AreaLayerLoader::wait()
{
    yw::shell::waitUntil([this] { return !m_reading; });
}

Result<AreaLayerLoader::Areas> AreaLayerLoader::read(yw::store::Database &db)
{
    yw::store::GeodataRepository geo(db);
    Areas out;
    int districtsSeen = 0;
    for (const char *id : {"districts", "streets", "communities", "grids"}) {
        Level level;
        level.layerId = QLatin1String(id);
        const bool districts = level.layerId == QLatin1String("districts");
        auto s = geo.forEach(level.layerId, [&](const QVariantList &values, const QString &wkt) {
            yw::gis::MultiPolygon shape;
            if (!yw::gis::fromWkt(wkt, shape) || shape.empty()) {
                ++level.broken; // a broken shape is reported in the panel and skipped
                return true;
            }
            AreaFeature f;
            f.code = values.value(0).toString();
            f.name = values.value(1).toString();
            f.path = toPath(shape);
            f.bounds = f.path.boundingRect();
            if (districts) {
                // Rule: each district its own faint fill, so that boundaries read at a glance.
                f.fill = MapLayerSet::palette()[districtsSeen++ % MapLayerSet::palette().size()];
                f.fill.setAlpha(38);
            }
            const QRectF ll = QRectF(WebMercator::toLonLat(f.bounds.topLeft()),
                                     WebMercator::toLonLat(f.bounds.bottomRight()))
                                  .normalized();
            out.bounds = out.bounds.isNull() ? ll : out.bounds.united(ll);
            level.features.push_back(std::move(f));
            return true;
        });
        if (!s)
            return s.error();
        out.levels << std::move(level);
    }
    return out;
}

void AreaLayerLoader::apply(const Areas &areas)
{
    const QHash<QString, std::shared_ptr<yw::map::AreaLayer>> targets = {
        {QStringLiteral("districts"), m_layers.districts},
        {QStringLiteral("streets"), m_layers.streets},
        {QStringLiteral("communities"), m_layers.communities},
        {QStringLiteral("grids"), m_layers.grids}};
    for (const Level &level : areas.levels) {
        const int n = int(level.features.size());
        targets.value(level.layerId)->setFeatures(level.features);
        m_layers.panel().setStatus(level.layerId,
                                   level.broken > 0
                                       ? tr("%1 shown, %2 broken shapes skipped").arg(n).arg(level.broken)
                                       : QLocale().toString(n));
        m_layers.panel().touch(level.layerId);
    }
    m_bounds = areas.bounds;
    m_loaded = true;
    emit loaded();
}

} // namespace yw::onemap
