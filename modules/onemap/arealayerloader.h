#pragma once

#include "areafeaturereader.h"
#include "firstread.h"

#include "maplayerset.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>

namespace yw::onemap {

// Reads the outlines of the districts, streets, communities and unit grids (some 16,000 shapes
// for the full city) on a worker thread and hands them to their layers; a broken shape is
// skipped and counted in the panel. Knows the city's extent once done.
class AreaLayerLoader : public QObject
{
    Q_OBJECT
public:
    using Level = yw::mapview::AreaFeatureReader::Level;
    struct Areas
    {
        QList<Level> levels;
        QRectF bounds; // lon/lat
    };

    AreaLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                    QObject *parent = nullptr);
    ~AreaLayerLoader() override;

    void start();
    bool isLoaded() const { return m_loaded; }
    // The first read ended, with data or with an error the layer panel shows.
    bool isSettled() const { return m_firstRead.ended; }
    // Blocks until the outlines are in (tests, benchmarks).
    void wait();
    QRectF cityBounds() const { return m_bounds; }

    // Reads every level's outlines (in metres, EPSG:3857) from the database.
    static yw::core::Result<Areas> read(yw::store::Database &db);

signals:
    void loaded();
    void settled();
    void failed(const QString &why);

private:
    void apply(const Areas &areas);

    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    QFutureWatcher<yw::core::Result<Areas>> m_watcher;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    QRectF m_bounds;
    bool m_loaded = false;
    FirstRead m_firstRead;
    bool m_reading = false; // a read is under way or its result not yet handled
};

} // namespace yw::onemap
