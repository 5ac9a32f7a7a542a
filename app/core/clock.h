#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QObject>

namespace yw::core {

// The one source of "now". Deadlines, replay, training and tests all read time through it;
// nothing in Yiwang calls the wall clock directly.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;
    virtual QDateTime now() const = 0;

signals:
    // Emitted when time moves other than by the passing of real time (a jump, a speed change),
    // so that views showing countdowns refresh at once.
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to: tests, and stepping through a training scenario.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

// Real time running from a chosen start at a chosen speed: replaying a day, or a training session
// that runs a shift in an hour.
class ScaledClock final : public Clock
{
    Q_OBJECT
public:
    ScaledClock(const Clock &base, const QDateTime &start, double speed, QObject *parent = nullptr);
    QDateTime now() const override;
    void setSpeed(double speed);
    double speed() const { return m_speed; }

private:
    const Clock &m_base;
    QDateTime m_baseAtStart;
    QDateTime m_start;
    double m_speed;
};

} // namespace yw::core
