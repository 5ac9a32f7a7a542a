#include "arealayerloader.h"

#include "backgroundread.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::AreaFeature;
using yw::map::WebMercator;


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
    Areas out;
    for (const char *id : {"districts", "streets", "communities", "grids"}) {
        auto level = yw::mapview::AreaFeatureReader::read(db, QLatin1String(id));
        if (!level)
            return level.error();
        if (level.value().layerId == QLatin1String("districts")) {
            // Rule: each district its own faint fill, so that boundaries read at a glance.
            int seen = 0;
            for (AreaFeature &f : level.value().features) {
                f.fill = MapLayerSet::palette()[seen++ % MapLayerSet::palette().size()];
                f.fill.setAlpha(38);
            }
        }
        const QRectF &ll = level.value().lonLatBounds;
        if (!ll.isNull())
            out.bounds = out.bounds.isNull() ? ll : out.bounds.united(ll);
        out.levels << std::move(level.value());
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
