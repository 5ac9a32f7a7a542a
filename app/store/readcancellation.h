#pragma once

#include <QMutex>

#include <atomic>
#include <functional>

namespace yw::store {

// Calls off a read running on a worker thread, from any thread: the program is closing, or the
// view that asked went away. The worker's Database stops at its next statement (Cancelled), and
// the statement running now is interrupted by the database's own means (sqlite3_interrupt,
// PQcancel), so that a long read ends at once instead of running to its end.
class ReadCancellation
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

private:
    friend class Database;
    // The connection a worker reads on: how to interrupt it (set and cleared on the worker).
    void attach(std::function<void()> interrupt);
    void detach();

    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    std::function<void()> m_interrupt;
};

} // namespace yw::store
