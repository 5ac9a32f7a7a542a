#pragma once

#include "clock.h"
#include "databaselocation.h"
#include "datasetreader.h"
#include "kpifactsupdater.h"
#include "readcancellation.h"
#include "scenariowidget.h"
#include "user.h"

#include <QFuture>
#include <QMutex>
#include <QThreadPool>
#include <QThreadStorage>
#include <QTimeZone>

#include <memory>

namespace yw::scenario {

// Reads a running scenario's sources off the GUI thread, on worker threads that each keep
// their connection to the case database (and the evaluation's engine, so a wall reading the
// figures every minute does not rebuild it) for as long as the scenario runs. A source is a
// dataset of the store (DatasetReader), the evaluation's figures (KpiFigureReader) or an
// administrator's read-only SQL (ReadOnlySqlRunner): the store decides what the user may see.
class SourceReadPool
{
public:
    using Table = yw::store::DatasetReader::Table;
    static constexpr int kSqlTimeoutMs = 5000;

    SourceReadPool(yw::store::DatabaseLocation where, const yw::core::Clock &clock, QTimeZone cityZone,
                   yw::evaluation::KpiFactsUpdater::Rules rules);
    // Calls off what is running and waits for the workers to close their connections.
    ~SourceReadPool();

    // source: the scenario's source (its raw JSON says what kind); query: the dataset query to
    // run for it (a cross-filter may have added to the source's own).
    // changedCases (the evaluation's figures only): the cases changed since the source's last
    // read, or nullopt for a whole check of the facts.
    QFuture<yw::core::Result<Table>> read(const ScenarioSource &source, const yw::core::DatasetQuery &query,
                                          const QVariantMap &parameters, const yw::core::User &actor,
                                          std::optional<QList<qint64>> changedCases = std::nullopt);

    // What the source reads, or why it cannot be read (an unknown dataset, a bad query).
    static yw::core::Result<yw::core::DatasetQuery> queryOf(const ScenarioSource &source);

private:
    struct Worker;
    yw::core::Result<Table> readOnWorker(const ScenarioSource &source, const yw::core::DatasetQuery &query,
                                         const QVariantMap &parameters, const yw::core::User &actor,
                                         const std::optional<QList<qint64>> &changedCases);

    yw::store::DatabaseLocation m_where;
    const yw::core::Clock &m_clock;
    QTimeZone m_zone;
    yw::evaluation::KpiFactsUpdater::Rules m_rules;
    // One per worker's connection (a cancellation interrupts the one connection it is set on).
    QMutex m_cancelMutex;
    QList<std::shared_ptr<yw::store::ReadCancellation>> m_cancels;
    std::atomic<bool> m_closing{false};
    QThreadStorage<Worker *> m_workers; // declared before the pools: their threads end first
    QThreadPool m_pool;
    // The evaluation's figures on a thread of their own: one engine, kept up to date by the
    // changes it is told of, must see every change.
    QThreadPool m_kpiPool;
};

} // namespace yw::scenario
