#pragma once

#include "coreenums.h"
#include "error.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace yw::core {

// Working time of a city: working periods of a day (e.g. 08:30-12:00 and 14:00-17:30), working
// weekdays, public holidays and make-up working days (调休), in the city's time zone.
class WorkCalendar
{
public:
    struct Period
    {
        QTime start;
        QTime end;
    };

    WorkCalendar();
    // Reads the JSON form used in resources/calendar (see docs/DATA_FORMATS.md).
    static Result<WorkCalendar> fromJson(const QByteArray &json);
    // Mainland China's calendar as shipped (resources/calendar/cn_mainland.json).
    static WorkCalendar chinaMainland();

    void setPeriods(const QList<Period> &periods) { m_periods = periods; }
    void setWorkingWeekdays(const QSet<int> &days) { m_weekdays = days; }
    void addHoliday(const QDate &d) { m_holidays.insert(d); }
    void addMakeupWorkday(const QDate &d) { m_makeup.insert(d); }
    void setWorkingDaySeconds(qint64 s) { m_workingDaySeconds = s; }
    void setTimeZone(const QTimeZone &tz) { m_tz = tz; }
    const QTimeZone &timeZone() const { return m_tz; }

    bool isWorkingDay(const QDate &d) const;
    // Seconds of working time in [from, to); 0 if to <= from.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant when `seconds` of working time have passed after `from`.
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    // One "working day" as a duration (工作日 = this many working seconds).
    qint64 workingDaySeconds() const { return m_workingDaySeconds; }

    // Elapsed and added time on either basis, so that callers need not branch.
    qint64 elapsed(TimeBasis basis, const QDateTime &from, const QDateTime &to) const;
    QDateTime add(TimeBasis basis, const QDateTime &from, qint64 seconds) const;

private:
    QList<Period> m_periods;
    QSet<int> m_weekdays;
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeup;
    qint64 m_workingDaySeconds = 0;
    QTimeZone m_tz;
};

} // namespace yw::core
