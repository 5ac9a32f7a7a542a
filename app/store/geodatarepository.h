#pragma once

#include <QRectF>
#include <QSet>

#include "database.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

namespace yw::store {

// The city's geodata as layers: read for export and for the locator, written by imports.
// Shapes are WKT in EPSG:4490 longitude/latitude.
class GeodataRepository
{
public:
    enum class Geometry { Point, Polygon, None };
    struct LayerInfo
    {
        QString name;
        Geometry geometry = Geometry::Polygon;
        QStringList fields;
        QList<QMetaType::Type> types; // per field: QString, LongLong or Double
    };
    struct UnitGrid
    {
        QString code;
        QString wkt;
    };
    // An area's shape with what is kept beside it: its bounding box and area.
    struct AreaShape
    {
        QString code;
        QString name; // for new unit grids
        double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
        double areaM2 = 0;
        QString wkt;
    };
    struct Component
    {
        QString id;
        QString classCode;
        QString name;
        double lon = 0;
        double lat = 0;
        QString gridCode;
        QString state;
        QString initialDate;
        qint64 maintainerDepartmentId = 0;
        qint64 authorityDepartmentId = 0; // 主管部门; 0 when unknown
        QString dataSource;               // 数据来源: 实测, 导入...
    };
    // A responsibility grid (责任网格): the unit grids an inspector or a crew looks after.
    struct ResponsibilityGrid
    {
        QString code;
        QString name;
        QString districtCode;
        QString wkt;
        QStringList unitGridCodes;
    };

    struct Device
    {
        QString id;
        QString kind; // e.g. Camera, WaterLevel, ManholeCover, Vehicle
        QString name;
        double lon = 0;
        double lat = 0;
        QString gridCode;
        QString componentId;
        qint64 departmentId = 0; // who runs it
        QString properties;      // JSON: thresholds, stream address, plate...
    };

    explicit GeodataRepository(Database &db)
        : m_db(db)
    {}

    static QStringList layers();
    static yw::core::Result<LayerInfo> layerInfo(const QString &layer);
    // Every feature of the layer, in key order: values in the layer's field order and the WKT
    // (for points built from lon/lat). The callback returns false to stop.
    yw::core::Status
    forEach(const QString &layer,
            const std::function<bool(const QVariantList &values, const QString &wkt)> &row) const;
    yw::core::Result<qint64> count(const QString &layer) const;

    yw::core::Result<std::vector<UnitGrid>> unitGrids() const;
    // One component; NotFound when there is none with that id.
    yw::core::Result<Component> component(const QString &componentId) const;
    // The bounding box (lon/lat) of an area's shape; NotFound when it has none.
    yw::core::Result<QRectF> areaBounds(const QString &code) const;
    // Every component's id, class and position, in id order (the map's component layer: millions
    // of rows, read without building WKT).
    yw::core::Status forEachComponentPoint(
        const std::function<void(const QString &id, const QString &classCode, double lon,
                                 double lat)> &row) const;
    struct VehiclePosition
    {
        QString deviceId;
        QDateTime at;
        double lon = 0;
        double lat = 0;
    };
    // Every vehicle GPS position, by vehicle, then time.
    yw::core::Result<std::vector<VehiclePosition>> vehiclePositions() const;
    // The sensors whose latest reading is an alarm.
    yw::core::Result<QSet<QString>> devicesInAlarm() const;
    struct AlarmReading
    {
        QString deviceId;
        QString kind;
        QString name;
        double lon = 0;
        double lat = 0;
        QDateTime at;
        double value = 0;
    };
    // Alarm readings taken after `after`, oldest first, at most `limit` (the wall's rules; an
    // index keeps this a look-up however long the history).
    yw::core::Result<QList<AlarmReading>> alarmReadingsAfter(const QDateTime &after, int limit) const;
    // Every registered sensor, camera and vehicle, in id order.
    yw::core::Result<std::vector<Device>> devices() const;
    // One registered sensor, camera or vehicle; NotFound when there is none with that id.
    yw::core::Result<Device> device(const QString &deviceId) const;
    // The maintainer (养护单位) of a component, 0 when the component or its maintainer is unknown.
    yw::core::Result<qint64> componentMaintainer(const QString &componentId) const;
    // Codes that exist already among the given ones (duplicates across imports).
    yw::core::Result<QStringList> existingAreaCodes(const QStringList &codes) const;
    yw::core::Result<QStringList> existingComponentIds(const QStringList &ids) const;

    // In the caller's transaction; the caller has validated the rows.
    // New unit grids (their parent is the community of their code), with their shapes.
    yw::core::Status addUnitGrids(const std::vector<AreaShape> &grids);
    // Shapes of areas that exist already (districts, streets, communities).
    yw::core::Status addShapes(const std::vector<AreaShape> &shapes);
    yw::core::Status addComponents(const std::vector<Component> &components);
    yw::core::Status addResponsibilityGrids(const std::vector<ResponsibilityGrid> &grids);

private:
    Database &m_db;
};

} // namespace yw::store
