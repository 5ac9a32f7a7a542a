#include "exerciseclock.h"

namespace yw::training {

using namespace yw::core;

ExerciseClock::ExerciseClock(const Clock &base, QObject *parent)
    : Clock(parent)
    , m_base(base)
{}

QDateTime ExerciseClock::now() const
{
    if (!m_state.loaded)
        return m_base.now();
    if (!m_state.running)
        return m_state.simAnchor;
    const qint64 real = m_state.realAnchor.msecsTo(m_base.now());
    return m_state.simAnchor.addMSecs(qint64(double(real) * m_state.speed));
}

void ExerciseClock::setState(const State &s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit jumped();
}

ExerciseClock::State ExerciseClock::fromRun(const store::TrainingSeatRepository::Run &run)
{
    State s;
    s.loaded = true;
    s.running = run.state == QLatin1String("running");
    s.speed = run.speed;
    s.simAnchor = run.simAnchor;
    s.realAnchor = run.realAnchor;
    return s;
}

SeatClockFollower::SeatClockFollower(store::Database &db, ExerciseClock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &SeatClockFollower::refresh);
    m_timer.start();
    refresh();
}

void SeatClockFollower::refresh()
{
    auto run = store::TrainingSeatRepository(m_db).run();
    if (!run)
        return; // the database dropped away: keep the last state, try again
    const auto &r = run.value();
    m_clock.setState(r ? ExerciseClock::fromRun(*r) : ExerciseClock::State());
    const QString state = r ? r->state : QString();
    const QString exercise = r ? r->exerciseId : QString();
    if (state != m_lastState || exercise != m_lastExercise) {
        m_lastState = state;
        m_lastExercise = exercise;
        emit runChanged(state, exercise);
    }
}

} // namespace yw::training
