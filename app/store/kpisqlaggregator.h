#pragma once

#include "database.h"

#include <QHash>

namespace yw::store {

// The evaluation's department counts of a period computed the straightforward way: SQL GROUP BY
// over the stored facts (kpi_case_facts, kpi_tasks), with the same definitions as the KPI
// engine. It is the engine's peer: the benchmark times both, the tests check they agree.
class KpiSqlAggregator
{
public:
    explicit KpiSqlAggregator(const Database &db)
        : m_db(db)
    {}

    // department id → counter id (as in kpidefinitions: "handled", "closed"…) → count.
    yw::core::Result<QHash<qint64, QHash<QString, qint64>>> byDepartment(qint64 fromMs,
                                                                        qint64 toMs) const;

private:
    const Database &m_db;
};

} // namespace yw::store
