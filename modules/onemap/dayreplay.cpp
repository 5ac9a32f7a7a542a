#include "dayreplay.h"

#include "caserepository.h"
#include "webmercator.h"

namespace yw::onemap {

using namespace yw::core;
using yw::map::PointLayer;
using yw::map::WebMercator;

DayReplay::DayReplay(yw::shell::ModuleContext &context, MapLayerSet &layers, OpenCaseLayer &live,
                     DeviceLayerLoader &devices, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
    , m_live(live)
    , m_devices(devices)
{}

QString DayReplay::replay(const QString &day)
{
    if (day.isEmpty()) {
        if (!active())
            return {};
        m_day = {};
        m_cases.clear();
        m_shown = 0;
        m_live.setPaused(false);
        m_devices.showVehiclesAt({});
        emit changed();
        return {};
    }
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid())
        return tr("\"%1\" is not a day (yyyy-MM-dd).").arg(day);
    const QTimeZone zone = m_context.calendar->timeZone();
    yw::store::CaseQuery q;
    q.reportedFrom = QDateTime(d, QTime(0, 0), zone);
    q.reportedBefore = QDateTime(d.addDays(1), QTime(0, 0), zone);
    q.limit = 100000;
    auto found = yw::store::CaseRepository(*m_context.database).find(q);
    if (!found)
        return m_context.describe(found.error());
    m_cases = found.value();
    std::sort(m_cases.begin(), m_cases.end(),
              [](const CaseRecord &a, const CaseRecord &b) { return a.reportedAt < b.reportedAt; });
    m_day = d;
    m_live.setPaused(true);
    show();
    return {};
}

QString DayReplay::shiftDay(int days)
{
    const QDate from = active() ? m_day
                                : m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).date();
    return replay(from.addDays(days).toString(Qt::ISODate));
}

void DayReplay::setMinute(int minute)
{
    minute = std::clamp(minute, 0, 24 * 60 - 1);
    if (minute == m_minute)
        return;
    m_minute = minute;
    if (active())
        show();
    else
        emit changed();
}

void DayReplay::show()
{
    // The day's cases up to the minute, coloured by what had become of them by then: still
    // open (red), or closed by that time (green).
    const QDateTime until = QDateTime(m_day, QTime(0, 0), m_context.calendar->timeZone())
                                .addSecs(qint64(m_minute) * 60 + 59);
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    for (const CaseRecord &c : std::as_const(m_cases)) {
        if (c.reportedAt > until)
            break;
        if (!c.hasLocation)
            continue;
        const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        data->category.push_back(c.closedAt.isValid() && c.closedAt <= until ? MapLayerSet::InTime
                                                                             : MapLayerSet::Overdue);
        data->numericId.push_back(quint64(c.id));
        data->text << c.caseNumber;
    }
    m_shown = int(xs.size());
    m_devices.showVehiclesAt(until);
    data->index.build(std::move(xs), std::move(ys), 64);
    m_layers.cases->setData(data);
    m_layers.panel().setStatus(QStringLiteral("cases"),
                               tr("%1 of %2, %3").arg(m_shown).arg(m_cases.size()).arg(day()));
    m_layers.panel().touch(QStringLiteral("cases"));
    emit changed();
}

} // namespace yw::onemap
