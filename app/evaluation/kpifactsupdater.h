#pragma once

#include "areahierarchy.h"
#include "database.h"
#include "kpiengine.h"
#include "taxonomy.h"
#include "timelimittable.h"
#include "workcalendar.h"

#include <functional>

namespace yw::evaluation {

// Keeps the evaluation's facts current (rebuilding those of every case whose history moved
// since, in batches) and builds the engine of a period from them with the names of the city.
class KpiFactsUpdater
{
public:
    struct Rules
    {
        const yw::core::WorkCalendar &calendar;
        const yw::core::TimeLimitTable &limits;
        const yw::core::Taxonomy &taxonomy;
        const yw::core::AreaHierarchy &areas;
    };
    KpiFactsUpdater(yw::store::Database &db, Rules rules)
        : m_db(db)
        , m_rules(rules)
    {}

    // Rebuilds the stale facts; progress(done, total) may return false to stop (what is done
    // stays done). Returns how many cases were rebuilt.
    yw::core::Result<qint64> refresh(const std::function<bool(qint64, qint64)> &progress = {});
    // Rebuilds and stores the facts of these cases (the change feed named them) and returns
    // them, for KpiEngine::update: a change costs its own cases, not a period's.
    yw::core::Result<std::vector<yw::core::CaseFacts>> refreshCases(const QList<qint64> &caseIds);

    yw::core::Result<KpiDirectory> directory() const;
    // The facts of the cases alive in [fromMs, toMs) with the directory, as an engine.
    yw::core::Result<std::unique_ptr<KpiEngine>> engine(qint64 fromMs, qint64 toMs) const;

private:
    yw::store::Database &m_db;
    Rules m_rules;
};

} // namespace yw::evaluation
