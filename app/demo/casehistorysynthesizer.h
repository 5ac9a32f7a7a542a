#pragma once

#include "caseevent.h"
#include "caserecord.h"
#include "componentsynthesizer.h"
#include "demoscale.h"
#include "error.h"
#include "syntheticcity.h"
#include "taxonomy.h"
#include "timelimittable.h"
#include "workcalendar.h"

#include <functional>
#include <random>

namespace yw::demo {

// Months of case history, each case run through the real workflow (core::Workflow) by the demo
// city's people, so that every state, deadline and event is one the program itself would have
// produced: sources mostly inspector patrol, then hotline, public app, video AI and IoT; matters
// far more than components; daily, weekly and seasonal rhythm; hot spots; a steady state like a
// real center's: about 97-98 % closed each month, about 95 % handled on time, a few % reworked,
// long cases ended by extension, suspension (挂账) or supervision; a weak department or district
// standing out; an open backlog of the last few days' reports, most of them inside their limit.
class CaseHistorySynthesizer
{
public:
    struct Rules
    {
        const yw::core::Taxonomy &taxonomy;
        const yw::core::WorkCalendar &calendar;
        const yw::core::TimeLimitTable &limits;
    };
    using CaseSink = std::function<yw::core::Status(const yw::core::CaseRecord &)>;
    using EventSink = std::function<yw::core::Status(const yw::core::CaseEvent &)>;

    CaseHistorySynthesizer(const DemoScale &scale, const Rules &rules, std::mt19937_64 &rng)
        : m_scale(scale)
        , m_rules(rules)
        , m_rng(rng)
    {}

    // Cases reported in [end - months, end), handed to the sinks in id order (cases before their
    // events). progress(done, total) now and then.
    yw::core::Status run(const SyntheticCity &city, const ComponentSynthesizer &componentClasses,
                         const std::vector<SyntheticComponent> &components, const QDateTime &end,
                         const CaseSink &onCase, const EventSink &onEvent,
                         const std::function<void(qint64, qint64)> &progress);

    // Last case number per day (YYYYMMDD → sequence), for case_counters.
    const std::map<QString, int> &dailySequences() const { return m_daily; }

    // The parts of a run, defined where they are used.
    struct Choices;
    struct People;
    struct Random;
    class CaseTimeline;

private:
    // The report times of the whole history, in order (ms since the epoch).
    yw::core::Result<std::vector<qint64>> reportTimes(const QDateTime &end);
    // A new case: its source, what and where, its urgency and number.
    yw::core::CaseRecord draftCase(qint64 index, qint64 reportedMs, const SyntheticCity &city,
                                   const ComponentSynthesizer &componentClasses,
                                   const std::vector<SyntheticComponent> &components,
                                   Choices &choices, const People &people);
    // The case's life through the workflow up to the end of the history, with its events.
    yw::core::Status live(yw::core::CaseRecord &c, std::vector<yw::core::CaseEvent> &events,
                          qint64 reportedMs, const QDateTime &end, const SyntheticCity &city,
                          const Choices &choices, const People &people);
    bool takeIn(CaseTimeline &t, Random &r, const yw::core::User *inspector,
                const yw::core::User *leader, qint64 owner, const SyntheticCity &city,
                const People &people, const yw::core::User **handler);
    void handle(CaseTimeline &t, Random &r, const yw::core::User *inspector,
                const yw::core::User *leader, const yw::core::User *handler, const People &people,
                const Choices &choices);

    const DemoScale &m_scale;
    Rules m_rules;
    std::mt19937_64 &m_rng;
    std::map<QString, int> m_daily;
};

} // namespace yw::demo
