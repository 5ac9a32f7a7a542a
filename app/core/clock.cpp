#include "clock.h"

namespace yw::core {

Clock::~Clock() = default;

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{}

void ManualClock::set(const QDateTime &t)
{
    m_now = t.toUTC();
    emit jumped();
}

void ManualClock::advance(qint64 seconds)
{
    set(m_now.addSecs(seconds));
}

ScaledClock::ScaledClock(const Clock &base, const QDateTime &start, double speed, QObject *parent)
    : Clock(parent)
    , m_base(base)
    , m_baseAtStart(base.now())
    , m_start(start.toUTC())
    , m_speed(speed)
{}

QDateTime ScaledClock::now() const
{
    const qint64 realMs = m_baseAtStart.msecsTo(m_base.now());
    return m_start.addMSecs(qint64(double(realMs) * m_speed));
}

void ScaledClock::setSpeed(double speed)
{
    // Re-anchor so that the change of speed does not make time jump.
    m_start = now();
    m_baseAtStart = m_base.now();
    m_speed = speed;
    emit jumped();
}

} // namespace yw::core
