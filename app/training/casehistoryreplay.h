#pragma once

#include "caseevent.h"
#include "caserecord.h"

#include <QHash>
#include <QList>

namespace yw::training {

// A past window of the case database played again from its event log (复盘): the state every
// case was in at any moment, the board as it stood then (the open cases, each with its state and
// since when), and what happened between two moments. Read-only and deterministic: the same log
// gives the same states, which are the ones the history recorded.
class CaseHistoryReplay
{
public:
    struct Row
    {
        qint64 caseId = 0;
        QString caseNumber;
        QString classCode;
        QString districtCode;
        double lon = 0, lat = 0;
        bool hasLocation = false;
        yw::core::CaseState state = yw::core::CaseState::Reported;
        QDateTime since;     // when it entered that state
        QString lastAction;  // the action that put it there
        QString actor;
    };

    CaseHistoryReplay() = default;
    // The cases and their events (any order; events are put in time order).
    CaseHistoryReplay(const QList<yw::core::CaseRecord> &cases, QList<yw::core::CaseEvent> events);

    // The open cases at t (reported by then, not yet in a final state), oldest report first.
    QList<Row> boardAt(const QDateTime &t) const;
    // A case's state at t; false when it was not reported yet.
    bool stateAt(qint64 caseId, const QDateTime &t, yw::core::CaseState *state) const;
    // The events in (from, to], in order.
    QList<yw::core::CaseEvent> eventsBetween(const QDateTime &from, const QDateTime &to) const;
    int reportedBy(const QDateTime &t) const;  // reports in the replayed cases up to t
    int closedBy(const QDateTime &t) const;    // 结案 up to t
    QString caseNumber(qint64 caseId) const
    {
        const auto it = m_index.constFind(caseId);
        return it == m_index.constEnd() ? QString() : m_cases[*it].record.caseNumber;
    }
    int eventCount() const { return int(m_events.size()); }
    int caseCount() const { return int(m_cases.size()); }

private:
    struct Step
    {
        QDateTime at;
        yw::core::CaseState state;
        QString action;
        QString actor;
    };
    struct Case
    {
        yw::core::CaseRecord record;
        QList<Step> steps; // in time order
    };
    QList<Case> m_cases;
    QHash<qint64, int> m_index;
    QList<yw::core::CaseEvent> m_events; // in time order
};

} // namespace yw::training
