#pragma once

#include "firstread.h"

#include "maplayerset.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>

namespace yw::onemap {

// Reads the surveyed components (2.9 million in the full city) on a worker thread into the
// component layer's point index; the map is usable meanwhile.
class ComponentLayerLoader : public QObject
{
    Q_OBJECT
public:
    using Data = std::shared_ptr<const yw::map::PointLayer::Data>;

    ComponentLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                         QObject *parent = nullptr);
    ~ComponentLayerLoader() override;

    void start();
    bool isLoaded() const { return m_loaded; }
    // The first read ended, with data or with an error the layer panel shows.
    bool isSettled() const { return m_firstRead.ended; }
    // Blocks until the components are in (tests, benchmarks).
    void wait();

    // Every component as a point of its big class's category.
    static yw::core::Result<Data> read(yw::store::Database &db,
                                       const QHash<QString, int> &categories);

signals:
    void loaded();
    void settled();

private:
    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    QFutureWatcher<yw::core::Result<Data>> m_watcher;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    bool m_loaded = false;
    FirstRead m_firstRead;
    bool m_reading = false; // a read is under way or its result not yet handled
};

} // namespace yw::onemap
