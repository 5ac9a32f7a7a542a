#pragma once

#include "clock.h"
#include "datasetreader.h"
#include "kpiengine.h"
#include "kpifactsupdater.h"
#include "kpifigurequery.h"
#include "user.h"

namespace yw::scenario {

// Answers a KpiFigureQuery from the evaluation's facts (brought up to date first, as the
// evaluation page does), as a table like the datasets' (key, name, the columns, composite, grade,
// rank; best first). A user restricted to areas sees the rows of their areas (area kinds only);
// a department handler sees their own department's row; other kinds of unit are refused to them.
class KpiFigureReader
{
public:
    using Table = yw::store::DatasetReader::Table;

    KpiFigureReader(yw::store::Database &db, const yw::core::Clock &clock, yw::evaluation::KpiFactsUpdater::Rules rules)
        : m_db(db)
        , m_clock(clock)
        , m_rules(rules)
    {}

    // changedCases: the cases the change feed named since the last read; with them, only their
    // facts are rebuilt and folded into the kept engine (a change costs its own cases). Without
    // (nullptr), the facts are checked for staleness whole (150-200 ms on the full city).
    yw::core::Result<Table> run(const KpiFigureQuery &query, const yw::core::User &actor,
                                const QList<qint64> *changedCases = nullptr) const;
    // How many times the period's facts were read into an engine (a refresh with nothing new in
    // the facts reuses the last one).
    int enginesBuilt() const { return m_built; }

private:
    yw::store::Database &m_db;
    const yw::core::Clock &m_clock;
    yw::evaluation::KpiFactsUpdater::Rules m_rules;
    // The last period's engine, kept while no fact changes (a wall reads the figures every minute).
    mutable std::unique_ptr<yw::evaluation::KpiEngine> m_engine;
    mutable qint64 m_engineFrom = 0, m_engineTo = 0;
    mutable int m_built = 0;
};

} // namespace yw::scenario
