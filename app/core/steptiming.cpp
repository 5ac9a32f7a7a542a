#include "steptiming.h"

#include <cmath>

namespace yw::core {

qint64 StepTiming::elapsedSeconds(const WorkCalendar &cal, const QDateTime &now) const
{
    if (step == Step::None)
        return 0;
    qint64 e = consumedSeconds;
    if (startedAt.isValid())
        e += cal.elapsed(basis, startedAt, now);
    return e;
}

double StepTiming::fraction(const WorkCalendar &cal, const QDateTime &now) const
{
    if (limitSeconds <= 0)
        return 0;
    return double(elapsedSeconds(cal, now)) / double(limitSeconds);
}

DeadlineLight StepTiming::light(const WorkCalendar &cal, const QDateTime &now,
                                double yellowAt) const
{
    if (step == Step::None || limitSeconds <= 0)
        return DeadlineLight::None;
    const qint64 e = elapsedSeconds(cal, now);
    if (e > limitSeconds)
        return DeadlineLight::Red;
    // In integer per-mille, so that exactly 80 % of a limit is yellow as the standard's boards
    // show it (e / limit >= 0.8  <=>  1000 e >= 800 limit).
    if (1000 * e >= qint64(std::llround(yellowAt * 1000)) * limitSeconds)
        return DeadlineLight::Yellow;
    return DeadlineLight::Green;
}

qint64 StepTiming::remainingSeconds(const WorkCalendar &cal, const QDateTime &now) const
{
    return limitSeconds - elapsedSeconds(cal, now);
}

void StepTiming::recomputeDeadline(const WorkCalendar &cal)
{
    if (step == Step::None || !startedAt.isValid() || limitSeconds <= 0) {
        deadline = QDateTime();
        return;
    }
    deadline = cal.add(basis, startedAt, std::max<qint64>(0, limitSeconds - consumedSeconds));
}

} // namespace yw::core
