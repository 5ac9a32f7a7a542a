#include "workcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yw::core {

namespace {
// Beyond this a deadline computation is a configuration error (e.g. no working periods).
constexpr int kMaxDaysScanned = 3660;
} // namespace

WorkCalendar::WorkCalendar()
    : m_periods{{QTime(8, 30), QTime(12, 0)}, {QTime(14, 0), QTime(17, 30)}}
    , m_weekdays{1, 2, 3, 4, 5}
    , m_workingDaySeconds(7 * 3600)
    , m_tz(QTimeZone(8 * 3600)) // China Standard Time, no daylight saving
{}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("calendar: not a JSON object (%1)").arg(err.errorString()));
    const QJsonObject o = doc.object();
    WorkCalendar cal;
    QList<Period> periods;
    for (const QJsonValue &v : o.value(QStringLiteral("workingPeriods")).toArray()) {
        const QTime s = QTime::fromString(v.toObject().value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
        const QTime e = QTime::fromString(v.toObject().value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
        if (!s.isValid() || !e.isValid() || e <= s)
            return Error::make(Error::Code::InvalidInput, QStringLiteral("calendar: bad working period"));
        if (!periods.isEmpty() && s < periods.last().end)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("calendar: working periods must be in order and not overlap"));
        periods << Period{s, e};
    }
    if (periods.isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("calendar: no working periods"));
    cal.m_periods = periods;
    QSet<int> days;
    for (const QJsonValue &v : o.value(QStringLiteral("workingWeekdays")).toArray()) {
        const int d = v.toInt();
        if (d < 1 || d > 7)
            return Error::make(Error::Code::InvalidInput, QStringLiteral("calendar: weekday must be 1..7"));
        days.insert(d);
    }
    cal.m_weekdays = days;
    auto readDates = [&](const char *key, QSet<QDate> &out) -> Status {
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                return Error::make(Error::Code::InvalidInput,
                                   QStringLiteral("calendar: bad date '%1' in %2").arg(v.toString(), QLatin1String(key)));
            out.insert(d);
        }
        return success();
    };
    if (auto s = readDates("holidays", cal.m_holidays); !s)
        return s.error();
    if (auto s = readDates("makeupWorkdays", cal.m_makeup); !s)
        return s.error();
    for (const QDate &d : cal.m_makeup)
        if (cal.m_holidays.contains(d))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("calendar: %1 is both a holiday and a make-up day").arg(d.toString(Qt::ISODate)));
    qint64 daySeconds = 0;
    for (const Period &p : periods)
        daySeconds += p.start.secsTo(p.end);
    const double hours = o.value(QStringLiteral("workingDayHours")).toDouble(0);
    cal.m_workingDaySeconds = hours > 0 ? qint64(hours * 3600) : daySeconds;
    if (o.contains(QStringLiteral("utcOffsetHours")))
        cal.m_tz = QTimeZone(int(o.value(QStringLiteral("utcOffsetHours")).toDouble() * 3600));
    return cal;
}

WorkCalendar WorkCalendar::chinaMainland()
{
    QFile f(QStringLiteral(":/yiwang/calendar/cn_mainland.json"));
    if (f.open(QIODevice::ReadOnly)) {
        auto cal = fromJson(f.readAll());
        if (cal)
            return cal.value();
        qWarning("built-in calendar is invalid: %s", qPrintable(cal.error().message));
    }
    return WorkCalendar();
}

bool WorkCalendar::isWorkingDay(const QDate &d) const
{
    if (m_makeup.contains(d))
        return true;
    if (m_holidays.contains(d))
        return false;
    return m_weekdays.contains(d.dayOfWeek());
}

qint64 WorkCalendar::workingSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return 0;
    const QDateTime from = fromUtc.toTimeZone(m_tz);
    const QDateTime to = toUtc.toTimeZone(m_tz);
    qint64 total = 0;
    for (QDate d = from.date(); d <= to.date(); d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        for (const Period &p : m_periods) {
            const QDateTime ps(d, p.start, m_tz);
            const QDateTime pe(d, p.end, m_tz);
            const QDateTime s = std::max(ps, from);
            const QDateTime e = std::min(pe, to);
            if (e > s)
                total += s.secsTo(e);
        }
    }
    return total;
}

QDateTime WorkCalendar::addWorkingSeconds(const QDateTime &fromUtc, qint64 seconds) const
{
    const QDateTime from = fromUtc.toTimeZone(m_tz);
    qint64 left = std::max<qint64>(0, seconds);
    QDate d = from.date();
    for (int i = 0; i < kMaxDaysScanned; ++i, d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        for (const Period &p : m_periods) {
            const QDateTime ps(d, p.start, m_tz);
            const QDateTime pe(d, p.end, m_tz);
            const QDateTime s = std::max(ps, from);
            if (s >= pe)
                continue;
            const qint64 avail = s.secsTo(pe);
            if (left <= avail) {
                // Zero seconds from outside working time lands on the next working start.
                return s.addSecs(left).toUTC();
            }
            left -= avail;
        }
    }
    return {};
}

qint64 WorkCalendar::elapsed(TimeBasis basis, const QDateTime &from, const QDateTime &to) const
{
    if (basis == TimeBasis::Calendar)
        return (from.isValid() && to.isValid() && to > from) ? from.secsTo(to) : 0;
    return workingSecondsBetween(from, to);
}

QDateTime WorkCalendar::add(TimeBasis basis, const QDateTime &from, qint64 seconds) const
{
    if (basis == TimeBasis::Calendar)
        return from.addSecs(seconds).toUTC();
    return addWorkingSeconds(from, seconds);
}

} // namespace yw::core
