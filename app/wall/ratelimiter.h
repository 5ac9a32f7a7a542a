#pragma once

#include <QElapsedTimer>

namespace yw::wall {

// A token bucket: `perSecond` commands a second on average, twice that in a burst. Runs on the
// monotonic clock (a training room's scaled clock must not change what a client may send).
class RateLimiter
{
public:
    explicit RateLimiter(int perSecond)
        : m_rate(perSecond)
        , m_capacity(2.0 * perSecond)
        , m_tokens(m_capacity)
    {
        m_timer.start();
    }
    // Takes one command's token; false when the client sends too fast.
    bool take()
    {
        const double seconds = m_timer.nsecsElapsed() / 1e9;
        m_timer.restart();
        m_tokens = std::min(m_capacity, m_tokens + seconds * m_rate);
        if (m_tokens < 1)
            return false;
        m_tokens -= 1;
        return true;
    }

private:
    double m_rate;
    double m_capacity;
    double m_tokens;
    QElapsedTimer m_timer;
};

} // namespace yw::wall
