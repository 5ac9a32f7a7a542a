#include "overviewbackend.h"

#include "caseeventrepository.h"
#include "caserepository.h"

namespace yw::overview {

using namespace yw::core;

OverviewBackend::OverviewBackend(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_activity(context.calendar->timeZone())
{
    connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
            &OverviewBackend::onEvents);
}

int OverviewBackend::closedCount() const
{
    return m_states.count(CaseState::Closed);
}

Status OverviewBackend::refresh()
{
    auto counts = yw::store::CaseRepository(*m_context.database).countByState();
    if (!counts) {
        m_error = counts.error().message;
        emit countsChanged();
        return counts.error();
    }
    m_error.clear();
    m_states.setCounts(counts.value());
    if (!m_loadedHistory) {
        // The recent past, so that the page is not empty at the start of a shift; the feed
        // reports only what comes after it started.
        yw::store::CaseEventRepository events(*m_context.database);
        const qint64 upTo = m_context.changeFeed->lastSeenId();
        auto recent = events.since(std::max<qint64>(0, upTo - kInitialEvents), kInitialEvents);
        if (!recent)
            return recent.error();
        QList<CaseEvent> list;
        for (const CaseEvent &e : recent.value())
            if (e.id <= upTo)
                list << e;
        m_activity.prepend(list);
        m_loadedHistory = true;
    }
    emit countsChanged();
    return success();
}

void OverviewBackend::onEvents(const QList<CaseEvent> &events)
{
    m_activity.prepend(events);
    refresh();
}

} // namespace yw::overview
