#include "sourcereadpool.h"

#include "database.h"
#include "datasetcatalog.h"
#include "kpifigurereader.h"
#include "readonlysqlrunner.h"

#include <QtConcurrent>

namespace yw::scenario {

using yw::core::DatasetQuery;
using yw::core::Error;
using yw::core::Result;

struct SourceReadPool::Worker
{
    std::unique_ptr<yw::store::Database> db;
    std::unique_ptr<KpiFigureReader> kpi;
};

SourceReadPool::SourceReadPool(yw::store::DatabaseLocation where, const yw::core::Clock &clock, QTimeZone cityZone,
                               yw::evaluation::KpiFactsUpdater::Rules rules)
    : m_where(std::move(where))
    , m_clock(clock)
    , m_zone(std::move(cityZone))
    , m_rules(rules)
{
    // Two: a wall's dozen sources come in while the GUI thread keeps drawing (two cores).
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1); // the threads keep their connections while the scenario runs
    m_kpiPool.setMaxThreadCount(1);
    m_kpiPool.setExpiryTimeout(-1);
}

SourceReadPool::~SourceReadPool()
{
    m_closing = true;
    {
        QMutexLocker lock(&m_cancelMutex);
        for (const auto &c : m_cancels)
            c->cancel();
    }
    m_pool.waitForDone();
    m_kpiPool.waitForDone();
}

Result<DatasetQuery> SourceReadPool::queryOf(const ScenarioSource &source)
{
    if (source.dataset == QLatin1String("kpi")) {
        auto q = KpiFigureQuery::fromJson(source.raw);
        if (!q)
            return q.error();
        // Stands for the figures in the refresher: a relative period is read again after midnight.
        DatasetQuery stand;
        stand.dataset = source.dataset;
        stand.window.relative = yw::core::DatasetTimeWindow::Relative::Today;
        return stand;
    }
    if (source.dataset == QLatin1String("sql")) {
        if (source.raw.value(QLatin1String("sql")).toString().trimmed().isEmpty())
            return Error::make(Error::Code::InvalidInput, QStringLiteral("an SQL source needs its statement (sql)"));
        DatasetQuery stand;
        stand.dataset = source.dataset;
        return stand;
    }
    return DatasetQuery::fromJson(source.raw);
}

QFuture<Result<SourceReadPool::Table>> SourceReadPool::read(const ScenarioSource &source, const DatasetQuery &query,
                                                            const QVariantMap &parameters, const yw::core::User &actor,
                                                            std::optional<QList<qint64>> changedCases)
{
    QThreadPool *pool = source.dataset == QLatin1String("kpi") ? &m_kpiPool : &m_pool;
    return QtConcurrent::run(pool, [this, source, query, parameters, actor, changedCases] {
        return readOnWorker(source, query, parameters, actor, changedCases);
    });
}

Result<SourceReadPool::Table> SourceReadPool::readOnWorker(const ScenarioSource &source, const DatasetQuery &query,
                                                           const QVariantMap &parameters, const yw::core::User &actor,
                                                           const std::optional<QList<qint64>> &changedCases)
{
    if (m_closing)
        return Error::make(Error::Code::Cancelled, QStringLiteral("the scenario was closed"));
    if (!m_workers.hasLocalData())
        m_workers.setLocalData(new Worker);
    Worker &w = *m_workers.localData();
    if (!w.db) {
        auto db = yw::store::Database::open(m_where, yw::store::Database::OpenMode::Existing,
                                            QStringLiteral("scenario"));
        if (!db)
            return db.error();
        w.db = std::move(db.value());
        auto cancel = std::make_shared<yw::store::ReadCancellation>();
        {
            QMutexLocker lock(&m_cancelMutex);
            m_cancels << cancel;
        }
        w.db->setCancellation(cancel);
        w.kpi = std::make_unique<KpiFigureReader>(*w.db, m_clock, m_rules);
    }
    Result<Table> out = Error::make(Error::Code::Internal, QStringLiteral("not read"));
    if (source.dataset == QLatin1String("kpi")) {
        auto q = KpiFigureQuery::fromJson(source.raw);
        if (!q)
            return q.error();
        out = w.kpi->run(q.value(), actor, changedCases ? &*changedCases : nullptr);
    } else if (source.dataset == QLatin1String("sql")) {
        auto t = yw::store::ReadOnlySqlRunner(*w.db, m_clock)
                     .run(actor, source.raw.value(QLatin1String("sql")).toString(), kSqlTimeoutMs);
        if (!t)
            out = t.error();
        else
            out = Table{t.value().columns, t.value().rows};
    } else {
        out = yw::store::DatasetReader(*w.db, m_clock, m_zone).run(query, parameters, actor);
    }
    // A connection lost for good is opened afresh on the next read (the database came back).
    if (!out && out.error().code == Error::Code::DatabaseUnavailable && !w.db->ping()) {
        w.kpi.reset();
        w.db.reset();
    }
    return out;
}

} // namespace yw::scenario
