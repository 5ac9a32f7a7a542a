#pragma once

#include "firstread.h"

#include "maplayerset.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace yw::onemap {

// The open cases on the map, coloured by their deadline light, live: each burst of changes from
// the change feed is one re-read, on a worker thread. A day's replay takes the layer over
// (paused) and gives it back.
class OpenCaseLayer : public QObject
{
    Q_OBJECT
public:
    using Data = std::shared_ptr<const yw::map::PointLayer::Data>;
    static constexpr int kLimit = 50000;

    OpenCaseLayer(yw::shell::ModuleContext &context, MapLayerSet &layers, QObject *parent = nullptr);
    ~OpenCaseLayer() override;

    // Reads the open cases now (again, when a read is under way: its result is dropped).
    void refresh();
    bool isLoaded() const { return m_loaded; }
    // The first read ended, with data or with an error the layer panel shows.
    bool isSettled() const { return m_firstRead.ended; }
    // Blocks until the read under way is in (tests, benchmarks).
    void wait();
    // While paused (a replay shows its day), changes are not shown; resuming reads again.
    void setPaused(bool paused);

    // The open cases at `now` as points, by light.
    static yw::core::Result<Data> read(yw::store::Database &db,
                                       const yw::core::WorkCalendar &calendar, const QDateTime &now);

signals:
    void loaded();
    void settled();

private:
    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    QFutureWatcher<yw::core::Result<Data>> m_watcher;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    QTimer m_debounce;
    bool m_paused = false;
    bool m_again = false; // changes came while reading: read once more
    bool m_loaded = false;
    FirstRead m_firstRead;
    bool m_reading = false; // a read is under way or its result not yet handled
};

} // namespace yw::onemap
