#pragma once

#include "caseevent.h"
#include "caserecord.h"
#include "kpifacts.h"
#include "timelimittable.h"
#include "workcalendar.h"

#include <QList>

namespace yw::core {

// Derives a case's evaluation facts by replaying its history through Workflow::apply with the
// same calendar and time limits the flow used: each step's deadline, with extensions and
// suspensions, comes from the same clock that ran while the case was worked.
class KpiFactsBuilder
{
public:
    // Raise when the derivation changes: stored facts of an older version are rebuilt.
    static constexpr int kRulesVersion = 2; // 2: rejected handling, closure overdue

    KpiFactsBuilder(const WorkCalendar &calendar, const TimeLimitTable &limits)
        : m_calendar(calendar)
        , m_limits(limits)
    {}

    // `reported`: what a case is reported with (source, class, urgency, places, reporter,
    // reportedAt; anything else in it is ignored); `events` its history in order (the "Report" event and events that are not
    // workflow actions, such as marks, are passed over).
    CaseFacts build(const CaseRecord &reported, int caseVersion, const QList<CaseEvent> &events) const;

private:
    const WorkCalendar &m_calendar;
    const TimeLimitTable &m_limits;
};

} // namespace yw::core
