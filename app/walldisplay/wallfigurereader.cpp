#include "wallfigurereader.h"

#include "datasetquery.h"
#include "datasetreader.h"
#include "kpifigurequery.h"
#include "kpifigurereader.h"
#include "modulecontext.h"
#include "session.h"

#include <QtConcurrent/QtConcurrentRun>

namespace yw::walldisplay {

using yw::core::Error;

WallFigureReader::WallFigureReader(yw::shell::ModuleContext &context)
    : m_context(context)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread kept, with its connection
}

WallFigureReader::~WallFigureReader()
{
    // The connection belongs to the worker's thread; it goes on it, after any read queued before.
    // waitForDone lets the pool's thread run it (waiting on the future would run it here: Qt runs
    // a task not yet started on the thread that waits for it).
    QtConcurrent::run(&m_pool, [this] {
        m_kpi.reset();
        m_db.reset();
    });
    m_pool.waitForDone();
}

// Callers watch the future (QFutureWatcher); they never wait on it, which would run the read on
// their own thread with the worker's connection.
QFuture<yw::core::Result<double>> WallFigureReader::read(const QJsonObject &source)
{
    return QtConcurrent::run(&m_pool, [this, source] { return readOnWorker(source); });
}

yw::core::Result<double> WallFigureReader::readOnWorker(const QJsonObject &source)
{
    if (!m_db) {
        auto db = yw::store::Database::open(m_context.database->location(), yw::store::Database::OpenMode::Existing,
                                            QStringLiteral("wall-rules"));
        if (!db)
            return db.error();
        m_db = std::move(db.value());
        m_kpi = std::make_unique<yw::scenario::KpiFigureReader>(
            *m_db, *m_context.clock,
            yw::evaluation::KpiFactsUpdater::Rules{*m_context.calendar, *m_context.timeLimits, *m_context.taxonomy,
                                                   *m_context.areas});
    }
    const yw::core::User actor = m_context.session->user();
    yw::store::DatasetReader::Table table;
    if (source.value(QLatin1String("dataset")).toString() == QLatin1String("kpi")) {
        auto q = yw::scenario::KpiFigureQuery::fromJson(source);
        if (!q)
            return q.error();
        auto t = m_kpi->run(q.value(), actor);
        if (!t)
            return t.error();
        table = t.value();
    } else {
        auto q = yw::core::DatasetQuery::fromJson(source);
        if (!q)
            return q.error();
        auto t = yw::store::DatasetReader(*m_db, *m_context.clock, m_context.calendar->timeZone()).run(q.value(), {}, actor);
        if (!t)
            return t.error();
        table = t.value();
    }
    if (table.rows.isEmpty() || table.rows.first().isEmpty())
        return Error::make(Error::Code::NotFound, QStringLiteral("the figure has no rows"));
    bool ok = false;
    const double v = table.rows.first().last().toDouble(&ok);
    if (!ok)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("the figure's last column is not a number"));
    return v;
}

} // namespace yw::walldisplay
