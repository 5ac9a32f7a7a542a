#pragma once

#include <QTimeZone>

#include "componentsynthesizer.h"
#include "demoscale.h"
#include "error.h"
#include "syntheticcity.h"

#include <QJsonObject>

#include <functional>
#include <random>
#include <set>

namespace yw::demo {

struct SyntheticDevice
{
    QString id;
    QString kind; // manhole_sensor, bridge_sensor, gas_sensor, water_level_sensor, camera, vehicle
    QString name;
    double lon = 0;
    double lat = 0;
    QString gridCode;
    QString componentId;
    qint64 departmentId = 0;
    QJsonObject properties;
};

// IoT sensors (manhole covers, bridges, gas, water level) with hourly readings and the alarms
// they raise, cameras at street corners, and patrol vehicles with their GPS tracks of the last day.
class DeviceSynthesizer
{
public:
    using DeviceSink = std::function<yw::core::Status(const SyntheticDevice &)>;
    using ReadingSink = std::function<yw::core::Status(const QString &device, qint64 atMs,
                                                       double value, bool alarm)>;
    using PositionSink = std::function<yw::core::Status(const QString &device, qint64 atMs,
                                                        double lon, double lat, double speedKmh)>;

    // cityZone: the work calendar's; vehicles drive in the city's daytime.
    DeviceSynthesizer(const DemoScale &scale, std::mt19937_64 &rng, const QTimeZone &cityZone)
        : m_scale(scale)
        , m_zone(cityZone)
        , m_rng(rng)
    {}

    yw::core::Status run(const SyntheticCity &city, const ComponentSynthesizer &componentClasses,
                         const std::vector<SyntheticComponent> &components, const QDateTime &end,
                         const DeviceSink &onDevice, const ReadingSink &onReading,
                         const PositionSink &onPosition);

private:
    yw::core::Status sensors(const SyntheticCity &city, const ComponentSynthesizer &componentClasses,
                             const std::vector<SyntheticComponent> &components,
                             const QDateTime &end, const DeviceSink &onDevice,
                             const ReadingSink &onReading);
    yw::core::Status cameras(const SyntheticCity &city, const DeviceSink &onDevice);
    yw::core::Status vehicles(const SyntheticCity &city, const QDateTime &end,
                              const DeviceSink &onDevice, const PositionSink &onPosition);
    // One vehicle's day from `from` (07:00) for twelve hours.
    yw::core::Status drive(const SyntheticCity &city, const SyntheticDevice &d, bool sanitation,
                           const QDateTime &from, const PositionSink &onPosition);

    const DemoScale &m_scale;
    QTimeZone m_zone;
    std::mt19937_64 &m_rng;
    std::set<std::pair<int, int>> m_coveredCells; // (column, row) of the covered grids
};

} // namespace yw::demo
