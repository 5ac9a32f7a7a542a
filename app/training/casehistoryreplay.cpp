#include "casehistoryreplay.h"

#include <algorithm>

namespace yw::training {

using namespace yw::core;

CaseHistoryReplay::CaseHistoryReplay(const QList<CaseRecord> &cases, QList<CaseEvent> events)
    : m_events(std::move(events))
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const CaseEvent &a, const CaseEvent &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    for (const CaseRecord &c : cases) {
        m_index.insert(c.id, int(m_cases.size()));
        m_cases.append({c, {}});
    }
    for (const CaseEvent &e : std::as_const(m_events)) {
        const auto it = m_index.constFind(e.caseId);
        if (it == m_index.constEnd())
            continue;
        // Board marks and notes are events too, but change no state.
        Case &c = m_cases[*it];
        if (!c.steps.isEmpty() && e.toState == c.steps.last().state && e.action != QLatin1String("Report"))
            continue;
        c.steps.append({e.at, e.toState, e.action, e.actorLogin});
    }
    std::sort(m_cases.begin(), m_cases.end(), [](const Case &a, const Case &b) {
        return a.record.reportedAt != b.record.reportedAt ? a.record.reportedAt < b.record.reportedAt
                                                          : a.record.id < b.record.id;
    });
    m_index.clear();
    for (int i = 0; i < m_cases.size(); ++i)
        m_index.insert(m_cases[i].record.id, i);
}

bool CaseHistoryReplay::stateAt(qint64 caseId, const QDateTime &t, CaseState *state) const
{
    const auto it = m_index.constFind(caseId);
    if (it == m_index.constEnd())
        return false;
    const Case &c = m_cases[*it];
    if (c.record.reportedAt > t)
        return false;
    const auto step = std::upper_bound(c.steps.begin(), c.steps.end(), t,
                                       [](const QDateTime &at, const Step &s) { return at < s.at; });
    *state = step == c.steps.begin() ? CaseState::Reported : std::prev(step)->state;
    return true;
}

QList<CaseHistoryReplay::Row> CaseHistoryReplay::boardAt(const QDateTime &t) const
{
    QList<Row> out;
    for (const Case &c : m_cases) {
        if (c.record.reportedAt > t)
            break; // in report order
        const auto step = std::upper_bound(c.steps.begin(), c.steps.end(), t,
                                           [](const QDateTime &at, const Step &s) { return at < s.at; });
        const Step *current = step == c.steps.begin() ? nullptr : &*std::prev(step);
        const CaseState state = current ? current->state : CaseState::Reported;
        if (isFinal(state))
            continue;
        Row r;
        r.caseId = c.record.id;
        r.caseNumber = c.record.caseNumber;
        r.classCode = c.record.classCode;
        r.districtCode = c.record.districtCode;
        r.lon = c.record.longitude;
        r.lat = c.record.latitude;
        r.hasLocation = c.record.hasLocation;
        r.state = state;
        r.since = current ? current->at : c.record.reportedAt;
        r.lastAction = current ? current->action : QStringLiteral("Report");
        r.actor = current ? current->actor : QString();
        out.append(r);
    }
    return out;
}

QList<CaseEvent> CaseHistoryReplay::eventsBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<CaseEvent> out;
    auto it = std::upper_bound(m_events.begin(), m_events.end(), from,
                               [](const QDateTime &at, const CaseEvent &e) { return at < e.at; });
    for (; it != m_events.end() && it->at <= to; ++it)
        out.append(*it);
    return out;
}

int CaseHistoryReplay::reportedBy(const QDateTime &t) const
{
    int n = 0;
    for (const Case &c : m_cases)
        n += c.record.reportedAt <= t ? 1 : 0;
    return n;
}

int CaseHistoryReplay::closedBy(const QDateTime &t) const
{
    int n = 0;
    for (const Case &c : m_cases)
        for (const Step &s : c.steps)
            if (s.at <= t && s.state == CaseState::Closed) {
                ++n;
                break;
            }
    return n;
}

} // namespace yw::training
