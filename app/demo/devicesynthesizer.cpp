#include "devicesynthesizer.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace yw::demo {

using namespace yw::core;

namespace {
struct SensorKind
{
    const char *kind;
    const char16_t *name;
    const char16_t *componentWord; // the component it is mounted on, if any
    double share;
    double normal, spread, alarmAt; // reading model and alarm threshold
    const char *unit;
};
const SensorKind kSensors[] = {
    {"manhole_sensor", u"井盖倾斜监测", u"井盖", 0.5, 2, 1.5, 15, "deg"},
    {"water_level_sensor", u"积水水位监测", nullptr, 0.2, 2, 3, 30, "cm"},
    {"gas_sensor", u"燃气浓度监测", u"燃气井盖", 0.2, 1, 1, 20, "%LEL"},
    {"bridge_sensor", u"桥梁应变监测", u"桥", 0.1, 300, 80, 800, "ue"},
};
} // namespace

Status DeviceSynthesizer::run(const SyntheticCity &city,
                              const ComponentSynthesizer &componentClasses,
                              const std::vector<SyntheticComponent> &components,
                              const QDateTime &end, const DeviceSink &onDevice,
                              const ReadingSink &onReading, const PositionSink &onPosition)
{
    if (auto s = sensors(city, componentClasses, components, end, onDevice, onReading); !s)
        return s;
    if (auto s = cameras(city, onDevice); !s)
        return s;
    return vehicles(city, end, onDevice, onPosition);
}

Status DeviceSynthesizer::sensors(const SyntheticCity &city,
                                  const ComponentSynthesizer &componentClasses,
                                  const std::vector<SyntheticComponent> &components,
                                  const QDateTime &end, const DeviceSink &onDevice,
                                  const ReadingSink &onReading)
{
    // Sensors, on components of their kind where there are some, with hourly readings.
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> gauss(0, 1);
    std::uniform_int_distribution<size_t> pickGrid(0, city.grids.size() - 1);
    const qint64 endMs = end.toMSecsSinceEpoch() / 3600000 * 3600000; // on the hour
    int serial = 0;
    for (const SensorKind &k : kSensors) {
        std::vector<size_t> mounts;
        if (k.componentWord) {
            std::vector<char> matches;
            for (const TaxonomyClass &c : componentClasses.classes())
                matches.push_back(c.nameZh.contains(QString::fromUtf16(k.componentWord)) ? 1 : 0);
            for (size_t i = 0; i < components.size(); ++i)
                if (matches[components[i].cls])
                    mounts.push_back(i);
        }
        const int n = std::max(1, int(std::lround(m_scale.sensors * k.share)));
        for (int j = 0; j < n; ++j) {
            SyntheticDevice d;
            d.id = QStringLiteral("S%1").arg(++serial, 6, 10, QLatin1Char('0'));
            d.kind = QString::fromLatin1(k.kind);
            d.name = QString::fromUtf16(k.name) + QStringLiteral(" %1").arg(serial);
            if (!mounts.empty()) {
                const SyntheticComponent &c =
                    components[mounts[size_t(unit(m_rng) * double(mounts.size())) % mounts.size()]];
                d.lon = c.lon;
                d.lat = c.lat;
                d.gridCode = city.grids[c.grid].code;
                d.componentId = componentClasses.idOf(city, c);
            } else {
                const SyntheticGrid &g = city.grids[pickGrid(m_rng)];
                d.lon = g.lonLat.min_corner().x() +
                        unit(m_rng) * (g.lonLat.max_corner().x() - g.lonLat.min_corner().x());
                d.lat = g.lonLat.min_corner().y() +
                        unit(m_rng) * (g.lonLat.max_corner().y() - g.lonLat.min_corner().y());
                d.gridCode = g.code;
            }
            d.properties = QJsonObject{{QStringLiteral("unit"), QString::fromLatin1(k.unit)},
                                       {QStringLiteral("alarm_threshold"), k.alarmAt}};
            if (auto s = onDevice(d); !s)
                return s;
            // Hourly readings; now and then an episode above the threshold.
            const int hours = m_scale.readingDays * m_scale.sensorReadingsPerDay;
            int episode = 0;
            for (int h = hours; h > 0; --h) {
                if (episode == 0 && unit(m_rng) < 0.002)
                    episode = 1 + int(unit(m_rng) * 4);
                double v = k.normal + k.spread * std::abs(gauss(m_rng));
                if (episode > 0) {
                    v = k.alarmAt * (1.1 + 0.5 * unit(m_rng));
                    --episode;
                }
                if (auto s = onReading(d.id, endMs - qint64(h) * 3600000, v, v >= k.alarmAt); !s)
                    return s;
            }
        }
    }
    return success();
}

Status DeviceSynthesizer::cameras(const SyntheticCity &city, const DeviceSink &onDevice)
{
    // Cameras at street corners (grid corners).
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<size_t> pickGrid(0, city.grids.size() - 1);
    for (int j = 0; j < m_scale.cameras; ++j) {
        const SyntheticGrid &g = city.grids[pickGrid(m_rng)];
        SyntheticDevice d;
        d.id = QStringLiteral("CAM%1").arg(j + 1, 6, 10, QLatin1Char('0'));
        d.kind = QStringLiteral("camera");
        d.name = QStringLiteral("视频监控 %1").arg(j + 1);
        d.lon = g.lonLat.min_corner().x();
        d.lat = g.lonLat.min_corner().y();
        d.gridCode = g.code;
        d.properties =
            QJsonObject{{QStringLiteral("vendor"),
                         unit(m_rng) < 0.5 ? QStringLiteral("海康威视") : QStringLiteral("大华")},
                        {QStringLiteral("ai"), unit(m_rng) < 0.4}};
        if (auto s = onDevice(d); !s)
            return s;
    }
    return success();
}

Status DeviceSynthesizer::vehicles(const SyntheticCity &city, const QDateTime &end,
                                   const DeviceSink &onDevice, const PositionSink &onPosition)
{
    // Sanitation trucks and enforcement cars of the districts, driving the streets (grid edges)
    // from 07:00 to 19:00 of the last days, a fix every minute.
    std::uniform_int_distribution<size_t> pickGrid(0, city.grids.size() - 1);
    std::vector<std::pair<QString, qint64>> fleets;
    for (const auto &[key, id] : city.departmentByTypeAndDistrict)
        if (key.startsWith(QLatin1String("sanitation|")) ||
            key.startsWith(QLatin1String("enforcement|")))
            fleets.push_back({key, id});
    const QDateTime dayStart(end.toTimeZone(m_zone).date().addDays(-1), QTime(7, 0), m_zone);
    for (int j = 0; j < m_scale.vehicles && !fleets.empty(); ++j) {
        const auto &[key, dept] = fleets[size_t(j) % fleets.size()];
        const bool sanitation = key.startsWith(QLatin1String("sanitation"));
        // Start at a grid of the department's district.
        const QString district = key.section(QLatin1Char('|'), 1);
        const SyntheticGrid *g = nullptr;
        for (int tries = 0; tries < 1000 && !g; ++tries) {
            const SyntheticGrid &cand = city.grids[pickGrid(m_rng)];
            if (cand.code.startsWith(district))
                g = &cand;
        }
        if (!g)
            continue;
        SyntheticDevice d;
        d.id = QStringLiteral("V%1").arg(j + 1, 5, 10, QLatin1Char('0'));
        d.kind = QStringLiteral("vehicle");
        d.name = (sanitation ? QStringLiteral("环卫作业车 湘A·H%1")
                             : QStringLiteral("城管执法车 湘A·Z%1"))
                     .arg(1000 + j);
        d.lon = g->lonLat.min_corner().x();
        d.lat = g->lonLat.min_corner().y();
        d.gridCode = g->code;
        d.departmentId = dept;
        d.properties = QJsonObject{{QStringLiteral("plate"), d.name.section(QLatin1Char(' '), 1)}};
        if (auto s = onDevice(d); !s)
            return s;
        for (int day = 0; day < m_scale.trackDays; ++day)
            if (auto s = drive(city, d, sanitation, dayStart.addDays(-day), onPosition); !s)
                return s;
    }
    return success();
}

Status DeviceSynthesizer::drive(const SyntheticCity &city, const SyntheticDevice &d,
                                bool sanitation, const QDateTime &from,
                                const PositionSink &onPosition)
{
    // A walk along the lattice: metres in the local plane, one corner at a time, twelve hours.
    std::uniform_real_distribution<double> unit(0, 1);
    const double side = m_scale.gridSideM;
    yw::gis::Point pos = city.projection.toMetres(yw::gis::Point(d.lon, d.lat));
    yw::gis::Point target = pos;
    const qint64 t0 = from.toMSecsSinceEpoch();
    // Streets run along the covered grids: a lattice corner is on the way if a grid touches it.
    if (m_coveredCells.empty())
        for (const SyntheticGrid &g : city.grids)
            m_coveredCells.insert({g.column, g.row});
    auto onTheWay = [&](const yw::gis::Point &p) {
        const int c = int(std::lround(p.x() / side)), r = int(std::lround(p.y() / side));
        for (int dc : {-1, 0})
            for (int dr : {-1, 0})
                if (m_coveredCells.count({c + dc, r + dr}))
                    return true;
        return false;
    };
    for (int minute = 0; minute < 12 * 60; ++minute) {
        const double speed = sanitation ? 8 + 10 * unit(m_rng) : 15 + 25 * unit(m_rng);
        double step = speed * 1000 / 60; // metres this minute
        int blocked = 0;
        while (step > 0 && blocked < 16) {
            const double dx = target.x() - pos.x(), dy = target.y() - pos.y();
            const double dist = std::hypot(dx, dy);
            if (dist < 1e-6) {
                const int dir = int(unit(m_rng) * 4);
                target = yw::gis::Point(pos.x() + (dir == 0 ? side : dir == 1 ? -side : 0),
                                        pos.y() + (dir == 2 ? side : dir == 3 ? -side : 0));
                // Stay in the covered city: turn back at its edge (and wait a minute when
                // every way is closed, rather than try for ever).
                if (!onTheWay(target)) {
                    target = pos;
                    ++blocked;
                }
                continue;
            }
            const double move = std::min(step, dist);
            pos = yw::gis::Point(pos.x() + dx / dist * move, pos.y() + dy / dist * move);
            step -= move;
        }
        const yw::gis::Point ll = city.projection.toLonLat(pos);
        if (auto s = onPosition(d.id, t0 + qint64(minute) * 60000, ll.x(), ll.y(), speed); !s)
            return s;
    }
    return success();
}

} // namespace yw::demo
