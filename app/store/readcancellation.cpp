#include "readcancellation.h"

namespace yw::store {

void ReadCancellation::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    // Under the lock: the connection cannot close while it is being interrupted.
    QMutexLocker lock(&m_mutex);
    if (m_interrupt)
        m_interrupt();
}

void ReadCancellation::attach(std::function<void()> interrupt)
{
    QMutexLocker lock(&m_mutex);
    m_interrupt = std::move(interrupt);
}

void ReadCancellation::detach()
{
    QMutexLocker lock(&m_mutex);
    m_interrupt = nullptr;
}

} // namespace yw::store
