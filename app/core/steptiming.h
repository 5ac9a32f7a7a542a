#pragma once

#include "coreenums.h"
#include "workcalendar.h"

#include <QDateTime>

namespace yw::core {

// The clock of the step a case is in. Time consumed before a suspension is kept in
// consumedSeconds; while suspended, startedAt is invalid and the clock stands still.
struct StepTiming
{
    Step step = Step::None;
    QDateTime startedAt;
    qint64 consumedSeconds = 0;
    qint64 limitSeconds = 0; // including approved extensions
    TimeBasis basis = TimeBasis::Working;
    QDateTime deadline;      // derived, stored so that queues can sort and filter on it

    bool isRunning() const { return step != Step::None && startedAt.isValid(); }
    qint64 elapsedSeconds(const WorkCalendar &cal, const QDateTime &now) const;
    // Elapsed as a fraction of the limit (0 when there is no limit).
    double fraction(const WorkCalendar &cal, const QDateTime &now) const;
    // green < 80 %, yellow 80-100 %, red past the deadline; None when no clock runs.
    // Yellow once `yellowAt` of the limit is used (a workstation's board may warn earlier).
    DeadlineLight light(const WorkCalendar &cal, const QDateTime &now,
                        double yellowAt = kDefaultYellowAt) const;
    static constexpr double kDefaultYellowAt = 0.8;
    // Remaining time on the step's basis; negative when overdue.
    qint64 remainingSeconds(const WorkCalendar &cal, const QDateTime &now) const;

    void recomputeDeadline(const WorkCalendar &cal);
};

} // namespace yw::core
