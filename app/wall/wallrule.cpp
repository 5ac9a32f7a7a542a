#include "wallrule.h"

#include <QJsonArray>

namespace yw::wall {

using yw::core::Error;

namespace {
Error bad(const QString &where, const QString &what)
{
    return Error::make(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(where, what));
}
} // namespace

QString WallRule::kindName() const
{
    switch (kind) {
    case Kind::SensorAlarm:
        return QStringLiteral("sensorAlarm");
    case Kind::Supervision:
        return QStringLiteral("supervision");
    case Kind::Threshold:
        return QStringLiteral("threshold");
    case Kind::Schedule:
        return QStringLiteral("schedule");
    }
    return {};
}

yw::core::Result<WallRule> WallRule::fromJson(const QJsonObject &json, const QString &where)
{
    WallRule r;
    r.name = json.value(QLatin1String("name")).toString();
    if (r.name.isEmpty() || r.name.size() > 64)
        return bad(where, QStringLiteral("a rule needs a name of 1 to 64 characters"));
    const QString at = QStringLiteral("%1 (%2)").arg(where, r.name);
    const QJsonObject when = json.value(QLatin1String("when")).toObject();
    if (when.contains(QLatin1String("sensorAlarm"))) {
        r.kind = Kind::SensorAlarm;
        const QJsonValue kinds = when.value(QLatin1String("sensorAlarm"));
        if (kinds.isArray())
            for (const QJsonValue &k : kinds.toArray())
                r.deviceKinds << k.toString();
        else if (!kinds.isBool() || !kinds.toBool())
            return bad(at, QStringLiteral("sensorAlarm is true or a list of device kinds"));
    } else if (when.contains(QLatin1String("supervision"))) {
        r.kind = Kind::Supervision;
        r.level = when.value(QLatin1String("supervision")).toInt(0);
        if (r.level < 1 || r.level > 3)
            return bad(at, QStringLiteral("supervision is a level from 1 to 3"));
    } else if (when.contains(QLatin1String("source"))) {
        r.kind = Kind::Threshold;
        r.source = when.value(QLatin1String("source")).toObject();
        if (r.source.isEmpty())
            return bad(at, QStringLiteral("source is a scenario source (a dataset query or a KPI figure)"));
        if (when.value(QLatin1String("above")).isDouble())
            r.above = when.value(QLatin1String("above")).toDouble();
        if (when.value(QLatin1String("below")).isDouble())
            r.below = when.value(QLatin1String("below")).toDouble();
        if (!r.above && !r.below)
            return bad(at, QStringLiteral("a threshold needs above or below (a number)"));
        r.everySeconds = when.value(QLatin1String("everySeconds")).toInt(60);
        if (r.everySeconds < 10 || r.everySeconds > 86400)
            return bad(at, QStringLiteral("everySeconds is 10 to 86400"));
    } else if (when.contains(QLatin1String("schedule"))) {
        r.kind = Kind::Schedule;
        const QJsonObject s = when.value(QLatin1String("schedule")).toObject();
        r.from = QTime::fromString(s.value(QLatin1String("from")).toString(), QStringLiteral("HH:mm"));
        r.to = QTime::fromString(s.value(QLatin1String("to")).toString(), QStringLiteral("HH:mm"));
        if (!r.from.isValid() || !r.to.isValid() || r.from == r.to)
            return bad(at, QStringLiteral("schedule needs from and to as HH:mm, not the same"));
        for (const QJsonValue &d : s.value(QLatin1String("days")).toArray()) {
            if (d.toInt() < 1 || d.toInt() > 7)
                return bad(at, QStringLiteral("days are 1 (Monday) to 7 (Sunday)"));
            r.days << d.toInt();
        }
    } else {
        return bad(at, QStringLiteral("when is one of sensorAlarm, supervision, source (with above/below) or schedule"));
    }
    r.recall = json.value(QLatin1String("recall")).toString();
    r.mode = json.value(QLatin1String("mode")).toString();
    r.alarm = json.value(QLatin1String("alarm")).toBool(false);
    if (!r.mode.isEmpty() && r.mode != QLatin1String("day") && r.mode != QLatin1String("night"))
        return bad(at, QStringLiteral("mode is day or night"));
    if (r.recall.isEmpty() && r.mode.isEmpty() && !r.alarm)
        return bad(at, QStringLiteral("a rule does something: recall, mode or alarm"));
    if (r.kind == Kind::Schedule && r.alarm)
        return bad(at, QStringLiteral("a schedule recalls or changes the mode; it raises no alarm"));
    return r;
}

bool WallRule::covers(const QTime &t, int day) const
{
    if (kind != Kind::Schedule)
        return false;
    // Across midnight the evening part counts for its own day, the morning part for the next.
    if (from < to)
        return t >= from && t < to && (days.isEmpty() || days.contains(day));
    if (t >= from)
        return days.isEmpty() || days.contains(day);
    if (t < to)
        return days.isEmpty() || days.contains(day == 1 ? 7 : day - 1);
    return false;
}

} // namespace yw::wall
