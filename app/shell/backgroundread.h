#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent>

#include <functional>

namespace yw::shell {

// Runs `read` on a worker thread with a connection of its own to the database at `where` (a
// connection belongs to the thread that opened it), so that the map's reading never holds up the
// window. The result, or why there is none, comes back through the future.
// `cancellation` (optional) calls it off from the GUI thread: the read stops at once with
// Error::Code::Cancelled (see store::ReadCancellation); a reader with long work of its own
// between statements asks db.isCancelled().
template<typename T>
QFuture<yw::core::Result<T>>
readInBackground(const yw::store::DatabaseLocation &where, const QString &purpose,
                 std::function<yw::core::Result<T>(yw::store::Database &)> read,
                 std::shared_ptr<yw::store::ReadCancellation> cancellation = nullptr)
{
    return QtConcurrent::run([where, purpose, read, cancellation]() -> yw::core::Result<T> {
        if (cancellation && cancellation->isCancelled())
            return yw::core::Error::make(yw::core::Error::Code::Cancelled, purpose);
        auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::Existing, purpose);
        if (!db)
            return db.error();
        db.value()->setCancellation(cancellation);
        return read(*db.value());
    });
}

// Blocks until `done()` (tests, benchmarks): until a loader's finished handler has run. Waiting
// for its future is not enough: a watcher is told of the end by an event posted after the
// future's waiters wake up.
inline void waitUntil(const std::function<bool()> &done, int timeoutMs = 300000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace yw::shell
