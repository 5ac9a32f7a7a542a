#include "geodatarepository.h"

#include "bulkreader.h"

#include "componentwriter.h"

#include "bulkinserter.h"
#include "sqlvalues.h"

#include <QTimeZone>
#include <QSqlError>
#include <QSqlQuery>

namespace yw::store {

using namespace yw::core;

namespace {

struct LayerSql
{
    const char *name;
    GeodataRepository::Geometry geometry;
    const char *select; // the last column is the WKT, or lon and lat for points
    QStringList fields;
    QList<QMetaType::Type> types;
};

const QList<LayerSql> &layerSql()
{
    using G = GeodataRepository::Geometry;
    const auto S = QMetaType::QString, L = QMetaType::LongLong, D = QMetaType::Double;
    auto areaLevel = [&](const char *name, const char *level) {
        return LayerSql{name,
                        G::Polygon,
                        nullptr,
                        {QStringLiteral("code"), QStringLiteral("name"),
                         QStringLiteral("parent_code"), QStringLiteral("area_m2")},
                        {S, S, S, D}};
    };
    static const QList<LayerSql> all = [&] {
        QList<LayerSql> l;
        for (auto [name, level] :
             {std::pair{"districts", "District"}, std::pair{"streets", "Street"},
              std::pair{"communities", "Community"}, std::pair{"grids", "UnitGrid"}}) {
            LayerSql s = areaLevel(name, level);
            static QList<QByteArray> keep;
            keep << QByteArray("SELECT a.code, a.name, COALESCE(a.parent_code, ''), s.area_m2, "
                               "s.wkt FROM areas a "
                               "JOIN area_shapes s ON s.code = a.code WHERE a.level = '") +
                        level + "' ORDER BY a.code";
            s.select = keep.last().constData();
            l << s;
        }
        l << LayerSql{
            "responsibility",
            G::Polygon,
            "SELECT code, name, district_code, wkt FROM responsibility_grids ORDER BY code",
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("district_code")},
            {S, S, S}};
        l << LayerSql{
            "components",
            G::Point,
            "SELECT id, class_code, name, grid_code, COALESCE(maintainer_department_id, 0), state, "
            "initial_date, lon, lat FROM components ORDER BY id",
            {QStringLiteral("id"), QStringLiteral("class_code"), QStringLiteral("name"),
             QStringLiteral("grid_code"), QStringLiteral("maintainer_department_id"),
             QStringLiteral("state"), QStringLiteral("initial_date")},
            {S, S, S, S, L, S, S}};
        l << LayerSql{"cases",
                      G::Point,
                      "SELECT id, case_number, source, class_code, state, grid_code, reported_at, "
                      "COALESCE(closed_at, 0), description, lon, lat FROM cases WHERE lon IS NOT "
                      "NULL ORDER BY id",
                      {QStringLiteral("id"), QStringLiteral("case_number"),
                       QStringLiteral("source"), QStringLiteral("class_code"),
                       QStringLiteral("state"), QStringLiteral("grid_code"),
                       QStringLiteral("reported_at_ms"), QStringLiteral("closed_at_ms"),
                       QStringLiteral("description")},
                      {L, S, S, S, S, S, L, L, S}};
        l << LayerSql{"devices",
                      G::Point,
                      "SELECT id, kind, name, grid_code, component_id, properties, lon, lat FROM "
                      "devices ORDER BY id",
                      {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                       QStringLiteral("grid_code"), QStringLiteral("component_id"),
                       QStringLiteral("properties")},
                      {S, S, S, S, S, S}};
        return l;
    }();
    return all;
}

const LayerSql *findLayer(const QString &name)
{
    for (const LayerSql &l : layerSql())
        if (name == QLatin1String(l.name))
            return &l;
    return nullptr;
}

} // namespace

QStringList GeodataRepository::layers()
{
    QStringList out;
    for (const LayerSql &l : layerSql())
        out << QString::fromLatin1(l.name);
    return out;
}

Result<GeodataRepository::LayerInfo> GeodataRepository::layerInfo(const QString &layer)
{
    const LayerSql *l = findLayer(layer);
    if (!l)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no layer '%1' (layers: %2)")
                               .arg(layer, layers().join(QStringLiteral(", "))));
    return LayerInfo{QString::fromLatin1(l->name), l->geometry, l->fields, l->types};
}

Status GeodataRepository::forEach(
    const QString &layer,
    const std::function<bool(const QVariantList &, const QString &)> &row) const
{
    const LayerSql *l = findLayer(layer);
    if (!l)
        return layerInfo(layer).error();
    auto q = m_db.exec(QString::fromLatin1(l->select));
    if (!q)
        return q.error();
    const int nf = int(l->fields.size());
    QVariantList values;
    while (q.value().next()) {
        values.clear();
        for (int i = 0; i < nf; ++i)
            values << q.value().value(i);
        QString wkt;
        if (l->geometry == Geometry::Point)
            wkt = QStringLiteral("POINT (%1 %2)")
                      .arg(q.value().value(nf).toDouble(), 0, 'f', 8)
                      .arg(q.value().value(nf + 1).toDouble(), 0, 'f', 8);
        else if (l->geometry == Geometry::Polygon)
            wkt = q.value().value(nf).toString();
        if (!row(values, wkt))
            break;
    }
    return success();
}

Result<qint64> GeodataRepository::count(const QString &layer) const
{
    qint64 n = 0;
    auto s = forEach(layer, [&](const QVariantList &, const QString &) {
        ++n;
        return true;
    });
    if (!s)
        return s.error();
    return n;
}

Result<std::vector<GeodataRepository::UnitGrid>> GeodataRepository::unitGrids() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT a.code, s.wkt FROM areas a JOIN area_shapes s ON s.code = a.code "
                       "WHERE a.level = 'UnitGrid' ORDER BY a.code"));
    if (!q)
        return q.error();
    std::vector<UnitGrid> out;
    while (q.value().next())
        out.push_back({q.value().value(0).toString(), q.value().value(1).toString()});
    return out;
}

Result<GeodataRepository::Component> GeodataRepository::component(const QString &componentId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, class_code, name, lon, lat, grid_code, state, initial_date, "
                       "COALESCE(maintainer_department_id, 0) FROM components WHERE id = ?"),
        {componentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("no component %1").arg(componentId));
    const QSqlQuery &r = q.value();
    return Component{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                     r.value(3).toDouble(), r.value(4).toDouble(), r.value(5).toString(),
                     r.value(6).toString(), r.value(7).toString(), r.value(8).toLongLong()};
}

Result<QRectF> GeodataRepository::areaBounds(const QString &code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT min_lon, min_lat, max_lon, max_lat FROM area_shapes "
                                      "WHERE code = ?"),
                       {code});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no shape of area %1").arg(code));
    return QRectF(QPointF(q.value().value(0).toDouble(), q.value().value(1).toDouble()),
                  QPointF(q.value().value(2).toDouble(), q.value().value(3).toDouble()));
}

Status GeodataRepository::forEachComponentPoint(
    const std::function<void(const QString &, const QString &, double, double)> &row) const
{
    // Millions of rows: through the client library, row by row (Qt SQL's PostgreSQL driver
    // held the whole result, about 700 MB for the full city, and a QVariant per value).
    return BulkReader(m_db).select(
        QStringLiteral("SELECT id, class_code, lon, lat FROM components ORDER BY id"), {},
        [&](const BulkReader::Row &r) { row(r.text(0), r.text(1), r.real(2), r.real(3)); },
        BulkReader::Delivery::Streamed);
}

Result<std::vector<GeodataRepository::VehiclePosition>> GeodataRepository::vehiclePositions() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT device_id, at, lon, lat FROM vehicle_positions ORDER BY device_id, at"));
    if (!q)
        return q.error();
    std::vector<VehiclePosition> out;
    while (q.value().next())
        out.push_back(VehiclePosition{q.value().value(0).toString(),
                                      sqlvalues::toTime(q.value().value(1)),
                                      q.value().value(2).toDouble(), q.value().value(3).toDouble()});
    return out;
}

Result<QSet<QString>> GeodataRepository::devicesInAlarm() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT r.device_id FROM sensor_readings r WHERE r.alarm = 1 AND r.at = "
        "(SELECT MAX(l.at) FROM sensor_readings l WHERE l.device_id = r.device_id)"));
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString());
    return out;
}

Result<QList<GeodataRepository::AlarmReading>> GeodataRepository::alarmReadingsAfter(const QDateTime &after,
                                                                                 int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.device_id, v.kind, v.name, v.lon, v.lat, r.at, r.value "
                                      "FROM sensor_readings r JOIN devices v ON v.id = r.device_id "
                                      "WHERE r.alarm = 1 AND r.at > ? ORDER BY r.at LIMIT ?"),
                       {after.toMSecsSinceEpoch(), limit});
    if (!q)
        return q.error();
    QList<AlarmReading> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << AlarmReading{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toDouble(),
                            r.value(4).toDouble(), QDateTime::fromMSecsSinceEpoch(r.value(5).toLongLong(), QTimeZone::utc()),
                            r.value(6).toDouble()};
    }
    return out;
}

Result<std::vector<GeodataRepository::Device>> GeodataRepository::devices() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, name, lon, lat, grid_code, component_id "
                                      "FROM devices ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Device> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.push_back(Device{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                             r.value(3).toDouble(), r.value(4).toDouble(), r.value(5).toString(),
                             r.value(6).toString()});
    }
    return out;
}

Result<GeodataRepository::Device> GeodataRepository::device(const QString &deviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, name, lon, lat, grid_code, component_id "
                                      "FROM devices WHERE id = ?"),
                       {deviceId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no device %1").arg(deviceId));
    const QSqlQuery &r = q.value();
    return Device{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                  r.value(3).toDouble(), r.value(4).toDouble(), r.value(5).toString(),
                  r.value(6).toString()};
}

Result<qint64> GeodataRepository::componentMaintainer(const QString &componentId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT COALESCE(maintainer_department_id, 0) FROM components WHERE id = ?"),
        {componentId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

namespace {
Result<QStringList> existing(const Database &db, const QString &table, const QString &column,
                             const QStringList &keys)
{
    QStringList found;
    for (qsizetype i = 0; i < keys.size(); i += 200) {
        const QStringList part = keys.mid(i, 200);
        QStringList marks;
        QVariantList binds;
        for (const QString &k : part) {
            marks << QStringLiteral("?");
            binds << k;
        }
        auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (%3)")
                             .arg(column, table, marks.join(QLatin1Char(','))),
                         binds);
        if (!q)
            return q.error();
        while (q.value().next())
            found << q.value().value(0).toString();
    }
    return found;
}
} // namespace

Result<QStringList> GeodataRepository::existingAreaCodes(const QStringList &codes) const
{
    return existing(m_db, QStringLiteral("areas"), QStringLiteral("code"), codes);
}

Result<QStringList> GeodataRepository::existingComponentIds(const QStringList &ids) const
{
    return existing(m_db, QStringLiteral("components"), QStringLiteral("id"), ids);
}

Status GeodataRepository::addUnitGrids(const std::vector<AreaShape> &grids)
{
    BulkInserter areas(m_db, QStringLiteral("areas"), {"code", "name", "level", "parent_code"});
    for (const AreaShape &g : grids)
        if (auto s = areas.add({g.code, g.name, QStringLiteral("UnitGrid"), g.code.left(12)}); !s)
            return s;
    if (auto s = areas.flush(); !s) // before the shapes that refer to them
        return s;
    return addShapes(grids);
}

Status GeodataRepository::addShapes(const std::vector<AreaShape> &shapes)
{
    BulkInserter rows(m_db, QStringLiteral("area_shapes"),
                      {"code", "min_lon", "min_lat", "max_lon", "max_lat", "area_m2", "wkt"});
    for (const AreaShape &a : shapes)
        if (auto s = rows.add({a.code, a.minLon, a.minLat, a.maxLon, a.maxLat, a.areaM2, a.wkt});
            !s)
            return s;
    return rows.flush();
}

Status GeodataRepository::addComponents(const std::vector<Component> &components)
{
    ComponentWriter writer(m_db);
    for (Component c : components) {
        if (c.dataSource.isEmpty())
            c.dataSource = QStringLiteral("导入");
        if (auto s = writer.add(c); !s)
            return s;
    }
    return writer.flush();
}

Status GeodataRepository::addResponsibilityGrids(const std::vector<ResponsibilityGrid> &grids)
{
    BulkInserter rows(m_db, QStringLiteral("responsibility_grids"),
                      {"code", "name", "district_code", "wkt"});
    for (const ResponsibilityGrid &r : grids)
        if (auto s = rows.add({r.code, r.name, r.districtCode, r.wkt}); !s)
            return s;
    if (auto s = rows.flush(); !s) // before the cells that refer to them
        return s;
    BulkInserter cells(m_db, QStringLiteral("responsibility_grid_cells"), {"resp_code", "grid_code"});
    for (const ResponsibilityGrid &r : grids)
        for (const QString &g : r.unitGridCodes)
            if (auto s = cells.add({r.code, g}); !s)
                return s;
    return cells.flush();
}

} // namespace yw::store
