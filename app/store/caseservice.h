#pragma once

#include <QCoreApplication>

#include "areahierarchy.h"
#include "caseeventrepository.h"
#include "caserepository.h"
#include "clock.h"
#include "database.h"
#include "departmentrepository.h"
#include "taxonomy.h"
#include "timelimittable.h"
#include "workcalendar.h"
#include "workflow.h"

namespace yw::store {

// Everything that changes a case goes through here: the input is validated, the actor's role and
// scope are checked against core::Workflow, and the change, its version bump and its case_events
// entry are one transaction. A stale write is a Conflict, never a silent overwrite.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(yw::store::CaseService)
public:
    struct Rules
    {
        const yw::core::Taxonomy &taxonomy;
        const yw::core::WorkCalendar &calendar;
        const yw::core::TimeLimitTable &limits;
        const yw::core::AreaHierarchy &areas; // may be empty: then codes are checked for form only
    };

    CaseService(Database &db, const yw::core::Clock &clock, const Rules &rules);

    // Creates a case in state Reported from a draft (class, location, description...).
    yw::core::Result<yw::core::CaseRecord> report(const yw::core::User &actor,
                                                  yw::core::CaseRecord draft);
    // Takes an action on a case whose version the actor saw as expectedVersion.
    yw::core::Result<yw::core::CaseRecord> act(const yw::core::User &actor, qint64 caseId,
                                               int expectedVersion, yw::core::CaseAction action,
                                               const yw::core::ActionParams &params);
    yw::core::Result<yw::core::CaseRecord> get(qint64 id) const { return m_cases.get(id); }
    yw::core::Result<QList<yw::core::CaseEvent>> history(qint64 id) const
    {
        return m_events.forCase(id);
    }

    Database &database() { return m_db; }
    const yw::core::Clock &clock() const { return m_clock; }
    const Rules &rules() const { return m_rules; }

private:
    yw::core::Status validateDraft(const yw::core::User &actor, yw::core::CaseRecord &draft) const;

    Database &m_db;
    const yw::core::Clock &m_clock;
    Rules m_rules;
    CaseRepository m_cases;
    CaseEventRepository m_events;
    DepartmentRepository m_departments;
};

} // namespace yw::store
