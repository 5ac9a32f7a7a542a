#pragma once

#include "firstread.h"

#include "geodatarepository.h"
#include "maplayerset.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>

namespace yw::onemap {

// Sensors (in the alarm colour when their latest reading is an alarm) and cameras where they
// stand, and vehicles where they were at a moment with their last half hour as a track: the
// latest positions live, any moment of a day's replay. Read on a worker thread.
class DeviceLayerLoader : public QObject
{
    Q_OBJECT
public:
    struct Devices
    {
        std::shared_ptr<const yw::map::PointLayer::Data> points; // sensors and cameras
        std::vector<yw::store::GeodataRepository::VehiclePosition> positions;
    };

    DeviceLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                      QObject *parent = nullptr);
    ~DeviceLayerLoader() override;

    void start();
    bool isLoaded() const { return m_loaded; }
    // The first read ended, with data or with an error the layer panel shows.
    bool isSettled() const { return m_firstRead.ended; }
    void wait();
    // Vehicles where they were at `t` (invalid: their latest positions).
    void showVehiclesAt(const QDateTime &t);
    QDateTime latestPosition() const { return m_latest; }

    static yw::core::Result<Devices> read(yw::store::Database &db);
    // Vehicles at `t` with their track of the half hour before, from positions by vehicle, then
    // time; `vehicles` is set to how many there were.
    static std::shared_ptr<yw::map::PointLayer::Data>
    vehiclesAt(const std::vector<yw::store::GeodataRepository::VehiclePosition> &positions,
               const QDateTime &t, int *vehicles);

signals:
    void loaded();
    void settled();

private:
    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    QFutureWatcher<yw::core::Result<Devices>> m_watcher;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    std::vector<yw::store::GeodataRepository::VehiclePosition> m_positions;
    QDateTime m_latest;
    bool m_loaded = false;
    FirstRead m_firstRead;
    bool m_reading = false; // a read is under way or its result not yet handled
};

} // namespace yw::onemap
