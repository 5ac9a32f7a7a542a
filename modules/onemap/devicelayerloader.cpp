#include "devicelayerloader.h"

#include "backgroundread.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::PointLayer;
using yw::map::WebMercator;
using VehiclePosition = yw::store::GeodataRepository::VehiclePosition;

DeviceLayerLoader::DeviceLayerLoader(yw::shell::ModuleContext &context, MapLayerSet &layers,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
{
    connect(&m_watcher, &QFutureWatcher<Result<Devices>>::finished, this, [this] {
        m_reading = false;
        const Result<Devices> r = m_watcher.result();
        if (!r) {
            m_layers.panel().setStatus(QStringLiteral("devices"), m_context.describe(r.error()));
            if (m_firstRead.end())
                emit settled();
            return;
        }
        m_layers.devices->setData(r->points);
        m_layers.panel().setStatus(QStringLiteral("devices"),
                                   QLocale().toString(qlonglong(r->points->index.size())));
        m_layers.panel().touch(QStringLiteral("devices"));
        m_positions = r->positions;
        m_latest = {};
        for (const auto &p : m_positions)
            if (!m_latest.isValid() || p.at > m_latest)
                m_latest = p.at;
        showVehiclesAt(m_latest);
        m_loaded = true;
        emit loaded();
        if (m_firstRead.end())
            emit settled();
    });
}

DeviceLayerLoader::~DeviceLayerLoader()
{
    m_cancel->cancel(); // a read under way stops at once
    m_watcher.waitForFinished();
}

void DeviceLayerLoader::start()
{
    m_reading = true;
    m_watcher.setFuture(yw::shell::readInBackground<Devices>(m_context.database->location(),
                                                  QStringLiteral("map-devices"),
                                                  &DeviceLayerLoader::read,
        m_cancel));
}

void DeviceLayerLoader::wait()
{
    yw::shell::waitUntil([this] { return !m_reading; });
}

Result<DeviceLayerLoader::Devices> DeviceLayerLoader::read(yw::store::Database &db)
{
    yw::store::GeodataRepository geo(db);
    auto devices = geo.devices();
    if (!devices)
        return devices.error();
    // Rule: a sensor whose latest reading is an alarm stands out.
    auto inAlarm = geo.devicesInAlarm();
    const QSet<QString> alarming = inAlarm ? inAlarm.value() : QSet<QString>();
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    for (const auto &d : devices.value()) {
        if (d.kind == QLatin1String("vehicle")) // vehicles are drawn where they are now
            continue;
        const QPointF m = WebMercator::toMetres(d.lon, d.lat);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        data->category.push_back(d.kind == QLatin1String("camera") ? MapLayerSet::Camera
                                 : alarming.contains(d.id)         ? MapLayerSet::SensorInAlarm
                                                                   : MapLayerSet::Sensor);
        data->textId << d.id;
        data->text << d.name;
    }
    data->index.build(std::move(xs), std::move(ys), 64);
    auto positions = geo.vehiclePositions();
    if (!positions)
        return positions.error();
    return Devices{data, std::move(positions).value()};
}

std::shared_ptr<PointLayer::Data>
DeviceLayerLoader::vehiclesAt(const std::vector<VehiclePosition> &positions, const QDateTime &t,
                              int *vehicles)
{
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    int n = 0;
    auto add = [&](const VehiclePosition &p, int category) {
        const QPointF m = WebMercator::toMetres(p.lon, p.lat);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        data->category.push_back(uint16_t(category));
        data->textId << p.deviceId;
    };
    // Positions are by vehicle, then time: each vehicle's run is scanned once.
    for (size_t i = 0; i < positions.size();) {
        size_t end = i;
        while (end < positions.size() && positions[end].deviceId == positions[i].deviceId)
            ++end;
        int last = -1;
        for (size_t k = i; k < end && positions[k].at <= t; ++k) {
            last = int(k);
            if (positions[k].at > t.addSecs(-1800)) // the track: the last half hour
                add(positions[k], 1);
        }
        if (last >= 0) {
            add(positions[size_t(last)], 0);
            ++n;
        }
        i = end;
    }
    data->index.build(std::move(xs), std::move(ys), 64);
    if (vehicles)
        *vehicles = n;
    return data;
}

void DeviceLayerLoader::showVehiclesAt(const QDateTime &t)
{
    const QDateTime at = t.isValid() ? t : m_latest;
    int vehicles = 0;
    m_layers.vehicles->setData(vehiclesAt(m_positions, at, &vehicles));
    m_layers.panel().setStatus(
        QStringLiteral("vehicles"),
        at.isValid() ? tr("%1 at %2").arg(vehicles).arg(QLocale().toString(
                           at.toTimeZone(m_context.calendar->timeZone()), QStringLiteral("MM-dd HH:mm")))
                     : QString());
    m_layers.panel().touch(QStringLiteral("vehicles"));
}

} // namespace yw::onemap
