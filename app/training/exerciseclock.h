#pragma once

#include "clock.h"
#include "trainingseatrepository.h"

#include <QTimer>

namespace yw::training {

// Exercise time: the seat's clock row applied to a base clock. Running, it advances `speed`
// times as fast as the base from the anchors; paused, it stands at the sim anchor. Before an
// exercise is loaded it is the base clock. Every deadline, light and figure of a training client
// reads it, so the whole seat follows the trainer's start, pause and speed.
class ExerciseClock final : public yw::core::Clock
{
    Q_OBJECT
public:
    struct State
    {
        bool loaded = false;
        bool running = false;
        double speed = 1;
        QDateTime simAnchor;
        QDateTime realAnchor;
        bool operator==(const State &o) const
        {
            return loaded == o.loaded && running == o.running && speed == o.speed
                   && simAnchor == o.simAnchor && realAnchor == o.realAnchor;
        }
    };

    explicit ExerciseClock(const yw::core::Clock &base, QObject *parent = nullptr);
    QDateTime now() const override;
    State state() const { return m_state; }
    // Emits jumped() when the state changes.
    void setState(const State &s);
    static State fromRun(const yw::store::TrainingSeatRepository::Run &run);
    const yw::core::Clock &base() const { return m_base; }

private:
    const yw::core::Clock &m_base;
    State m_state;
};

// Keeps an ExerciseClock on its seat's row: read at once and every half second (a tiny read),
// so that a trainee's workstation follows the trainer's console within that time.
class SeatClockFollower : public QObject
{
    Q_OBJECT
public:
    SeatClockFollower(yw::store::Database &db, ExerciseClock &clock, QObject *parent = nullptr);
    void refresh();

signals:
    // The run's state (ready, running, paused, ended) or exercise changed.
    void runChanged(const QString &state, const QString &exerciseId);

private:
    yw::store::Database &m_db;
    ExerciseClock &m_clock;
    QTimer m_timer;
    QString m_lastState;
    QString m_lastExercise;
};

} // namespace yw::training
