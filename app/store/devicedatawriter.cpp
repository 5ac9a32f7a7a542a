#include "devicedatawriter.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

DeviceDataWriter::DeviceDataWriter(const Database &db)
    : m_devices(db, QStringLiteral("devices"),
                {"id", "kind", "name", "lon", "lat", "grid_code", "component_id", "department_id",
                 "properties"})
    , m_readings(db, QStringLiteral("sensor_readings"), {"device_id", "at", "value", "alarm"})
    , m_positions(db, QStringLiteral("vehicle_positions"),
                  {"device_id", "at", "lon", "lat", "speed_kmh"})
{}

Status DeviceDataWriter::addDevice(const GeodataRepository::Device &d)
{
    return m_devices.add({d.id, d.kind, d.name, d.lon, d.lat, d.gridCode, d.componentId,
                          idOrNull(d.departmentId),
                          d.properties.isEmpty() ? QStringLiteral("{}") : d.properties});
}

Status DeviceDataWriter::addReading(const QString &deviceId, qint64 atMs, double value, bool alarm)
{
    if (auto s = m_devices.flush(); !s) // the device row first
        return s;
    return m_readings.add({deviceId, atMs, value, alarm ? 1 : 0});
}

Status DeviceDataWriter::addPosition(const QString &deviceId, qint64 atMs, double lon, double lat,
                                     double speedKmh)
{
    if (auto s = m_devices.flush(); !s)
        return s;
    return m_positions.add({deviceId, atMs, lon, lat, speedKmh});
}

Status DeviceDataWriter::flush()
{
    for (BulkInserter *b : {&m_devices, &m_readings, &m_positions})
        if (auto s = b->flush(); !s)
            return s;
    return success();
}

} // namespace yw::store
