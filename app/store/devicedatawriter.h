#pragma once

#include "bulkinserter.h"
#include "geodatarepository.h"

namespace yw::store {

// Streams devices (sensors, cameras, vehicles), sensor readings and vehicle positions into the
// database, in the caller's transaction. A reading or a position after a device is written
// after it (the foreign key).
class DeviceDataWriter
{
public:
    explicit DeviceDataWriter(const Database &db);

    yw::core::Status addDevice(const GeodataRepository::Device &d);
    // atMs: UTC milliseconds.
    yw::core::Status addReading(const QString &deviceId, qint64 atMs, double value, bool alarm);
    yw::core::Status addPosition(const QString &deviceId, qint64 atMs, double lon, double lat,
                                 double speedKmh);
    yw::core::Status flush();

private:
    BulkInserter m_devices;
    BulkInserter m_readings;
    BulkInserter m_positions;
};

} // namespace yw::store
