#pragma once

#include "clock.h"
#include "wallconfig.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace yw::core {
struct CaseEvent;
}
namespace yw::store {
class ChangeFeed;
class Database;
} // namespace yw::store

namespace yw::wall {

class WallController;

// Watches the wall file's rules and fires them on the controller: a case supervised to a level
// (from the change feed, as soon as the other workstation commits it), a sensor's new alarm
// reading (asked every two seconds), a figure crossing its threshold (read on a worker as often
// as the rule says; fired when it crosses, not while it stays across), and the time of day
// (schedules, by the wall's clock, so a training room's scaled clock runs them too).
class WallRuleEngine : public QObject
{
    Q_OBJECT
public:
    // Reads a figure (a scenario source) off the GUI thread: its first row's last column.
    using FigureReader = std::function<QFuture<yw::core::Result<double>>(const QJsonObject &source)>;

    // `zone`: the city's, for the schedules.
    WallRuleEngine(const WallConfig &config, WallController &controller, yw::store::Database &db,
                   const yw::core::Clock &clock, const QTimeZone &zone, FigureReader readFigure,
                   QObject *parent = nullptr);

    // Starts watching (the schedule in force now is applied at once).
    void start(yw::store::ChangeFeed *feed);
    // The schedules, the sensors and the thresholds due by the wall's clock (run every second).
    void tick();
    void onCaseEvents(const QList<yw::core::CaseEvent> &events);
    // The schedule rule in force (empty: none).
    QString schedule() const { return m_schedule; }

signals:
    // A threshold rule's figure was read (and compared).
    void thresholdRead(const QString &rule, double value);

private:
    void checkSensors();
    void checkThreshold(int index);

    QList<WallRule> m_rules;
    WallController &m_controller;
    yw::store::Database &m_db;
    const yw::core::Clock &m_clock;
    QTimeZone m_zone;
    FigureReader m_readFigure;
    QTimer m_timer;
    QString m_schedule;
    QDateTime m_sensorsAfter;
    QDateTime m_sensorsChecked;
    struct ThresholdState
    {
        QDateTime due;
        bool reading = false;
        bool crossed = false;
        bool known = false; // read at least once
    };
    QHash<int, ThresholdState> m_thresholds;
    QSet<QString> m_supervised; // rule|case fired already
};

} // namespace yw::wall
