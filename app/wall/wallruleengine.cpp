#include "wallruleengine.h"

#include "caseevent.h"
#include "caserepository.h"
#include "changefeed.h"
#include "geodatarepository.h"
#include "wallcontroller.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointF>

Q_DECLARE_LOGGING_CATEGORY(lcWall)

namespace yw::wall {

namespace {
constexpr int kSensorEveryMs = 2000;
} // namespace

WallRuleEngine::WallRuleEngine(const WallConfig &config, WallController &controller, yw::store::Database &db,
                               const yw::core::Clock &clock, const QTimeZone &zone, FigureReader readFigure,
                               QObject *parent)
    : QObject(parent)
    , m_rules(config.rules())
    , m_controller(controller)
    , m_db(db)
    , m_clock(clock)
    , m_zone(zone)
    , m_readFigure(std::move(readFigure))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WallRuleEngine::tick);
}

void WallRuleEngine::start(yw::store::ChangeFeed *feed)
{
    if (feed)
        connect(feed, &yw::store::ChangeFeed::caseEventsArrived, this, &WallRuleEngine::onCaseEvents);
    // Alarms from now on: the history is not news.
    m_sensorsAfter = m_clock.now();
    m_sensorsChecked = m_clock.now();
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).kind == WallRule::Kind::Threshold)
            m_thresholds.insert(i, ThresholdState{m_clock.now(), false, false, false});
    tick();
    m_timer.start();
}

void WallRuleEngine::tick()
{
    const QDateTime now = m_clock.now();
    // The schedule in force: the first rule covering the city's time now. A change of schedule
    // fires it once (the morning's day preset, the evening's night).
    const QDateTime local = now.toTimeZone(m_zone);
    QString schedule;
    for (const WallRule &r : std::as_const(m_rules))
        if (r.covers(local.time(), local.date().dayOfWeek())) {
            schedule = r.name;
            if (schedule != m_schedule) {
                m_schedule = schedule;
                m_controller.fire(r, QStringLiteral("%1–%2").arg(r.from.toString(QStringLiteral("HH:mm")),
                                                                r.to.toString(QStringLiteral("HH:mm"))));
            }
            break;
        }
    if (schedule.isEmpty())
        m_schedule.clear();
    if (m_sensorsChecked.msecsTo(now) >= kSensorEveryMs || now < m_sensorsChecked) {
        m_sensorsChecked = now;
        checkSensors();
    }
    for (auto it = m_thresholds.begin(); it != m_thresholds.end(); ++it)
        if (!it->reading && now >= it->due)
            checkThreshold(it.key());
}

void WallRuleEngine::checkSensors()
{
    bool any = false;
    for (const WallRule &r : std::as_const(m_rules))
        any |= r.kind == WallRule::Kind::SensorAlarm;
    if (!any)
        return;
    auto readings = yw::store::GeodataRepository(m_db).alarmReadingsAfter(m_sensorsAfter, 50);
    if (!readings) {
        qCWarning(lcWall) << "the sensors' alarms cannot be read:" << readings.error().message;
        return;
    }
    for (const auto &a : readings.value()) {
        m_sensorsAfter = std::max(m_sensorsAfter, a.at);
        for (const WallRule &r : std::as_const(m_rules))
            if (r.kind == WallRule::Kind::SensorAlarm && (r.deviceKinds.isEmpty() || r.deviceKinds.contains(a.kind))) {
                const QPointF place(a.lon, a.lat);
                m_controller.fire(r, QStringLiteral("%1 %2: %3").arg(a.name, a.deviceId).arg(a.value), &place);
            }
    }
}

void WallRuleEngine::onCaseEvents(const QList<yw::core::CaseEvent> &events)
{
    for (const yw::core::CaseEvent &e : events) {
        if (e.action != QLatin1String("Supervise"))
            continue;
        auto c = yw::store::CaseRepository(m_db).get(e.caseId);
        if (!c)
            continue;
        for (const WallRule &r : std::as_const(m_rules))
            if (r.kind == WallRule::Kind::Supervision && c.value().supervisionLevel >= r.level
                && !m_supervised.contains(QStringLiteral("%1|%2").arg(r.name).arg(e.caseId))) {
                // Once per case and rule (the burst of a case's events names it several times).
                m_supervised.insert(QStringLiteral("%1|%2").arg(r.name).arg(e.caseId));
                const QPointF place(c.value().longitude, c.value().latitude);
                m_controller.fire(r,
                                  QStringLiteral("%1 %2 (%3)")
                                      .arg(c.value().caseNumber, c.value().address)
                                      .arg(c.value().supervisionLevel),
                                  c.value().hasLocation ? &place : nullptr);
            }
    }
}

void WallRuleEngine::checkThreshold(int index)
{
    ThresholdState &state = m_thresholds[index];
    const WallRule rule = m_rules.at(index);
    state.reading = true;
    auto *watcher = new QFutureWatcher<yw::core::Result<double>>(this);
    connect(watcher, &QFutureWatcher<yw::core::Result<double>>::finished, this, [this, watcher, index, rule] {
        watcher->deleteLater();
        ThresholdState &s = m_thresholds[index];
        s.reading = false;
        s.due = m_clock.now().addSecs(rule.everySeconds);
        const auto value = watcher->result();
        if (!value) {
            qCWarning(lcWall) << "rule" << rule.name << ": the figure cannot be read:" << value.error().message;
            return;
        }
        const double v = value.value();
        const bool crossed = (rule.above && v > *rule.above) || (rule.below && v < *rule.below);
        // Fired on crossing; a figure across at start counts as a crossing.
        if (crossed && (!s.crossed || !s.known))
            m_controller.fire(rule, QStringLiteral("%1 = %2").arg(rule.name).arg(v, 0, 'g', 6));
        s.crossed = crossed;
        s.known = true;
        emit thresholdRead(rule.name, v);
    });
    watcher->setFuture(m_readFigure(rule.source));
}

} // namespace yw::wall
