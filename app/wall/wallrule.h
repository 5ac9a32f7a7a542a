#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace yw::wall {

// A rule of the wall file: when something happens in the case database (a sensor's alarm, a case
// supervised to a level, a figure crossing a threshold) or while a time of day lasts (day,
// night), the wall recalls a preset, changes its mode and/or raises an alarm pop-up.
struct WallRule
{
    enum class Kind {
        SensorAlarm, // a new alarm reading of a sensor (of the given kinds)
        Supervision, // a case supervised (督办) to at least `level`
        Threshold,   // a figure (a scenario source: a dataset query or a KPI) crosses above/below
        Schedule,    // from `from` to `to` (across midnight if to < from), on `days`
    };

    QString name;
    Kind kind = Kind::Schedule;
    QStringList deviceKinds;       // SensorAlarm: empty for any
    int level = 3;                 // Supervision
    QJsonObject source;            // Threshold: the figure (its first row's last column)
    std::optional<double> above;   // Threshold
    std::optional<double> below;   // Threshold
    int everySeconds = 60;         // Threshold: how often the figure is read
    QTime from, to;                // Schedule
    QList<int> days;               // Schedule: 1 (Monday) to 7; empty for every day
    // What it does.
    QString recall;
    QString mode;
    bool alarm = false;

    // One rule from the wall file; `where` names it in messages.
    static yw::core::Result<WallRule> fromJson(const QJsonObject &json, const QString &where);
    // Schedule: whether `t` on weekday `day` is inside the rule's time.
    bool covers(const QTime &t, int day) const;
    QString kindName() const;
};

// A playlist of the wall file: presets shown in turn, each for `intervalSeconds`.
struct WallPlaylist
{
    QString name;
    QStringList presets;
    int intervalSeconds = 60;
};

} // namespace yw::wall
