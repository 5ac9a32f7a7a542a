#include "componentlayerloader.h"

#include "backgroundread.h"
#include "geodatarepository.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::PointLayer;
using yw::map::WebMercator;

ComponentLayerLoader::ComponentLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
{
    connect(&m_watcher, &QFutureWatcher<Result<Data>>::finished, this, [this] {
        m_reading = false;
        const Result<Data> data = m_watcher.result();
        if (!data) {
            m_layers.panel().setStatus(QStringLiteral("components"), tr("could not be read"));
            if (m_firstRead.end())
                emit settled();
            return;
        }
        m_layers.components->setData(data.value());
        m_layers.panel().setStatus(QStringLiteral("components"),
                                   QLocale().toString(qlonglong(data.value()->index.size())));
        m_layers.panel().touch(QStringLiteral("components"));
        m_loaded = true;
        emit loaded();
        if (m_firstRead.end())
            emit settled();
    });
}

ComponentLayerLoader::~ComponentLayerLoader()
{
    m_cancel->cancel(); // a read under way stops at once
    m_watcher.waitForFinished();
}

void ComponentLayerLoader::start()
{
    m_layers.panel().setStatus(QStringLiteral("components"), tr("loading…"));
    const QHash<QString, int> categories = m_layers.componentCategories();
    m_reading = true;
    m_watcher.setFuture(yw::shell::readInBackground<Data>(
        m_context.database->location(), QStringLiteral("map-loader"),
        [categories](yw::store::Database &db) { return read(db, categories); },
        m_cancel));
}

void ComponentLayerLoader::wait()
{
    yw::shell::waitUntil([this] { return !m_reading; });
}

Result<ComponentLayerLoader::Data> ComponentLayerLoader::read(yw::store::Database &db,
                                                              const QHash<QString, int> &categories)
{
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    auto s = yw::store::GeodataRepository(db).forEachComponentPoint(
        [&](const QString &id, const QString &cls, double lon, double lat) {
            const QPointF m = WebMercator::toMetres(lon, lat);
            xs.push_back(float(m.x()));
            ys.push_back(float(m.y()));
            data->category.push_back(uint16_t(categories.value(cls, 0)));
            data->numericId.push_back(id.toULongLong());
        });
    if (!s)
        return s.error();
    data->index.build(std::move(xs), std::move(ys), 256);
    return Data(data);
}

} // namespace yw::onemap
