#pragma once

#include "error.h"

#include <QDate>
#include <QTimeZone>
#include <QString>

namespace yw::evaluation {

// A period of evaluation in city time: whole days from `first` to `last`. Its instants are taken
// in the city's time zone, the work calendar's (WorkCalendar::timeZone()).
struct KpiPeriod
{
    QDate first, last;
    QString label; // "2026-10", "2026-W43", "2026-10-05", "2026-10-01..2026-10-15"

    // The first day's midnight in the city's zone, UTC milliseconds.
    qint64 fromMs(const QTimeZone &cityZone) const;
    // The midnight after the last day (exclusive).
    qint64 toMs(const QTimeZone &cityZone) const;
    int days() const { return int(first.daysTo(last)) + 1; }
    // The period of the same length just before this one (month before a month...).
    KpiPeriod previous() const;

    static KpiPeriod month(int year, int month);
    static KpiPeriod isoWeek(int year, int week);
    static KpiPeriod range(const QDate &first, const QDate &last);
    // YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD, last-month, this-month, last-week,
    // this-week, today, yesterday (relative ones from `today`, a city date).
    static yw::core::Result<KpiPeriod> parse(const QString &spec, const QDate &today);
};

} // namespace yw::evaluation
