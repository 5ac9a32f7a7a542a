#pragma once

#include "coreenums.h"
#include "error.h"
#include "workcalendar.h"

#include <QList>

namespace yw::core {

struct TimeLimit
{
    qint64 seconds = 0; // on the basis below; working days are converted with the calendar
    TimeBasis basis = TimeBasis::Working;
    bool isValid() const { return seconds > 0; }
};

// Step time limits by class and urgency, most specific row first: exact class code, then big
// class (2-digit prefix), then '*'; a named urgency before '*'.
class TimeLimitTable
{
public:
    static Result<TimeLimitTable> fromCsv(const QByteArray &csv, const WorkCalendar &calendar,
                                          const QString &origin);
    // resources/rules/time_limits.csv
    static Result<TimeLimitTable> builtIn(const WorkCalendar &calendar);

    // The limit of a step for a class and urgency; invalid when no row matches.
    TimeLimit limit(Step step, const QString &classCode, Urgency urgency) const;
    int size() const { return int(m_rows.size()); }

private:
    struct Row
    {
        Step step;
        QString classPattern; // code, 2-digit prefix, or "*"
        bool anyUrgency;
        Urgency urgency;
        TimeLimit limit;
    };
    QList<Row> m_rows;
};

} // namespace yw::core
